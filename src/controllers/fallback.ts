/**
 * Until the first render (a frame after the upgrade, see internal/slices.ts), the shadow root shows
 * the element's own children through a slot: the snippet's fallback procedure stays on screen, so
 * the page's first paint holds it even when the script ran before that paint. The first render
 * removes the slot in the same task (`hostUpdated` follows it): no frame shows both, none shows
 * neither. A declarative shadow root that the page already holds (the widget's first screen, drawn
 * before the script) stays instead, until the first render replaces it in the same way.
 */
import type { ReactiveElement } from 'lit';
import { Controller } from './controller.js';

export class FallbackSlot extends Controller<ReactiveElement> {
  private held: ChildNode[] | undefined;

  /** Connected before its first render: the render root, just made, shows the children (or what the page put in it). */
  override hostConnected(): void {
    const root = this.el.renderRoot;
    if (!this.el.hasUpdated)
      this.held ??= root.firstChild ? [...root.childNodes] : [root.appendChild(document.createElement('slot'))];
  }

  hostUpdated(): void {
    for (const node of this.held?.splice(0) ?? []) node.remove();
  }
}
