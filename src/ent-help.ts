/**
 * Entry point: defines `<ent-help>` (once, even if this file is loaded twice), upgrades
 * `<div data-ent-help>` mounts, and re-exports its public API. The bundle `dist/ent-help.js` is
 * built from this file.
 */
import { EntHelp } from './components/ent-help.component.js';
import { followPage } from './internal/localization.js';
import { followers } from './internal/window-events.js';

export { EntHelp } from './components/ent-help.component.js';
export type { EntHelpHistory, EntHelpMode, EntHelpPersist, EntHelpTheme } from './data/config.js';
export type {
  EntHelpLinkCopyDetail,
  EntHelpLinkCopyEvent,
  EntHelpNavigateDetail,
  EntHelpNavigateEvent,
  EntHelpOutcomeDetail,
  EntHelpOutcomeEvent,
  EntHelpResolveDetail,
  EntHelpResolveEvent,
  EntHelpMessageAction,
  EntHelpMessageDetail,
  EntHelpMessageEvent,
  EntHelpSettingRefusedDetail,
  EntHelpSettingRefusedEvent,
} from './internal/events.js';
export type { Message } from './data/message.js';
export type * from './data/types.js';

if (!customElements.get('ent-help')) customElements.define('ent-help', EntHelp);

/** The div's own attributes that the element keeps as they are. */
const KEPT = /^(id|class|style|lang|dir|role|title|aria-.*)$/;

/**
 * Replaces each `<div data-ent-help>` of the page by an `<ent-help>` with the same configuration
 * (`data-mode` → `mode`…: each attribute the element observes, its `observedAttributes`, for editors
 * that drop unknown tags but keep a `div` and its `data-*` attributes: WordPress without unfiltered_html,
 * CKEditor 5, TinyMCE), the div's `id`, `class`, `style`, `lang`,
 * `dir`, `role`, `title` and `aria-*` attributes, and the div's children as
 * fallback content (hidden once it renders; a `<script type="application/json">` among them is a
 * tree of the school's own). Values pass as they are: the element validates
 * them and keeps its defaults otherwise.
 */
export function upgradeMounts(): void {
  for (const div of document.querySelectorAll('div[data-ent-help]')) {
    const el = document.createElement('ent-help');
    for (const { name, value } of div.attributes) {
      const configured = name.slice(5);
      if (name.startsWith('data-') ? EntHelp.observedAttributes.includes(configured) : KEPT.test(name)) {
        el.setAttribute(name.startsWith('data-') ? configured : name, value);
      }
    }
    el.append(...div.childNodes);
    div.replaceWith(el);
  }
}

// Only the copy whose class was defined watches the page (one observer even if loaded twice):
// mounts added later (pjax, Turbo, a block rendered after load) are upgraded too.
// It also follows the page's language when a switcher or a translation tool changes it after load: the
// `lang` of an element (`<html>`, `<body>`, a `<div>`, an app's component) that is the nearest to a connected
// widget, across shadow roots as HTML reads it (the widget's own `lang` is its attributeChangedCallback's).
if (customElements.get('ent-help') === EntHelp) {
  upgradeMounts();
  new MutationObserver((records) => {
    // Mounts come only with added nodes (a batch of `lang` changes alone has none to look for).
    if (records.some((r) => !r.attributeName)) upgradeMounts();
    for (const { attributeName, target } of records as (MutationRecord & { target: HTMLElement })[])
      if (attributeName && followers<EntHelp>().some((el) => el !== target && el.locale.nearest() === target))
        followPage(target.lang);
  }).observe(document, { childList: true, subtree: true, attributeFilter: ['lang'] });
}

declare global {
  interface HTMLElementTagNameMap {
    'ent-help': EntHelp;
  }
}
