/** Inline texts of the tree (see InlineText) as text nodes and elements: never as HTML. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { dirOf, foreign, langOf, plainText, segmentsOf } from '../data/inline.js';
import { askSchoolText } from '../data/texts.js';
import type { InlineText, SchoolConfig, Tree } from '../data/types.js';
import { getLocale } from '../internal/localization.js';
import { iconExternal } from './icons.js';

/**
 * What an inline text needs of the element: the portal and address that `{portal}` and `{email}`
 * stand for, and the tree shown (its language).
 */
export interface InlineHost {
  /** @internal */
  readonly config: SchoolConfig;
  /** @internal */
  readonly nav: { readonly tree: Tree };
}

/**
 * A text of the tree rendered; a plain text is one text node. Where the tree's language is not the
 * locale's (a school's French tree on an Arabic page), it is marked with its own `lang` and `dir`: a
 * screen reader reads it in its language, and its punctuation stays at its end. Only the tree's texts
 * come here: the widget's own words that stand in for a text the tree lacks (« Ça n’a pas marché ? »)
 * are the locale's, rendered by the caller as they are.
 */
export function inline(host: InlineHost, text: InlineText, linkEmail = true): TemplateResult | string {
  const shown = runs(host, text, linkEmail);
  return foreign(host.nav.tree, getLocale()) ? inTreeLang(host, shown) : shown;
}

/** `content` marked with the tree's language and its direction (also the message's runs from the tree, views/outcome.ts). */
export function inTreeLang(host: InlineHost, content: unknown): TemplateResult {
  const lang = langOf(host.nav.tree);
  return html`<span lang=${lang} dir=${dirOf(lang)}>${content}</span>`;
}

/**
 * The `dir` of a block whose text is all the tree's (a paragraph, a list of steps, a title, an answer) where
 * the tree's language is not the locale's: the tree's direction, so that the block reads in it (a French
 * step left-aligned on an Arabic page). Its text carries the tree's `lang` (`inline`), so the widget's own
 * words inside the block (a copy button's « نسخ العنوان ») keep the locale's. `nothing` where the tree is
 * in the locale's language.
 */
export const blockDir = (host: InlineHost): string | typeof nothing =>
  foreign(host.nav.tree, getLocale()) ? dirOf(langOf(host.nav.tree)) : nothing;

function runs(host: InlineHost, text: InlineText, linkEmail: boolean): TemplateResult | string {
  const segments = segmentsOf(text);
  if (segments.length === 1 && segments[0]!.type === 'text') return segments[0]!.text;
  const { portalUrl, contactEmail } = host.config;
  return html`${segments.map((s) => {
    switch (s.type) {
      case 'strong':
        return html`<strong>${s.text}</strong>`;
      case 'ltr':
        // A hyphenated French name in Arabic text (« Île-de-France ») stays on one line: a line broke at
        // its hyphen at 288 px. Its characters stay the FAQ's (no U+2011), for copy and find in page.
        return html`<span dir="ltr"
          >${s.text.split(/(\S+-\S+)/).map((w, i) => (i % 2 ? html`<span class="nw">${w}</span>` : w))}</span
        >`;
      case 'portal': {
        // A narrow line breaks after « https:// » rather than before the last letter (320 px, a step's
        // column). The name is given whole: a <wbr> puts a space into Chromium's computed name.
        const cut = portalUrl.indexOf('//') + 2;
        return html`<a
          href=${portalUrl}
          aria-label=${portalUrl + msg(' (nouvel onglet)', { id: 'ui.new-tab' })}
          part="link"
          dir="ltr"
          target="_blank"
          rel="noopener noreferrer"
          >${portalUrl.slice(0, cut)}<wbr />${portalUrl.slice(cut)}${iconExternal}</a
        >`;
      }
      case 'email': {
        // A school's own tree without its address: ask the school, never another lycée's address (data/config.ts).
        if (!contactEmail) return askSchoolText();
        // A narrow line breaks the address after « @ » or a dot, not at a hyphen (« …@ac- » « creteil.fr »
        // at 320 px): each part up to one is an inline block (styles/base.ts .ad), cut only if wider than a
        // line. The link's name is given whole, as the portal's (Chromium puts a space between the blocks).
        // Where the FAQ sends the reader to someone else (a student: the professeur principal), the
        // address is text, not a mailto:.
        const address = contactEmail.split(/(?<=[@.])/).map((part) => html`<span class="ad">${part}</span>`);
        return linkEmail
          ? html`<a href="mailto:${contactEmail}" aria-label=${contactEmail} part="link" dir="ltr">${address}</a>`
          : html`<span dir="ltr">${address}</span>`;
      }
      default:
        return s.text;
    }
  })}`;
}

/** The text as a person reads it (accessible names, announcements). */
export function plain(host: InlineHost, text: InlineText): string {
  return plainText(text, host.config);
}

/** Heading level `offset` below the widget's title (`config.headingLevel`), within 1–6. */
export function level(host: { readonly config: { readonly headingLevel: number } }, offset: number): number {
  return Math.min(6, host.config.headingLevel + offset);
}
