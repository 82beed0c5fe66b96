/**
 * The inline format of tree texts (see {@link InlineText}): parsed into segments that a
 * view renders as text nodes and elements, never as HTML.
 */
import { askSchoolText } from './texts.js';
import type { InlineText } from './types.js';

/** The placeholders of an {@link InlineText} and the configuration's field each stands for. */
export const PLACEHOLDERS = { portal: 'portalUrl', email: 'contactEmail' } as const;

/** A run of an {@link InlineText}. */
export type Segment =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong'; readonly text: string }
  /** French words inside Arabic text (see {@link segmentsOf}), to be rendered as a left-to-right isolate. */
  | { readonly type: 'ltr'; readonly text: string }
  | { readonly type: 'portal' }
  | { readonly type: 'email' };

const TOKEN = /\*\*(.+?)\*\*|\{(portal|email)\}/g;

/**
 * Splits a text into plain, bold and placeholder segments.
 * `**…**` becomes `strong`, `{portal}` and `{email}` become placeholders; anything else,
 * including an unknown `{name}` or an unmatched `**`, stays plain text.
 * @param text any string; never throws.
 * @returns the segments in order; an empty array for an empty string.
 */
export function parseInline(text: InlineText): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) segments.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) segments.push({ type: 'strong', text: match[1] });
    else segments.push({ type: match[2] as 'portal' | 'email' });
    last = index + match[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  return segments;
}

/**
 * The text as a person reads it, with placeholders replaced (for announcements,
 * accessible names and plain-text exports).
 * @param values what `{portal}` and `{email}` stand for (a configuration's `portalUrl` and
 *   `contactEmail`); an empty `contactEmail` (a school's own tree without contact-email,
 *   data/config.ts) reads « demandez de l'aide à votre établissement ».
 */
export function plainText(text: InlineText, values: { portalUrl: string; contactEmail: string }): string {
  return parseInline(text)
    .map((s) =>
      s.type === 'portal' ? values.portalUrl : s.type === 'email' ? values.contactEmail || askSchoolText() : s.text,
    )
    .join('');
}

/**
 * Parsed inline texts, with French typography applied, keyed by the text. The tree's texts
 * are few and fixed (per locale), so each is parsed once per page, not once per render.
 */
const segmentCache = new Map<InlineText, readonly Segment[]>();

/**
 * {@link parseInline} with French typography in the text runs, cached per text. In a text run with
 * Arabic letters, each run of French words (« Île-de-France », « mot de passe incorrect » with its
 * guillemets) is an `ltr` segment: isolated, it reads in its own order where a line breaks inside it
 * (a wrapped « mot de passe incorrect » drew its « on the Arabic side, after « mot de passe »).
 * Segments, not U+2066…U+2069 marks in the text: those would be part of every accessible name read
 * from it (Chromium keeps them in a button's name).
 */
export function segmentsOf(text: InlineText): readonly Segment[] {
  let segments = segmentCache.get(text);
  if (!segments) {
    segments = parseInline(text).flatMap((s): Segment | Segment[] =>
      'text' in s
        ? typography(s.text)
            // (Arabic letters: U+0600 to U+06FF.)
            .split(s.type === 'text' && /[؀-ۿ]/.test(s.text) ? FRENCH : /$^/)
            .map((t, i) => ({ type: i % 2 ? 'ltr' : s.type, text: t }))
        : s,
    );
    segmentCache.set(text, segments);
  }
  return segments;
}

/** A run of French words: from « or a Latin letter to a letter, digit or », with no Arabic letter between. */
const FRENCH = /([«A-Za-zÀ-ÿ][^؀-ۿ]*[\wÀ-ÿ»])/;

/** French typography: a no-break space before « ? ! : ; » and after «, so marks never wrap alone. */
function typography(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/**
 * The direction of a BCP 47 language tag: `rtl` for the languages written right to left (Arabic,
 * Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Kurdish Sorani, Dhivehi, Yiddish), else `ltr`.
 */
export const dirOf = (lang: string): 'ltr' | 'rtl' =>
  /^(ar|he|fa|ur|ps|sd|ug|ckb|dv|yi)\b/i.test(lang) ? 'rtl' : 'ltr';

/** A tree's language: its `lang`, else French (a school's tree without one is taken as French). */
export const langOf = (tree: { readonly lang?: string }): string => tree.lang ?? 'fr';

/**
 * Whether a tree's texts are in another language than `locale`: its primary language, in any case
 * (`fr-FR` and `FR` are French, `pt-BR` is Portuguese), so that only those are marked and isolated.
 */
export const foreign = (tree: { readonly lang?: string }, locale: string): boolean =>
  langOf(tree).split('-')[0]!.toLowerCase() !== locale;
