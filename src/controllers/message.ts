/**
 * The ready-to-send message at the outcome shown (data/message.ts writes it), and what the person
 * does with it: opens it in the mail client, copies it, prints it. Each is told by `ent-help-message`
 * (the action, never the text).
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { Config } from '../data/config.js';
import { buildMessage, describeBrowser, type Message } from '../data/message.js';
import type { Navigation } from '../data/navigator.js';
import type { NodeId } from '../data/types.js';
import { emit, type EntHelpMessageAction } from '../internal/events.js';
import { getLocale } from '../internal/localization.js';
import { Controller } from './controller.js';
import type { CopyController } from './copy.js';
import type { PrintController } from './print.js';

/** The browser and device, as the message says them: the same for every widget of the page, so found once. */
let device: string | undefined;

/** What the message needs of the element. */
export interface MessageHost extends ReactiveControllerHost, HTMLElement {
  /** @internal */
  readonly nav: Navigation;
  /** @internal */
  readonly config: Config;
  /** @internal */
  readonly currentId: NodeId;
  /** @internal */
  readonly copier: CopyController;
  /** @internal */
  readonly printer: PrintController;
}

export class MessageController extends Controller<MessageHost> {
  /** @internal The message at the node shown, if it is an outcome that says to write to someone. */
  compose(): Message | undefined {
    device ??= describeBrowser(
      navigator.userAgent,
      (navigator as { userAgentData?: Parameters<typeof describeBrowser>[1] }).userAgentData,
    );
    return buildMessage(this.el.nav, { config: this.el.config, date: new Date(), locale: getLocale(), device });
  }

  /** @internal « Écrire le message »: its `mailto:` link opens the mail client. */
  mail(): void {
    this.tell('open');
  }

  /** @internal « Copier le message »; when it cannot, the text is unfolded, to be selected. */
  async copy(button: HTMLElement): Promise<void> {
    const message = this.compose();
    if (!message) return;
    if (
      await this.el.copier.copy(button, 'message', message.body, msg('Message copié.', { id: 'ui.message-copied' }))
    ) {
      this.tell('copy');
    } else {
      const details = button.closest('[part="message"]')?.querySelector('details');
      if (details) details.open = true;
    }
  }

  /** @internal « Imprimer le message »: the message alone on paper. */
  printOut(): void {
    this.tell('print');
    this.el.printer.print('message');
  }

  private tell(action: EntHelpMessageAction): void {
    emit(this.el, 'ent-help-message', { node: this.el.currentId, action });
  }
}
