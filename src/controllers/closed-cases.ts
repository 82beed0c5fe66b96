/**
 * The accordion's closed cases: the first render draws their buttons only (all the first paint
 * needs); their content follows in a task of its own, for find in page (a `hidden="until-found"`
 * panel is searched) and printing.
 */
import type { ReactiveElement } from 'lit';
import { Controller } from './controller.js';

export class ClosedCases extends Controller<ReactiveElement & { readonly config: { readonly mode: string } }> {
  /** @internal Whether closed cases hold their content. */
  filled = false;

  hostUpdated(): void {
    if (!this.filled && this.waiting)
      setTimeout(() => {
        this.filled = true;
        this.el.requestUpdate();
      });
  }

  /**
   * @internal The element's `updateComplete`: `complete` (Lit's), then, in the accordion, again
   * after the render that fills the closed cases.
   */
  async whenFilled(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.el.hasUpdated && this.waiting) {
      await new Promise((resolve) => setTimeout(resolve));
      done = await complete();
    }
    return done;
  }

  private get waiting(): boolean {
    return !this.filled && this.el.config.mode === 'accordion';
  }
}
