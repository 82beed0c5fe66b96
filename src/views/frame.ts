/**
 * The widget's frame, around the view of the mode: the language picker, the title, the notices (a
 * link to no node, for whoever followed it; the refused settings, for the staff, only with `debug`),
 * the tree's source, and the status region (polite) that announces each step and each copy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dirOf } from '../data/inline.js';
import { getLocale } from '../internal/localization.js';
import { accordion, type AccordionHost } from './accordion.js';
import { blockDir, inline, level } from './inline.js';
import { landmark as landmarkOf } from './landmark.js';
import { languagePicker, type LanguagePickerHost } from './language-picker.js';
import { resolvedNote } from './outcome.js';
import { printedMessage, printedPath } from './print.js';
import { announcement, stepper, type StepperHost } from './stepper.js';
import { treeStatus, type TreeStatusHost } from './tree-status.js';

/** What the whole widget needs of the element. */
export interface FrameHost extends StepperHost, AccordionHost, LanguagePickerHost, TreeStatusHost {
  /** @internal */
  readonly nav: StepperHost['nav'];
  /** @internal The configuration problems, worded for the staff (shown with `debug`). */
  readonly notices: readonly string[];
  /** @internal */
  readonly linker: StepperHost['linker'] & { readonly notice: string };
  /** @internal */
  readonly focuser: { readonly announce: boolean };
  /** @internal */
  readonly treeSource: TreeStatusHost['treeSource'] & { readonly custom: boolean; readonly blocked: boolean };
}

export function frame(host: FrameHost): TemplateResult {
  const tree = host.nav.tree;
  const locale = getLocale();
  const { paper } = host.printer;
  const { blocked } = host.treeSource;
  // A family never sees developer text: the staff's notices need `debug`.
  const notices = [...(host.debug ? host.notices : []), host.linker.notice].filter(Boolean);
  const landmark = landmarkOf(host);
  const dir = blockDir(host);
  return html`
    <section
      class="base"
      part="base"
      aria-label=${landmark || nothing}
      aria-labelledby=${landmark ? nothing : 'title'}
      lang=${locale}
      dir=${dirOf(locale)}
    >
      ${paper ? nothing : languagePicker(host, locale)}
      <div class="title" part="title" id="title" role="heading" aria-level=${level(host, 0)} dir=${dir}>
        ${inline(host, tree.title)}
      </div>
      ${
        notices.length
          ? html`<div class="notice" part="notice" role="note">${notices.map((n) => html`<p>${n}</p>`)}</div>`
          : nothing
      }
      ${
        blocked
          ? treeStatus(host)
          : paper === 'message'
            ? printedMessage(host)
            : host.config.mode === 'accordion'
              ? accordion(host)
              : paper
                ? printedPath(host)
                : stepper(host)
      }
      ${tree.source && !blocked ? html`<p class="source" dir=${dir}>${inline(host, tree.source)}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${host.copier.feedback.status || resolvedNote(host, true) || (host.focuser.announce ? announcement(host) : nothing)}
      </div>
    </section>
  `;
}
