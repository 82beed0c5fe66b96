/**
 * Focus after a navigation: to the new step's heading (stepper) or to a given control, never
 * dropped to `<body>` when the focused control leaves the DOM; in the accordion, a case opened by a
 * link or by `node` is scrolled into view. In the stepper, the status region announces the step.
 */
import type { ReactiveControllerHost } from 'lit';
import { Controller } from './controller.js';
import type { Navigation } from '../data/navigator.js';
import type { NodeId } from '../data/types.js';

/** Where focus goes after the next render. */
export type FocusTarget =
  | { readonly kind: 'heading' }
  | { readonly kind: 'choice'; readonly next: NodeId }
  | { readonly kind: 'trigger'; readonly node: NodeId; readonly parent?: NodeId };

/**
 * How a navigation came about: `person` when a person asked for it (a button, a key, find in page),
 * `fromUrl` from the URL, `reveal` by a link; and where focus goes (FocusController.plan).
 */
export type Going = {
  focus?: boolean | FocusTarget;
  /** @internal */ fromUrl?: boolean;
  reveal?: boolean;
  /** @internal */ person?: boolean;
};

export interface FocusHost extends ReactiveControllerHost, Element {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** @internal */
  readonly nav: Navigation;
  /** @internal */
  readonly config: { readonly mode: string };
}

export class FocusController extends Controller<FocusHost> {
  /**
   * @internal Whether the status region announces the step shown: from the first navigation, in the
   * stepper (in the accordion, the toggled button's aria-expanded already tells what changed).
   */
  announce = false;
  /** @internal Scroll the case shown into view after the next render (accordion). */
  reveal = false;
  /**
   * @internal After a link to a node: open the page's closed `<details>` and `hidden="until-found"`
   * around the widget, as find in page does, and scroll the widget into view (the stepper; the
   * accordion scrolls to the case).
   */
  revealPage = false;
  private planned: FocusTarget | undefined;
  /** Whether focus was inside the widget when the node last changed. */
  private hadFocus = false;

  /**
   * @internal After a navigation, what the next render does with focus: `true` to the new step's
   * heading (stepper), a target to focus that control, `false` or nothing (programmatic changes) to
   * keep focus in the widget only if it was there; and whether it announces the step.
   */
  plan(focus: boolean | FocusTarget | undefined): void {
    this.hadFocus = this.el.matches(':focus-within');
    this.announce = this.el.config.mode === 'stepper';
    this.planned =
      typeof focus === 'object' ? focus : this.announce && (focus || this.hadFocus) ? { kind: 'heading' } : undefined;
  }

  hostUpdated(): void {
    const root = this.el.renderRoot as ShadowRoot;
    const { path } = this.el.nav;
    const id = path.at(-1)!;
    const accordion = this.el.config.mode === 'accordion';
    const focus = this.planned;
    this.planned = undefined;
    if (focus?.kind === 'choice') {
      root.querySelector<HTMLElement>(`[data-next="${CSS.escape(focus.next)}"]`)?.focus();
    } else if (focus?.kind === 'trigger') {
      // Under a given parent: the case's button there, open or not (a closed case may live
      // elsewhere), or the way on to it under the outcome shown.
      const node = CSS.escape(focus.node);
      (focus.parent
        ? (root.querySelector<HTMLElement>(
            `[data-trigger][data-parent="${CSS.escape(focus.parent)}"][data-node="${node}"]`,
          ) ?? root.querySelector<HTMLElement>(`[part="next-steps"] [data-next="${node}"]`))
        : root.getElementById(`trigger-${focus.node}`)
      )?.focus();
    } else if (focus?.kind === 'heading') {
      root.getElementById(accordion ? `trigger-${id}` : 'step-title')?.focus();
    }
    // The focused button may have left the DOM (a closed section): never drop focus to <body>.
    if (this.hadFocus && (!root.activeElement || root.activeElement.closest('[hidden]'))) {
      (root.getElementById(`trigger-${id}`) ?? root.querySelector<HTMLElement>('[data-trigger], #step-title'))?.focus();
    }
    this.hadFocus = false;
    if (this.revealPage) {
      this.revealPage = false;
      let hidden = false;
      for (let n: Node | null = this.el as unknown as Node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
        if (n instanceof HTMLDetailsElement && !n.open) hidden = n.open = true;
        if (n instanceof HTMLElement && n.getAttribute('hidden') === 'until-found') {
          hidden = true;
          n.removeAttribute('hidden');
        }
      }
      if (hidden && !accordion) (this.el as unknown as HTMLElement).scrollIntoView({ block: 'start' });
    }
    if (this.reveal) {
      this.reveal = false;
      if (accordion && path.length > 1) root.getElementById(`section-${id}`)?.scrollIntoView({ block: 'nearest' });
    }
  }
}
