/** Content shared by every view: an outcome's blocks (the checklist, the contacts), answer buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Block, Choice, InlineText, NodeId } from '../data/types.js';
import type { CopyFeedback } from '../controllers/copy.js';
import { iconCopy, iconInfo, iconNext } from './icons.js';
import { blockDir, inline, type InlineHost } from './inline.js';
import { dirOf, PLACEHOLDERS } from '../data/inline.js';
import { getLocale } from '../internal/localization.js';
import { audienceText, stillStuckText } from '../data/texts.js';

/** A `data-*` value of the element a listener is bound to (the views write them; the element's listeners read them). */
export function data(event: Event, key: string): string {
  return (event.currentTarget as HTMLElement).dataset[key]!;
}

/** What content needs of the element. */
export interface ContentHost extends InlineHost {
  /** @internal Whether printing, and what (`false` on screen). */
  readonly printer: { readonly paper: false | 'procedure' | 'message' };
  /** @internal Ticked steps, as `<node id>.<block>.<item>`. */
  readonly checklist: { readonly ticks: ReadonlySet<string> };
  /** @internal */
  readonly copier: { readonly feedback: CopyFeedback };
  /** @internal */
  onTick(event: Event): void;
  /** @internal */
  onCopy(event: Event): void;
  /** @internal */
  onChoose(event: Event): void;
}

/** An outcome's blocks; `node` given, its steps are a checklist (not on paper). */
export function content(host: ContentHost, blocks: readonly Block[], node?: NodeId): TemplateResult {
  // Where the outcome's contacts name no address (the student's: the professeur principal), the
  // lycée's address in its sentences is text, not a mailto: link the FAQ does not offer them.
  const people = blocks.flatMap((b) => (b.type === 'contacts' ? b.items : []));
  const link = !people.length || people.some((c) => c.text.includes('{email}'));
  // A block of the tree's text in another language than the locale's is marked as its text is (views/inline.ts).
  const dir = blockDir(host);
  return html`${blocks.map((block, b) => {
    switch (block.type) {
      case 'paragraph':
        return html`<p dir=${dir}>${inline(host, block.text, link)}</p>`;
      case 'note':
        return note(inline(host, block.text), dir);
      case 'steps':
        return html`${block.intro ? html`<p dir=${dir}>${inline(host, block.intro)}</p>` : nothing}
          <ol class="steps" part="steps" dir=${dir}>
            ${block.items.map((item, i) => {
              const key = `${node}.${b}.${i}`;
              return node === undefined || host.printer.paper
                ? html`<li>${inline(host, item)}</li>`
                : html`<li>
                    <label class="check"
                      ><input
                        type="checkbox"
                        part="step-checkbox"
                        data-key=${key}
                        data-of=${`${i + 1}/${block.items.length}`}
                        .checked=${host.checklist.ticks.has(key)}
                        @change=${host.onTick}
                      /><span>${inline(host, item)}</span></label
                    >${copyButtons(host, item)}
                  </li>`;
            })}
          </ol>`;
      case 'contacts':
        return html`<div class="contacts" part="contacts">
          <p class="contacts-title">${msg('Qui contacter ?', { id: 'ui.contacts' })}</p>
          <ul>
            ${block.items.map(
              (c) =>
                // A contact for everyone needs no label (« Élève ou parent » twice read like a glitch).
                html`<li dir=${c.audience === 'tous' ? dir : nothing}>
                  ${c.audience === 'tous' ? nothing : html`<span class="audience">${audienceText(c.audience)}</span>`}
                  ${inline(host, c.text)}${copyButtons(host, c.text)}
                </li>`,
            )}
          </ul>
        </div>`;
    }
  })}`;
}

/** « Copier l’adresse » after a text that shows the portal or the contact address (not on paper). */
function copyButtons(host: ContentHost, text: InlineText): TemplateResult | typeof nothing {
  if (host.printer.paper) return nothing;
  // Each placeholder gets one.
  return html`${Object.entries(PLACEHOLDERS).map(([what, field]) =>
    // No address to copy when `{email}` asks the family to turn to their school (inline.ts).
    text.includes(`{${what}}`) && host.config[field]
      ? html` <button type="button" class="copy" part="copy-button" data-copy=${what} @click=${host.onCopy}>
            ${iconCopy}${msg('Copier l’adresse', { id: 'ui.copy-address' })}</button
          >${copyStatus(host, what)}`
      : nothing,
  )}`;
}

/** A note: the tree's (`content`), or the widget's own words (`dir` left out: the locale's). */
export const note = (body: unknown, dir: string | typeof nothing = nothing): TemplateResult =>
  html`<p class="note" part="note" dir=${dir}>${iconInfo}<span>${body}</span></p>`;

/**
 * The visible echo of the status next to the copy button that caused it (the status region announces it). The
 * widget's own sentence: in the locale's direction, also inside a step of the tree's (blockDir), so that its full
 * stop ends it on the Arabic side.
 */
export function copyStatus(host: ContentHost, target: string): TemplateResult | typeof nothing {
  const { status, target: of } = host.copier.feedback;
  return status && of === target
    ? html`<span class="copy-status" aria-hidden="true" dir=${dirOf(getLocale())}>${status}</span>`
    : nothing;
}

/**
 * Answer buttons. `owner` is the node whose answers they are: the hints' ids are unique in the shadow
 * root with it (the accordion shows several lists at once), so each button is described by its own.
 * An empty label is the widget's own way to `otherwise` (`nextSteps`): « Ça ne marche toujours pas ».
 */
export function choices(
  host: ContentHost,
  list: readonly Choice[],
  owner: NodeId,
  onClick?: (event: Event) => void,
): TemplateResult {
  return html`<ul class="choices" role="list">
    ${list.map(
      (c, i) =>
        html`<li>
          ${choice(host, c.label ? inline(host, c.label) : stillStuckText(), onClick ?? host.onChoose, c.next, undefined, c.hint, `hint-${owner}-${i}`)}
        </li>`,
    )}
  </ul>`;
}

/** One answer button: its label, a hint under it (its description, by `hintId`), the arrow; `next` is the node it leads to. */
export function choice(
  host: ContentHost,
  label: TemplateResult | string,
  onClick: (event: Event) => void,
  next?: NodeId,
  name?: string,
  hint?: InlineText,
  hintId?: string,
): TemplateResult {
  return html`<button
    type="button"
    class="choice"
    part="choice"
    data-next=${next ?? nothing}
    dir=${
      // The tree's answer (the widget's own words are a string): in the tree's direction, as its text.
      typeof label === 'string' ? nothing : blockDir(host)
    }
    aria-label=${name ?? nothing}
    aria-describedby=${hint && hintId ? hintId : nothing}
    @click=${onClick}
  >
    <span class="choice-text">
      <span class="choice-label">${label}</span>
      ${
        // The hint is the button's description, not the end of its name: a screen reader says
        // « label, button, hint » instead of running the two into one sentence.
        hint
          ? html`<span class="choice-hint" id=${hintId ?? nothing} aria-hidden=${hintId ? 'true' : nothing}
              >${inline(host, hint)}</span
            >`
          : nothing
      }
    </span>
    ${iconNext}
  </button>`;
}
