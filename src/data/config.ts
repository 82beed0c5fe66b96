/**
 * The element's configuration, checked: what the attributes ask for, what is used, and what is
 * refused, and the notice that tells the staff. Pure: no lit, no DOM; the element warns once.
 */
import { msg, str } from '@lit/localize';
import { emailProblem, urlProblem } from './addresses.js';
import { DEFAULT_CONFIG } from './default-tree.js';
import { askSchoolText } from './texts.js';
import type { SchoolConfig } from './types.js';

/** How the tree is shown. */
export type EntHelpMode = 'stepper' | 'accordion';

/** How navigation is written to the page's URL: a history entry per step, one entry replaced, or nothing. */
export type EntHelpHistory = 'push' | 'replace' | 'none';

/** Where the path is remembered: the tab's sessionStorage, or nowhere. */
export type EntHelpPersist = 'session' | 'none';

/** The colours: light, dark, or the system's choice (`prefers-color-scheme`). */
export type EntHelpTheme = 'light' | 'dark' | 'auto';

/** The properties' defaults, which a removed attribute (`null`) goes back to. */
export const DEFAULTS = {
  mode: 'stepper',
  node: '',
  headingLevel: 2,
  portalUrl: DEFAULT_CONFIG.portalUrl,
  contactEmail: DEFAULT_CONFIG.contactEmail,
  noLanguagePicker: false,
  history: 'push',
  persist: 'session',
  theme: 'auto',
  debug: false,
} as const;

/** The keyword attributes and their allowed values (any theme but light and dark is auto to the styles). */
const KEYWORDS = {
  mode: ['stepper', 'accordion'],
  history: ['push', 'replace', 'none'],
  persist: ['session', 'none'],
  theme: ['light', 'dark', 'auto'],
} as const;

/**
 * How the keyword attributes (`mode`, `history`, `persist`, `theme`) are read: as HTML reads its
 * own keywords, in any letter case (`mode="Accordion"` is the accordion), as the styles that read
 * the reflected attribute do (`[theme='dark' i]`, the snippet's `[mode=accordion i]`). White space
 * is not trimmed: an attribute selector could not follow it. A removed attribute is `undefined`:
 * the default. Properties are taken as set.
 */
export const keyword = { fromAttribute: (value: string | null) => value?.toLowerCase() };

/** What the element was given: its properties as they are (a host may set any value, of any type). */
export interface ConfigInput {
  readonly mode: unknown;
  readonly history: unknown;
  readonly persist: unknown;
  readonly theme: unknown;
  readonly headingLevel: unknown;
  readonly portalUrl: unknown;
  readonly contactEmail: unknown;
}

/** What else the check needs to know. */
export interface ConfigContext {
  /** @internal The `heading-level` attribute as written, if any (the notice quotes it). */
  readonly headingLevelAttribute: string | null;
  /** @internal Whether the tree is the school's own (then the default address, another lycée's, will not do). */
  readonly customTree: boolean;
  /** @internal Whether the `contact-email` attribute is there. */
  readonly contactEmailGiven: boolean;
}

/**
 * A refused setting: the attribute, the value refused as given (`null`: the setting is missing),
 * and what to do, in English, for the console (after the setting: « is not allowed; use … »).
 */
export interface ConfigNotice {
  readonly attribute: string;
  readonly value: string | null;
  readonly message: string;
  /** The tree is the school's own and is left with no address: the staff notice says what families read instead. */
  readonly noAddress?: boolean;
}

/** The setting as the console and the staff notice quote it: `portal-url="http://x"`, or the attribute alone when missing. */
export function settingOf(notice: ConfigNotice): string {
  return notice.value === null ? notice.attribute : `${notice.attribute}="${notice.value}"`;
}

/** `node="…"` naming no node of the tree: refused, with the ids there are. */
export function nodeNotice(node: string, ids: readonly string[]): ConfigNotice {
  return { attribute: 'node', value: node, message: `is not a node of this tree; use one of: ${ids.join(', ')}.` };
}

