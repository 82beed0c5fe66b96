/**
 * Links to a node: the page's `#ent-help=<id>` fragment opens that node, and each navigation writes
 * it (pushState or replaceState, keeping the host's `history.state`). One instance per page owns
 * the fragment: the first connected one without history="none". A fragment that is not
 * `#ent-help=…` belongs to the host page and is left alone.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { Controller } from './controller.js';
import { getNode, goTo, restart, type Navigation } from '../data/navigator.js';
import type { NodeId } from '../data/types.js';
import { followers, type WindowFollower } from '../internal/window-events.js';

/** The fragment that links to a node: `#ent-help=<node-id>`. */
const FRAGMENT_PREFIX = '#ent-help=';

/** What the URL needs of the element. */
export interface UrlHost extends ReactiveControllerHost, WindowFollower {
  readonly history: string;
  /** @internal */
  readonly nav: Navigation;
  /** @internal */
  readonly treeSource: { readonly blocked: boolean };
  /** @internal */
  navigate(next: Navigation, options: { fromUrl: true; reveal: boolean }): void;
  /** @internal */
  readonly refusals: { warn(key: string, message: string): unknown };
}

export class UrlController extends Controller<UrlHost> {
  /** @internal Shown after a link to no node, until the next navigation: for whoever followed it, in plain words. */
  notice = '';
  /** Whether the URL's fragment was last seen or written as `#ent-help=<id>` by this instance. */
  private shown = false;

  /** @internal Whether this instance reads and writes the URL's fragment. */
  get owns(): boolean {
    const { history } = this.el;
    return history !== 'none' && followers<UrlHost>().find((el) => el.history !== 'none') === this.el;
  }

  /** @internal The page's URL with `#ent-help=<id>` as its fragment (the start node gives no fragment). */
  linkTo(id: NodeId): string {
    const { origin, pathname, search } = window.location;
    const base = `${origin === 'null' ? '' : origin}${pathname}${search}`;
    return id === this.el.nav.tree.start ? base : `${base}${FRAGMENT_PREFIX}${encodeURIComponent(id)}`;
  }

  /**
   * @internal Writes the node shown into the URL's fragment, unless the fragment is the host's.
   * @param replace with history="push", `true` for a change made by code (`node`, goTo()…): only a
   *   person's own step adds a history entry.
   */
  write(replace: boolean): void {
    if (!this.owns) return;
    const shown = fragmentNode();
    const hash = window.location.hash;
    if (shown === undefined && hash !== '' && hash !== '#') return;
    const { path } = this.el.nav;
    const id = path.at(-1)!;
    const atStart = path.length === 1;
    if (shown === id || (atStart && shown === undefined)) return;
    if (setUrl(this.linkTo(id), replace || this.el.history === 'replace')) this.shown = !atStart;
  }

  /**
   * @internal The URL changed (load, Back/Forward, a link to `#ent-help=<id>`): show the node it
   * names. Back from a fragment of ours to a URL with no fragment at all (the start, as the widget
   * writes it) goes back to the start; any other fragment (`#contenu`, `#`, `#/page`) is the
   * host's: the widget stays where it is.
   */
  read(): void {
    const host = this.el;
    if (!this.owns || host.treeSource.blocked) return;
    let id = fragmentNode();
    const toStart = id === undefined && this.shown && !window.location.href.includes('#');
    let notice = '';
    if (id !== undefined && !getNode(host.nav.tree, id)) {
      // A link to no node (unknown id, `#ent-help=`, bad percent-encoding): the start, a notice,
      // one warning, and the bad fragment taken out of the URL.
      host.refusals.warn(`#ent-help=${id}`, `names no node of this tree.`);
      notice = msg('Ce lien ne mène à aucune étape de cette aide.', { id: 'ui.bad-link' });
      id = host.nav.tree.start;
      setUrl(this.linkTo(id), true);
    }
    const next = id ? goTo(host.nav, id) : toStart ? restart(host.nav) : host.nav;
    if (id || toStart) this.shown = !notice && id !== undefined;
    // A link to a section of the accordion opens it and scrolls it into view. Without one, and
    // nothing to change, `node` (a pending attribute, say) is left to the next update.
    if (id || next !== host.nav) host.navigate(next, { fromUrl: true, reveal: !!id });
    // Not cleared by an event that names no node of ours: a fragment set by a link fires popstate then
    // hashchange, and the bad one is out of the URL by the second.
    if (id) this.notice = notice;
    // The copy button depends on the URL too.
    host.requestUpdate();
  }
}

/**
 * The node id in the page's `#ent-help=<id>` fragment (as written when its percent-encoding is
 * malformed, empty for `#ent-help=`), or `undefined` when the fragment is not one.
 */
function fragmentNode(): NodeId | undefined {
  const hash = window.location.hash;
  if (!hash.startsWith(FRAGMENT_PREFIX)) return undefined;
  const id = hash.slice(FRAGMENT_PREFIX.length);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Writes the page's URL with replaceState or pushState, keeping the host's `history.state`.
 * @returns false where the browser refuses (a sandboxed or opaque-origin page): the widget works without it.
 */
function setUrl(url: string, replace: boolean): boolean {
  try {
    window.history[replace ? 'replaceState' : 'pushState'](window.history.state, '', url);
    return true;
  } catch {
    return false;
  }
}
