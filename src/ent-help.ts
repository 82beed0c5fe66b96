/**
 * Entry point: defines `<ent-help>` (once, even if this file is loaded twice) and
 * re-exports its public API. The bundle `dist/ent-help.js` is built from this file.
 */
import { EntHelp } from './components/ent-help.component.js';

export { EntHelp } from './components/ent-help.component.js';
export type { EntHelpHistory, EntHelpMode, EntHelpPersist } from './components/ent-help.component.js';
export type {
  EntHelpLinkCopyDetail,
  EntHelpLinkCopyEvent,
  EntHelpNavigateDetail,
  EntHelpNavigateEvent,
  EntHelpOutcomeDetail,
  EntHelpOutcomeEvent,
  EntHelpResolveDetail,
  EntHelpResolveEvent,
} from './components/events.js';
export type * from './data/types.js';

if (!customElements.get('ent-help')) customElements.define('ent-help', EntHelp);

declare global {
  interface HTMLElementTagNameMap {
    'ent-help': EntHelp;
  }
}
