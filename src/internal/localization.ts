/**
 * The widget's locales. @lit/localize runs in runtime mode with every locale imported
 * statically, so the one-file bundle holds all of them and switches without a request.
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
import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates as ar } from '../generated/locales/ar.js';
import { templates as en } from '../generated/locales/en.js';
import { templates as pt } from '../generated/locales/pt.js';

/** A locale the widget has: `fr` (the source), `en`, `ar`, `pt`. */
export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** Each language's name written in that language, and its direction, in the picker's order. */
export const LANGUAGES: Readonly<Record<Locale, { readonly name: string; readonly dir: 'ltr' | 'rtl' }>> = {
  fr: { name: 'Français', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  pt: { name: 'Português', dir: 'ltr' },
};

/** While {@link inSourceLocale} runs its function: msg() finds no translation, so it gives the French source. */
let french = false;

// Called once, when this module is evaluated: @lit/localize throws on a second call. msg() reads
// `templates[id]` (an object in dev and tests, an array in the bundle: scripts/lib/rollup-slim.mjs).
const { getLocale: activeLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // The templates are read here, when a locale is loaded, not as this module is evaluated: the
  // bundle declares them later (moduleOrder, scripts/lib/rollup-slim.mjs).
  loadLocale: (code) => {
    const modules: Record<TargetLocale, typeof en> = { en, ar, pt };
    return Promise.resolve({
      templates: new Proxy(modules[code as TargetLocale], {
        get: (t, id) => (french ? undefined : Reflect.get(t, id)),
      }),
    });
  },
});

let chosenByPerson = false;

/** The locale shown now (after loading); `fr` until another one is ready, and inside {@link inSourceLocale}. */
export function getLocale(): Locale {
  return french ? sourceLocale : (activeLocale() as Locale);
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
  return (allLocales as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The page's `lang` changed after load (a site's language switcher, a translation tool): every
 * instance shows it, over a language picked before, if the widget has it; another one (`de`, or
 * none) changes nothing, so a picked language is not lost to French.
 */
export function followPage(): void {
  const locale = ours(document.documentElement.lang);
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
