/**
 * The window events the instances follow (printing, Back/Forward and links to a node, a new
 * locale ready), each heard by one listener per page rather than one per instance: the
 * connected instances get it in the order they were connected, as their own listeners would.
 */
import { LOCALE_STATUS_EVENT } from '@lit/localize';

/** An instance that hears the page's window events. */
export interface WindowFollower {
  /** @internal */
  onWindowEvent(event: Event): void;
  requestUpdate(): void;
}

/** Connected instances, in the order they were connected. */
const connected: WindowFollower[] = [];
let listening = false;

/** The connected instances, first connected first (the first without history="none" owns the fragment). */
export function followers<T extends WindowFollower>(): readonly T[] {
  return connected as T[];
}

/**
 * From now on `el` hears the window's events (after those connected before it). Each instance
 * re-renders when one comes or goes: what it shows depends on the others (the first without
 * history="none" owns the URL; widgets of one title number their landmarks).
 */
export function follow(el: WindowFollower): void {
  if (!listening) listen();
  connected.push(el);
  for (const each of connected) each.requestUpdate();
}

export function unfollow(el: WindowFollower): void {
  if (connected.includes(el)) connected.splice(connected.indexOf(el), 1);
  for (const each of connected) each.requestUpdate();
}

function listen(): void {
  listening = true;
  for (const type of ['beforeprint', 'afterprint', 'popstate', 'hashchange', LOCALE_STATUS_EVENT]) {
    window.addEventListener(type, (event) => {
      // As with listeners of their own: one disconnected meanwhile is skipped, one connected meanwhile
      // waits, and one that throws is reported without keeping the others from the event.
      for (const el of [...connected]) {
        if (!connected.includes(el)) continue;
        try {
          el.onWindowEvent(event);
        } catch (error) {
          setTimeout(() => {
            throw error;
          });
        }
      }
    });
  }
}
