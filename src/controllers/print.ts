/**
 * Printing: between `beforeprint` and `afterprint` the element renders its print view (the answers
 * given and the whole outcome, or every case open, or the message alone), then focus returns to
 * the control it was on. `window.print()` never throws here: a sandboxed iframe without
 * `allow-modals` blocks it, and then nothing happens.
 */
import type { ReactiveControllerHost } from 'lit';
import { Controller } from './controller.js';

/** What is on paper: nothing (`false`, on screen), the procedure, or the ready-to-send message. */
export type Paper = false | 'procedure' | 'message';

export interface PrintHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** @internal Renders now (the browser lays the page out for print as soon as beforeprint returns). */
  flush(): void;
}

export class PrintController extends Controller<PrintHost> {
  /** @internal */
  paper: Paper = false;
  /** What the next print shows: the message while « Imprimer le message » calls print(). */
  private upcoming: Exclude<Paper, false> = 'procedure';
  /** Where focus was when printing began, as child indexes from the shadow root. */
  private focusAt: number[] | undefined;

  /** Removed while printing, it would not hear afterprint: back in, it is interactive. */
  hostDisconnected(): void {
    this.paper = false;
  }

  /** @internal Opens the print dialog for `what`. */
  print(what: Exclude<Paper, false> = 'procedure'): void {
    this.upcoming = what;
    try {
      window.print();
    } catch {
      // Printing refused: the page's own print command still works.
    }
    // An engine that prints after print() returns keeps what beforeprint chose until afterprint.
    this.upcoming = 'procedure';
  }

  /** @internal `beforeprint`: the print view, rendered before the browser lays out the page. */
  before(): void {
    const root = this.el.renderRoot as ShadowRoot;
    this.focusAt = root.activeElement ? childPath(root, root.activeElement) : undefined;
    this.paper = this.upcoming;
    this.el.requestUpdate();
    this.el.flush();
  }

  /** @internal `afterprint`: back to the interactive view; focus returns where it was (the print view replaced it). */
  async after(): Promise<void> {
    this.paper = false;
    this.el.requestUpdate();
    const at = this.focusAt;
    this.focusAt = undefined;
    await this.el.updateComplete;
    if (!at) return;
    const root = this.el.renderRoot as ShadowRoot;
    let el: Element | undefined = root as unknown as Element;
    for (const i of at) el = el?.children[i];
    if (el instanceof HTMLElement && el !== root.activeElement) el.focus();
  }
}

/** Indexes of `el` and its ancestors among their parent's element children, from `root` down. */
function childPath(root: ShadowRoot, el: Element): number[] {
  const at: number[] = [];
  for (let e: Element | null = el; e && e.parentNode; e = e.parentElement) {
    at.unshift([...e.parentNode.children].indexOf(e));
    if (e.parentNode === root) break;
  }
  return at;
}
