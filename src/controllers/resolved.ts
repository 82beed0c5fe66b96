/**
 * « Problème résolu ? » under the outcome shown: the person's answer, told by `ent-help-resolve`,
 * until the next navigation.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../internal/events.js';
import { Controller } from './controller.js';
import type { CopyController } from './copy.js';

export class ResolvedController extends Controller<
  ReactiveControllerHost & HTMLElement & { readonly copier: CopyController }
> {
  /** @internal The answer at the outcome shown (`true` for « Oui »), if given. */
  answer: boolean | undefined;

  /** @internal « Oui » or « Non » (`data-node`, `data-resolved="yes|no"`). */
  answered(button: HTMLElement): void {
    this.answer = button.dataset['resolved'] === 'yes';
    this.el.copier.set({ status: '' });
    this.el.requestUpdate();
    emit(this.el, 'ent-help-resolve', { node: button.dataset['node']!, resolved: this.answer });
  }
}
