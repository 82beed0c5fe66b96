/**
 * What survives a reload in the same tab (persist="session"): the path, as node ids, and the ticked
 * steps, in sessionStorage under `ent-help:<page path and query>[#<element id>|@<index>]` (and
 * `…:steps`). Storage that throws (sandboxed iframe, storage disabled, full) is ignored.
 */
import type { ReactiveControllerHost } from 'lit';
import { Controller } from './controller.js';
import { choose, start, type Navigation } from '../data/navigator.js';

/** The tab's sessionStorage once read (`undefined` where reading it throws); `null` before. */
let storage: Storage | undefined | null = null;

/** The tab's sessionStorage, read once per page: the same object (or the same refusal) every time after. */
function sessionStore(): Storage | undefined {
  if (storage === null) {
    try {
      storage = window.sessionStorage;
    } catch {
      storage = undefined;
    }
  }
  return storage;
}

/** What storage needs of the element. */
export interface StorageHost extends ReactiveControllerHost, HTMLElement {
  readonly persist: string;
  /** @internal */
  readonly nav: Navigation;
  /** @internal */
  navigate(next: Navigation): void;
}

export class StorageController extends Controller<StorageHost> {
  /**
   * The key of this instance: the page's path and query (SPIP's `spip.php?article12`), then the
   * element's id, else `@<n>` for the n-th `<ent-help>` of the page after the first.
   */
  private keyOf(suffix: string): string {
    const { pathname, search } = window.location;
    const { id } = this.el;
    const at = id ? 0 : Array.prototype.indexOf.call(document.getElementsByTagName('ent-help'), this.el);
    return `ent-help:${pathname}${search}${id ? `#${id}` : at > 0 ? `@${at}` : ''}${suffix && `:${suffix}`}`;
  }

  /** @internal Writes `value` as JSON under the key (plus `:suffix`), unless persist="none"; never throws. */
  store(suffix: '' | 'steps', value: readonly string[]): void {
    if (this.el.persist === 'none') return;
    try {
      sessionStore()?.setItem(this.keyOf(suffix), JSON.stringify(value));
    } catch {
      // Full or refused storage: progress is simply not remembered.
    }
  }

  /**
   * @internal What is stored under the key (plus `:suffix`), parsed; `undefined` with
   * persist="none", when nothing is, or when it cannot be read. Never throws.
   */
  stored(suffix: '' | 'steps'): unknown {
    const store = sessionStore();
    if (this.el.persist === 'none' || !store) return undefined;
    try {
      // An empty storage (a first visit) needs no key: finding this element's index is not free.
      return store.length ? (JSON.parse(store.getItem(this.keyOf(suffix)) ?? 'null') ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  }

  /** @internal persist="none": what was stored goes. */
  forget(): void {
    for (const suffix of ['', 'steps'] as const) sessionStore()?.removeItem(this.keyOf(suffix));
  }

  /** @internal Shows the stored path, if every step of it is still a choice of the element's tree. */
  restorePath(): void {
    const stored = this.stored('');
    const { tree } = this.el.nav;
    if (!Array.isArray(stored) || stored[0] !== tree.start) return;
    let nav = start(tree);
    for (const id of stored.slice(1)) {
      const next = typeof id === 'string' ? choose(nav, id) : nav;
      if (next === nav) return;
      nav = next;
    }
    this.el.navigate(nav);
  }

  /** @internal The ticked steps stored (keys as the checklist writes them), if any. */
  storedTicks(): Set<string> | undefined {
    const stored = this.stored('steps');
    return Array.isArray(stored) ? new Set(stored.filter((k) => typeof k === 'string')) : undefined;
  }
}
