/**
 * The ready-to-send message at the outcome shown (data/message.ts writes it), and what the person
 * does with it: opens it in the mail client, copies it, prints it. Each is told by `ent-help-message`
 * (the action, never the text).
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { Config } from '../data/config.js';
import { buildMessage, describeBrowser, type Message } from '../data/message.js';
import { withTree, type Navigation } from '../data/navigator.js';
import type { NodeId, Tree } from '../data/types.js';
import { emit, type EntHelpMessageAction } from '../internal/events.js';
import { getLocale, inSourceLocale } from '../internal/localization.js';
import { Controller } from './controller.js';
import type { CopyController } from './copy.js';
import { defaultTree } from './locale.js';
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
  /** @internal */
  readonly treeSource: { readonly tree: Tree | undefined };
}

export class MessageController extends Controller<MessageHost> {
  /**
   * @internal The message at the node shown, if it is an outcome that says to write to someone. In
   * a locale other than French, the French message first, for the lycée (the same path in the
   * French tree; a school's own tree is the same in every locale, only the message's own lines
   * change), then the person's.
   */
  compose(): Message | undefined {
    device ??= describeBrowser(
      navigator.userAgent,
      (navigator as { userAgentData?: Parameters<typeof describeBrowser>[1] }).userAgentData,
    );
    const write = () =>
      buildMessage(withTree(this.el.nav, this.el.treeSource.tree ?? defaultTree()), {
        config: this.el.config,
        date: new Date(),
        locale: getLocale(),
        device: device!,
      });
    const own = write();
    if (!own || getLocale() === 'fr') return own;
    // Between the two: a line of dashes, then this line in French and in the person's language.
    const line = () => msg('Le même message, dans ma langue :', { id: 'message.translation' });
    const [french, inFrench] = inSourceLocale(() => [write()!, line()] as const);
    const start = `${french.body}\n\n----------\n${inFrench}\n`;
    return { ...french, body: `${start}${line()}\n\n${own.body}`, french: start };
  }

  /**
   * @internal What the person does with the message, as its button says (`data-action`): `open` (« Écrire
   * le message », a `mailto:` link), `copy` (once copied) or `print` (the message alone on paper).
   */
  async act(button: HTMLElement): Promise<void> {
    const action = button.dataset['action'] as EntHelpMessageAction;
    if (action === 'copy' && !(await this.copy(button))) return;
    emit(this.el, 'ent-help-message', { node: this.el.currentId, action });
    if (action === 'print') this.el.printer.print('message');
  }

  /** « Copier le message »; when it cannot, the text is unfolded, to be selected. */
  private async copy(button: HTMLElement): Promise<boolean> {
    const message = this.compose();
    const done = msg('Message copié.', { id: 'ui.message-copied' });
    if (!message || (await this.el.copier.copy(button, 'message', message.body, done))) return !!message;
    const details = button.closest('[part="message"]')?.querySelector('details');
    if (details) details.open = true;
    return false;
  }
}