/** The configuration in use: refused values replaced by the defaults. */
export interface Config extends SchoolConfig {
  readonly mode: EntHelpMode;
  /** The title's heading level, 1–6. */
  readonly headingLevel: number;
}

const quoteAll = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

/**
 * Checks the settings. Surrounding white space (a pasted value) is not an error; a property set to
 * a number or an object is a refused value like any other, not a crash. Never throws.
 * @returns the configuration in use and one notice per refused setting, in attribute order.
 */
export function validateConfig(
  input: ConfigInput,
  context: ConfigContext,
): { config: Config; notices: ConfigNotice[] } {
  const notices: ConfigNotice[] = [];
  for (const [name, allowed] of Object.entries(KEYWORDS) as [keyof typeof KEYWORDS, readonly string[]][]) {
    const value = input[name];
    if (!allowed.includes(value as string))
      notices.push({ attribute: name, value: String(value), message: `is not allowed; use ${quoteAll(allowed)}.` });
  }
  const level = input.headingLevel;
  const attribute = context.headingLevelAttribute;
  const headingLevel = isHeadingLevel(level) ? level : 2;
  if (headingLevel !== level)
    notices.push({
      attribute: 'heading-level',
      // The attribute as written (`"abc"`, read as NaN), unless the property was set since to another value.
      value: attribute !== null && Object.is(Number(attribute), level) ? attribute : String(level),
      message: 'is not a heading level; give a whole number from 1 to 6 (default 2).',
    });
  const portal = String(input.portalUrl).trim();
  // A link's address pasted as it is (« mailto:vie-scolaire@… », from the site's editor): the address in it.
  const email = String(input.contactEmail)
    .trim()
    .replace(/^mailto:\s*/i, '');
  // The defaults are valid: most pages keep them, and skip the checks.
  // What is accepted, and why not: src/data/addresses.ts.
  const portalUrl = portal === DEFAULT_CONFIG.portalUrl || !urlProblem(portal) ? portal : DEFAULT_CONFIG.portalUrl;
  if (portalUrl !== portal)
    notices.push({
      attribute: 'portal-url',
      value: portal,
      message: `is refused: give an https:// address; ${urlProblem(portal)}.`,
    });
  const refused = email !== DEFAULT_CONFIG.contactEmail && emailProblem(email);
  // The default address is another lycée's: a school's own tree without an address of its own
  // gets none (`''`: `{email}` asks the family to turn to their school), the built-in tree its own.
  const missing = context.customTree && !context.contactEmailGiven && email === DEFAULT_CONFIG.contactEmail;
  const contactEmail = refused || missing ? (context.customTree ? '' : DEFAULT_CONFIG.contactEmail) : email;
  if (refused || missing) {
    const fix = refused
      ? `is refused: give an e-mail address such as name@school.fr; ${refused}`
      : "is missing: set contact-email to your school's address";
    notices.push({
      attribute: 'contact-email',
      value: refused ? email : null,
      message: `${fix}.`,
      noAddress: !contactEmail,
    });
  }
  const mode = input.mode === 'accordion' ? 'accordion' : 'stepper';
  return { config: { mode, headingLevel, portalUrl, contactEmail }, notices };
}

function isHeadingLevel(level: unknown): level is number {
  return Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6;
}

/**
 * The widget's notice for a refused setting `key` (`portal-url="http://x"`), in the active locale;
 * the fix is in the console. The value quoted is cut to 60 characters and isolated (FSI…PDI, as
 * <bdi>), so that a long or right-to-left value neither floods nor reorders the sentence around it.
 */
export function settingNotice(key: string, noAddress?: boolean): string {
  const quoted = `\u2068${key.length > 60 ? `${key.slice(0, 59)}…` : key}\u2069`;
  // Nothing is ignored when the address is missing: say what the families read instead.
  return noAddress
    ? msg(str`Pas d'adresse valable (${quoted}) : les familles lisent « ${askSchoolText()} ».`, {
        id: 'ui.notice-email',
      })
    : msg(str`Réglage ignoré : ${quoted}. Voir la console du navigateur.`, { id: 'ui.notice' });
}
