/** The name of the widget's landmark, and of its trail's, when the title is not enough. */
import { plainText } from '../data/inline.js';
import type { Navigation } from '../data/navigator.js';
import { followers, type WindowFollower } from '../internal/window-events.js';

/** What naming the landmark needs of the element (one of the page's instances, internal/window-events.ts). */
export interface LandmarkHost extends Element, WindowFollower {
  /** @internal */
  readonly nav: Navigation;
}

/**
 * The landmark's own name, when its title is not enough: the host's `aria-label`, or the text of
 * the elements its `aria-labelledby` names; else, with several widgets of the same title on the
 * page, the title numbered in connection order (« … (2) »), so that landmarks stay distinct (axe
 * landmark-unique). `''`: the title names it. Read at each render: the host's attributes are not
 * observed (they are the page's, not the element's API); the element re-renders the others when
 * one connects or leaves.
 */
export function landmark(host: LandmarkHost): string {
  const own = ownLabel(host);
  if (own) return own;
  const title = (el: LandmarkHost) => plainText(el.nav.tree.title, { portalUrl: '', contactEmail: '' });
  const same = followers<LandmarkHost>().filter((el) => title(el) === title(host) && !ownLabel(el));
  return same.length > 1 ? `${title(host)} (${same.indexOf(host) + 1})` : '';
}

/** The name the host gives itself (`aria-label`, else `aria-labelledby`'s text), or `''`. */
function ownLabel(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const by = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id && root.getElementById?.(id)?.textContent) || '')
    .join(' ');
  return (el.getAttribute('aria-label') || by).replace(/\s+/g, ' ').trim();
}
