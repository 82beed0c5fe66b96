/** Events fired by `<ent-help>`: names, detail shapes and global typings, and how they are fired. */
import { current, type Navigation } from '../data/navigator.js';
import type { NodeId } from '../data/types.js';

/** Detail of `ent-help-navigate`: ids only, never personal data. */
export interface EntHelpNavigateDetail {
  /** The id of the node now shown. */
  readonly node: NodeId;
  /** The ids from the tree's start to that node. */
  readonly path: readonly NodeId[];
  /** The id shown before. */
  readonly previous: NodeId;
  /** `true` when the node is an outcome (what to do), `false` for a question. */
  readonly outcome: boolean;
}

/** Fired on `<ent-help>` each time the node shown changes after the first render. */
export type EntHelpNavigateEvent = CustomEvent<EntHelpNavigateDetail>;

/** Detail of `ent-help-link-copy`: the id of the node whose link was copied. */
export interface EntHelpLinkCopyDetail {
  readonly node: NodeId;
}

/** Fired on `<ent-help>` when the link to the node shown was copied to the clipboard. */
export type EntHelpLinkCopyEvent = CustomEvent<EntHelpLinkCopyDetail>;

/** Detail of `ent-help-outcome`: the outcome reached and the ids that led there. */
export interface EntHelpOutcomeDetail {
  readonly node: NodeId;
  readonly path: readonly NodeId[];
}

/** Fired on `<ent-help>` when navigation reaches an outcome (after the first render). */
export type EntHelpOutcomeEvent = CustomEvent<EntHelpOutcomeDetail>;

/** Detail of `ent-help-resolve`: the outcome, and the answer to « Problème résolu ? ». */
export interface EntHelpResolveDetail {
  readonly node: NodeId;
  readonly resolved: boolean;
}

/** Fired on `<ent-help>` when the person answers « Problème résolu ? » (yes or no). */
export type EntHelpResolveEvent = CustomEvent<EntHelpResolveDetail>;

/** What was done with the ready-to-send message: mail client opened, copied, or printed. */
export type EntHelpMessageAction = 'open' | 'copy' | 'print';

/** Detail of `ent-help-message`: the outcome whose message it is, and the action. Never the text. */
export interface EntHelpMessageDetail {
  readonly node: NodeId;
  readonly action: EntHelpMessageAction;
}

/** Fired on `<ent-help>` when the contact message is opened in the mail client, copied or printed. */
export type EntHelpMessageEvent = CustomEvent<EntHelpMessageDetail>;

/** Detail of `ent-help-setting-refused`: a setting of the school's page that the widget refused, and why. */
export interface EntHelpSettingRefusedDetail {
  /** The attribute (`mode`, `portal-url`, `contact-email`, `node`, `src`…), or `script` for a tree in a child `<script>`. */
  readonly attribute: string;
  /** The value refused, as given; `null` when the setting is missing (`contact-email` with a tree of the school's own) or is a child `<script>`. */
  readonly value: string | null;
  /** What is wrong and how to fix it, in English: the text of the console warning. */
  readonly reason: string;
}

/**
 * Fired on `<ent-help>` once per distinct refused setting, at the update after it was found (the
 * first update for the page's own attributes): the default is kept, or for a tree, the error box shown.
 */
export type EntHelpSettingRefusedEvent = CustomEvent<EntHelpSettingRefusedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ent-help-navigate': EntHelpNavigateEvent;
    'ent-help-link-copy': EntHelpLinkCopyEvent;
    'ent-help-outcome': EntHelpOutcomeEvent;
    'ent-help-resolve': EntHelpResolveEvent;
    'ent-help-message': EntHelpMessageEvent;
    'ent-help-setting-refused': EntHelpSettingRefusedEvent;
  }
}

/** The element's events and their details, by name. */
type EntHelpEvents = {
  [
    K in keyof GlobalEventHandlersEventMap as K extends `ent-help-${string}` ? K : never
  ]: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
};

/** Fires one of the element's events on `el`: bubbling, composed, with its typed detail. */
export function emit<K extends keyof EntHelpEvents>(el: HTMLElement, type: K, detail: EntHelpEvents[K]): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** After a navigation to `nav` from the node `previous`: `ent-help-navigate`, and `ent-help-outcome` at an outcome. */
export function emitNavigation(el: HTMLElement, nav: Navigation, previous: NodeId): void {
  const node = current(nav);
  const path = [...nav.path];
  emit(el, 'ent-help-navigate', { node: node.id, path, previous, outcome: node.kind === 'outcome' });
  if (node.kind === 'outcome') emit(el, 'ent-help-outcome', { node: node.id, path: [...path] });
}
