/**
 * The element's locale: asks for the host's `lang` (the element's, else its nearest ancestor's,
 * across shadow roots) when connected and when the host changes it, re-renders when a locale is
 * ready, and keeps the built-in tree of each locale (its texts come from msg()). One locale per page: see
 * internal/localization.ts.
 */
import type { ReactiveControllerHost } from 'lit';
import { Controller } from './controller.js';
import type { LocaleStatusEventDetail } from '@lit/localize';
import { createDefaultTree } from '../data/default-tree.js';
import type { Tree } from '../data/types.js';
import { getLocale, requestLocale, resolveLocale, type Locale } from '../internal/localization.js';

// The default tree is built once per locale, on first use.
const treesByLocale = new Map<Locale, Tree>();

/** The built-in tree in the active locale, its texts in that language (`lang`). */
export function defaultTree(): Tree {
  const locale = getLocale();
  let tree = treesByLocale.get(locale);
  if (!tree) treesByLocale.set(locale, (tree = { ...createDefaultTree(), lang: locale }));
  return tree;
}

export class LocaleController extends Controller<ReactiveControllerHost & HTMLElement> {
  override hostConnected(): void {
    this.request(false);
  }

  /**
   * @internal The host changed `lang` on a connected element: it means it (over the person's choice).
   * The language is HTML's: the nearest `lang` from the element up, across shadow roots (an app's
   * component that holds the widget in its own: the component's, else the page's).
   */
  request(force = true): void {
    void requestLocale(resolveLocale(this.nearest()?.getAttribute('lang')), { force });
  }

  /** @internal The element whose `lang` is the widget's (see {@link request}), if any. */
  nearest(): Element | null {
    let el: Element | undefined = this.el;
    let found: Element | null = null;
    while (el && !(found = el.closest('[lang]'))) el = (el.getRootNode() as ShadowRoot).host;
    return found;
  }

  /** @internal What updateWhenLocaleChanges() does, heard once per page (internal/window-events.ts). */
  onStatus(event: Event): void {
    if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status === 'ready') this.el.requestUpdate();
  }
}
