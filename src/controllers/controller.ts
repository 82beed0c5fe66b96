/** What every controller of the element shares: Lit's ReactiveController, added to its host at construction. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export abstract class Controller<Host extends ReactiveControllerHost> implements ReactiveController {
  constructor(protected readonly el: Host) {
    el.addController(this);
  }

  hostConnected?(): void;
}
