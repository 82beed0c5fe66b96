/**
 * Copy feedback: what the last « Copier … » did, as one record (which button, what it says, the
 * link offered for manual copy when nothing could copy it). The element shows `status` next to the
 * button named `target` and announces it politely.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { NodeId, SchoolConfig } from '../data/types.js';
import { PLACEHOLDERS } from '../data/inline.js';
import { emit } from '../internal/events.js';
import { Controller } from './controller.js';

export interface CopyFeedback {
  /** The button the status answers (`link`, `portal`, `email`, `message`); empty for other statuses. */
  readonly target: string;
  /** What is shown and announced; empty for nothing. */
  readonly status: string;
  /** The link offered in a read-only field when no way of copying worked; empty otherwise. */
  readonly fallback: string;
}

const NONE: CopyFeedback = { target: '', status: '', fallback: '' };

/** What copying needs of the element. */
export interface CopyHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** @internal */
  readonly currentId: NodeId;
  /** @internal */
  readonly config: SchoolConfig;
  /** @internal */
  readonly linker: { linkTo(id: NodeId): string };
}

export class CopyController extends Controller<CopyHost> {
  /** @internal */
  feedback = NONE;

  /** @internal Changes part of the record (all of it back to nothing without `change`). */
  set(change?: Partial<CopyFeedback>): void {
    const next = change ? { ...this.feedback, ...change } : NONE;
    if (
      next.target === this.feedback.target &&
      next.status === this.feedback.status &&
      next.fallback === this.feedback.fallback
    )
      return;
    this.feedback = next;
    this.el.requestUpdate();
  }

  /**
   * @internal Copies text: the async clipboard, else a selected field and `execCommand('copy')`. Never
   * throws. Sets the status (`done`, or how to copy by hand) for the button `target`.
   * @returns whether it was copied.
   */
  async copy(button: HTMLElement, target: string, text: string, done: string): Promise<boolean> {
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = copyWithSelection(this.el.renderRoot, text);
      button.focus();
    }
    this.set({
      target,
      status: copied ? done : msg('Copie impossible : sélectionnez le texte et copiez-le.', { id: 'ui.copy-failed' }),
    });
    return copied;
  }

  /**
   * @internal A « Copier … » button, by its `data-copy`: the link to the node shown (`link`), the
   * portal's or the contact address (`portal`, `email`).
   */
  async press(button: HTMLElement): Promise<void> {
    const what = button.dataset['copy']!;
    if (what === 'link') return this.copyLink(button);
    const address = this.el.config[PLACEHOLDERS[what as 'portal' | 'email']];
    await this.copy(button, what, address, msg('Adresse copiée.', { id: 'ui.address-copied' }));
  }

  /** The link to the node shown; when no way of copying works, offered in a field to copy by hand. */
  private async copyLink(button: HTMLElement): Promise<void> {
    const node = this.el.currentId;
    const link = this.el.linker.linkTo(node);
    if (await this.copy(button, 'link', link, msg('Lien copié.', { id: 'ui.link-copied' }))) {
      this.set({ fallback: '' });
      emit(this.el, 'ent-help-link-copy', { node });
    } else {
      const status = msg('Copie impossible : copiez le lien dans le champ ci-dessous.', { id: 'ui.link-copy-failed' });
      this.set({ fallback: link, status });
    }
  }
}

/**
 * Copies text through a selected, off-screen textarea and `execCommand('copy')`, for pages
 * without the async clipboard (insecure origin, permission refused).
 * @returns whether the browser says it copied; never throws.
 */
function copyWithSelection(root: HTMLElement | DocumentFragment, text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  root.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
