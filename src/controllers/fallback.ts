/**
 * Until the first render (a frame after the upgrade, see internal/slices.ts), the shadow root shows
 * the element's own children through a slot: the snippet's fallback procedure stays on screen, so
 * the page's first paint holds it even when the script ran before that paint. The first render
 * removes the slot in the same task (`hostUpdated` follows it): no frame shows both, none shows
 * neither.
 */
import type { ReactiveElement } from 'lit';
import { Controller } from './controller.js';

export class FallbackSlot extends Controller<ReactiveElement> {
  private held: HTMLSlotElement | undefined;

  /** Connected before its first render: the render root, just made, shows the children. */
  override hostConnected(): void {
    if (!this.el.hasUpdated) this.held ??= this.el.renderRoot.appendChild(document.createElement('slot'));
  }

  hostUpdated(): void {
    this.held?.remove();
    this.held = undefined;
  }
}
