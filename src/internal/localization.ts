/**
 * The widget's locales. @lit/localize's runtime mode (lit-localize.json) with every locale imported
 * statically, so the one-file bundle holds all of them and switches without a request; its msg()
 * is installed here with a small setLocale() of ours instead of configureLocalization(), whose
 * loading machinery only locales fetched over the network need (−380 B gzip on dist/ent-help.js).
 *
 * @lit/localize keeps one active locale per module instance, so there is one locale per
 * page: every `<ent-help>` on it shows the same language. The host's `lang` chooses it
 * until the person picks a language in a widget; from then on the person's choice wins
 * (it is not stored: a reload starts from `lang` again).
 *
 * A translator who adds a locale adds it to `lit-localize.json`, runs `npm run localize`,
 * translates `xliff/<code>.xlf`, runs `npm run localize` again, then imports the generated
 * module's `templates` below and names the language in {@link LANGUAGES}; the type check fails
 * until both are done. (The templates alone, not `import * as`: the bundle would wrap each
 * module in a frozen namespace object.)
 */
import {
  LOCALE_STATUS_EVENT,
  isStrTagged,
  joinStringsAndValues,
  type LocaleStatusEventDetail,
  type MsgFn,
  type MsgOptions,
  type StrResult,
  type TemplateLike,
} from '@lit/localize';
// What configureLocalization() and configureTransformLocalization() call: the one way to give
// msg() its implementation without the runtime's loader (not in the package's index).
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { sourceLocale, type allLocales } from '../generated/locale-codes.js';
import { templates as ar } from '../generated/locales/ar.js';
import { templates as en } from '../generated/locales/en.js';
import { templates as pt } from '../generated/locales/pt.js';

/** A locale the widget has: `fr` (the source), `en`, `ar`, `pt`. */
export type Locale = (typeof allLocales)[number];

/** Each language's name written in that language, in the picker's order (its direction: data/inline.ts, dirOf). */
export const LANGUAGES: Readonly<Record<Locale, string>> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  pt: 'Português',
};

/** The locales, in the picker's order. */
export const LOCALES = Object.keys(LANGUAGES) as Locale[];

/** A locale's translations, by message id (an array indexed by number in the bundle). */
type Templates = Readonly<Record<string, string | StrResult | undefined>>;

/** While {@link inSourceLocale} runs its function: msg() finds no translation, so it gives the French source. */
let french = false;
let active: Locale = sourceLocale;
/** The translations shown (none for French), the locale asked for last, and the requests counted. */
let templates: Templates | undefined;
let loadingLocale: Locale | undefined;
let requests = 0;
/** What every setLocale() returns; resolves once the locale asked for last is shown. */
let loading = Promise.resolve();
/** Resolves {@link loading} while a locale is on its way. */
let ready: (() => void) | undefined;
/** The id of the message msg() gave last. */
let last: string | number;

// What @lit/localize's configureLocalization() does in runtime mode, less what only locales loaded
// over the network need (every translation is in this file): msg() reads `templates[id]` (an
// object in dev and tests, an array in the bundle: scripts/lib/rollup-slim.mjs), and a translation
// given as str`` takes the source's values in its own order. Installed once, when this module is
// evaluated: @lit/localize throws on a second install (a host that configures it too).
_installMsgImplementation(((template: TemplateLike, options?: MsgOptions) => {
  // The bundle passes the id alone, as a number, in place of the options, and none for most of the
  // default tree's messages: each is then the one after the message read before it
  // (scripts/lib/rollup-slim.mjs, shortMsgIds and treeMessageOrder).
  const id = options === undefined ? ++(last as number) : (last = options.id ?? (options as unknown as number));
  const translation = french ? undefined : templates?.[id];
  return !translation
    ? isStrTagged(template)
      ? joinStringsAndValues(template.strings, template.values)
      : template
    : typeof translation === 'string'
      ? translation
      : joinStringsAndValues(translation.strings, (template as StrResult).values, translation.values as number[]);
}) as MsgFn);

function status(detail: LocaleStatusEventDetail): void {
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
}

/**
 * @lit/localize's setLocale(): shows `locale` in every instance on the next microtask, with its
 * `lit-localize-status` events on window (`loading`, then `ready`); when another locale is asked
 * for meanwhile, the last one asked for wins and each call's promise resolves once it is shown.
 */
function setLocale(locale: Locale): Promise<void> {
  if (locale === (loadingLocale ?? active)) return loading;
  const request = ++requests;
  loadingLocale = locale;
  if (!ready) loading = new Promise((resolve) => (ready = resolve));
  status({ status: 'loading', loadingLocale: locale });
  // The templates are read here, not as this module is evaluated: the bundle declares them later
  // (moduleOrder, scripts/lib/rollup-slim.mjs).
  const modules: Record<Locale, Templates | undefined> = { fr: undefined, en, ar, pt };
  void Promise.resolve(modules[locale]).then((shown) => {
    if (request !== requests) return;
    active = locale;
    loadingLocale = undefined;
    templates = shown;
    status({ status: 'ready', readyLocale: locale });
    // Already called and unset when a listener of the ready event asked for another locale (both
    // requests share one promise then, as with @lit/localize).
    ready?.();
    ready = undefined;
  });
  return loading;
}

let chosenByPerson = false;

/** The locale shown now (after loading); `fr` until another one is ready, and inside {@link inSourceLocale}. */
export function getLocale(): Locale {
  return french ? sourceLocale : active;
}

/**
 * Runs `fn` (synchronous) with msg() and getLocale() in French, the source: the message written
 * for the lycée. What every widget shows does not change (no locale is set, no event is fired).
 * @returns what `fn` returns; the locale is back even when it throws.
 */
export function inSourceLocale<T>(fn: () => T): T {
  french = true;
  try {
    return fn();
  } finally {
    french = false;
  }
}

/**
 * The widget's locale for a BCP 47 language tag: its primary language when the widget has
 * it (`pt-BR` → `pt`, `AR` → `ar`), else the source, French (`de`, `''`, `null` → `fr`).
 * Never throws.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  return ours(tag) ?? sourceLocale;
}

/** The primary language of `tag` if the widget has it, else `undefined`. */
function ours(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The page's `lang` changed after load (a site's language switcher, a translation tool), `<html>`'s
 * or a widget's ancestor's (src/ent-help.ts): every instance shows `lang`, over a language picked
 * before, if the widget has it; another one (`de`, or none) changes nothing, so a picked language is
 * not lost to French.
 */
export function followPage(lang: string): void {
  const locale = ours(lang);
  if (locale) void setLocale(locale);
}

/**
 * Shows `locale` in every instance, unless the person has picked a language on this page.
 * @param force `true` when the host changed an element's `lang` on purpose.
 */
export function requestLocale(locale: Locale, { force = false } = {}): Promise<void> {
  if (chosenByPerson && !force) return Promise.resolve();
  return setLocale(locale);
}

/** The person's choice in a picker: shown in every instance, and kept over the hosts' `lang`. */
export function chooseLocale(locale: Locale): Promise<void> {
  chosenByPerson = true;
  return setLocale(locale);
}
