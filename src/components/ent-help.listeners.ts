/**
 * The listeners of `<ent-help>` (and what the views and controllers read of it besides its state), apart from the element's file (ent-help.component.ts) so that it
 * stays its public API, properties, controllers, lifecycle and `navigate()`. The element extends
 * this class: these are its own methods, bound by the views (`@click=${host.onChoose}`).
 *
 * Methods, not per-render closures: Lit calls a listener with the element as `this`, and an
 * unchanged listener is not removed and added again on each render. What a listener needs is
 * read from the data-* attributes of the element it is bound to.
 */
import { LitElement } from 'lit';
import { back, choose, goTo, restart, type Navigation } from '../data/navigator.js';
import type { Config } from '../data/config.js';
import type { Message } from '../data/message.js';
import type { NodeId } from '../data/types.js';
import type { ChecklistController } from '../controllers/checklist.js';
import type { CopyController } from '../controllers/copy.js';
import type { FocusTarget } from '../controllers/focus.js';
import type { PrintController } from '../controllers/print.js';
import { moveAmongCases, toggled } from '../views/accordion.js';
import { readyMessage } from '../views/outcome.js';
import { emit, type EntHelpMessageAction } from './events.js';
import { chooseLocale, type Locale } from './localization.js';

export abstract class EntHelpListeners extends LitElement {
  /** @internal The navigation state (data/navigator.ts): the tree and the path to the node shown. */
  declare nav: Navigation;
  /** @internal The answer to « Problème résolu ? » at the outcome shown, if given. */
  declare resolved: boolean | undefined;
  /** @internal */ abstract readonly config: Config;
  /** @internal */ abstract readonly checklist: ChecklistController;
  /** @internal */ abstract readonly copier: CopyController;
  /** @internal */ abstract readonly printer: PrintController;
  /** @internal The one way the node shown changes (the element's). */
  abstract navigate(
    next: Navigation,
    options?: { focus?: boolean | FocusTarget; person?: boolean; reveal?: boolean },
  ): void;

  /** @internal */ get currentId(): NodeId {
    return this.nav.path[this.nav.path.length - 1]!;
  }

  /** @internal Renders now: the browser lays the page out for print as soon as beforeprint returns. */
  flush(): void {
    this.performUpdate();
  }

  /** @internal The ready-to-send message at the node shown, if it is an outcome that says to write to someone. */
  message(): Message | undefined {
    return readyMessage(this.nav, this.config);
  }

  /** @internal */ messageEvent(action: EntHelpMessageAction): void {
    emit(this, 'ent-help-message', { node: this.currentId, action });
  }

  /** @internal */ onChoose(event: Event): void {
    this.navigate(choose(this.nav, (event.currentTarget as HTMLElement).dataset['next']!), {
      focus: true,
      person: true,
    });
  }

  /**
   * @internal A way on in the accordion (« Ça n'a pas marché ? »): its case opens under the outcome
   * shown (the path is what the person did), focus on its header.
   */
  onGoTo(event: Event): void {
    const next = (event.currentTarget as HTMLElement).dataset['next']!;
    this.navigate(choose(this.nav, next), { focus: { kind: 'trigger', node: next }, reveal: true, person: true });
  }

  /** @internal */ onLanguage(event: Event): void {
    void chooseLocale((event.currentTarget as HTMLElement).lang as Locale);
  }

  /** @internal */ onTrail(event: Event): void {
    this.navigate(goTo(this.nav, (event.currentTarget as HTMLElement).dataset['node']!), { focus: true, person: true });
  }

  /** @internal */ onBack(): void {
    this.navigate(back(this.nav), { focus: { kind: 'choice', next: this.currentId }, person: true });
  }

  /** @internal */ onRestart(): void {
    this.checklist.forget();
    this.navigate(restart(this.nav), { focus: true, person: true });
  }

  /** @internal A case's button: an open case closes (back to its parent), a closed one opens there. */
  onToggle(event: Event): void {
    const { parent, node } = (event.currentTarget as HTMLElement).dataset;
    this.navigate(toggled(this.nav, parent!, node!), {
      focus: { kind: 'trigger', node: node!, parent: parent! },
      person: true,
    });
  }

  /**
   * @internal Find in page is about to reveal a collapsed case: open it in the state too, so `node`,
   * `aria-expanded` and the next render agree with what the browser shows. The event bubbles
   * from a nested panel through its parents, and the browser then fires it at each parent:
   * only the panel it targets counts, and a case already on the path is left open.
   */
  onBeforeMatch(event: Event): void {
    if (event.target !== event.currentTarget) return;
    const id = (event.currentTarget as HTMLElement).id.replace(/^panel-/, '');
    if (!this.nav.path.includes(id)) this.navigate(goTo(this.nav, id), { person: true });
  }

  /** @internal « Oui » / « Non » under an outcome (`data-node`, `data-resolved="yes|no"`). */
  onResolve(event: Event): void {
    const { dataset } = event.currentTarget as HTMLElement;
    this.resolved = dataset['resolved'] === 'yes';
    this.copier.set({ status: '' });
    emit(this, 'ent-help-resolve', { node: dataset['node']!, resolved: this.resolved });
  }

  /** @internal */ onCopyLink(event: Event): void {
    void this.copier.copyLink(event.currentTarget as HTMLElement);
  }

  /** @internal */ onCopyAddress(event: Event): void {
    void this.copier.copyAddress(event.currentTarget as HTMLElement);
  }

  /** @internal */ onCopyMessage(event: Event): void {
    void this.copier.copyMessage(event.currentTarget as HTMLElement);
  }

  /** @internal */ onMailMessage(): void {
    this.messageEvent('open');
  }

  /** @internal */ onPrintMessage(): void {
    this.messageEvent('print');
    this.printer.print('message');
  }

  /** @internal */ onPrint(): void {
    this.printer.print();
  }

  /** @internal « Non »'s button at the end of the road: the message, opened, focus on its title. */
  onShowNext(): void {
    const root = this.renderRoot as ShadowRoot;
    const target = root.getElementById('message-title');
    root.querySelector('[part="message"] details')?.setAttribute('open', '');
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  /** @internal A step ticked or unticked: remembered like the path, announced « Étape 3 sur 5 faite ». */
  onTick(event: Event): void {
    this.copier.set({ target: '', status: this.checklist.toggle(event.currentTarget as HTMLInputElement) });
  }

  /** @internal WAI-ARIA APG accordion: Up/Down move between headers, Home/End go to the first/last. */
  onAccordionKey(event: KeyboardEvent): void {
    moveAmongCases(this.renderRoot as ShadowRoot, event);
  }
}
