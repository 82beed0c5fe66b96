/**
 * The checklist: the steps of an outcome a person ticks, as `<node id>.<block>.<item>` keys,
 * remembered like the path (controllers/storage.ts, key `…:steps`) and forgotten on « Recommencer »
 * (Back keeps them).
 */
import type { ReactiveElement } from 'lit';
import { msg, str } from '@lit/localize';
import { Controller } from './controller.js';
import type { StorageController } from './storage.js';

export class ChecklistController extends Controller<ReactiveElement & { readonly keeper: StorageController }> {
  /** @internal */
  ticks: ReadonlySet<string> = new Set();

  /** The ticks stored for this page and element, at the first connection. */
  override hostConnected(): void {
    if (!this.el.hasUpdated) this.ticks = this.el.keeper.storedTicks() ?? this.ticks;
  }

  /** @internal A new round: no step is ticked any more. */
  forget(): void {
    this.ticks = new Set();
    this.el.keeper.store('steps', []);
    this.el.requestUpdate();
  }

  /**
   * @internal A step's checkbox changed (`data-key`, `data-of="3/5"`): stored.
   * @returns what to announce: « Étape 3 sur 5 faite », or nothing when unticked (the checkbox's own
   *   state is announced).
   */
  toggle(box: HTMLInputElement): string {
    const ticks = new Set(this.ticks);
    if (box.checked) ticks.add(box.dataset['key']!);
    else ticks.delete(box.dataset['key']!);
    this.ticks = ticks;
    this.el.keeper.store('steps', [...ticks]);
    this.el.requestUpdate();
    const [n, total] = box.dataset['of']!.split('/');
    return box.checked ? msg(str`Étape ${n} sur ${total} faite`, { id: 'ui.step-done' }) : '';
  }
}
