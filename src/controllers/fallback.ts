/**
 * Until the first render (a frame after the upgrade, see internal/slices.ts), the shadow root shows
 * the element's own children through a slot: the snippet's fallback procedure stays on screen, so
 * the page's first paint holds it even when the script ran before that paint. The first render
 * removes the slot in the same task (`hostUpdated` follows it): no frame shows both, none shows
 * neither. The slot is in the widget's card, so the snippet's fallback, drawn as the first screen
 * (scripts/static-procedure.mjs, FALLBACK_STYLE), keeps its place and size. A declarative shadow root that the page already holds (the widget's first screen, drawn
 * before the script) stays instead, until the first render replaces it in the same way.
 */
import type { ReactiveElement } from 'lit';
import { Controller } from './controller.js';

/** The slot in the widget's own card (.base, styles/base.ts), as the snippet's styles draw it before the upgrade: no move at either step. */
function card(): HTMLElement {
  const base = document.createElement('div');
  base.className = 'base';
  base.append(document.createElement('slot'));
  return base;
}

export class FallbackSlot extends Controller<ReactiveElement> {
  private held: ChildNode[] | undefined;

  /** Connected before its first render: the render root, just made, shows the children (or what the page put in it). */
  override hostConnected(): void {
    const root = this.el.renderRoot;
    if (!this.el.hasUpdated) this.held ??= root.firstChild ? [...root.childNodes] : [root.appendChild(card())];
  }

  hostUpdated(): void {
    for (const node of this.held?.splice(0) ?? []) node.remove();
  }
}
