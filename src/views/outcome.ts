/**
 * What an outcome offers under its content: the « ET SI ? » follow-ups, the ready-to-send message,
 * « Problème résolu ? » with the next thing to try, and the actions (copy the link, print).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Config } from '../data/config.js';
import { contactsOf, mailtoUrl, type Message } from '../data/message.js';
import { current, getNode, nextSteps, type Navigation } from '../data/navigator.js';
import { chooseText, notSolvedText, screenshotsText } from '../data/texts.js';
import type { OutcomeNode, TreeNode } from '../data/types.js';
import { choice, choices, copyStatus, note, type ContentHost } from './content.js';
import { iconCopy, iconLink, iconMail, iconPrint, iconRestart } from './icons.js';
import { blockDir, inline, inTreeLang, level } from './inline.js';

/** What an outcome needs of the element. */
export interface OutcomeHost extends ContentHost {
  /** @internal */
  readonly nav: Navigation;
  /** @internal */
  readonly config: Config;
  /** @internal The answer to « Problème résolu ? » at the outcome shown, if given. */
  readonly resolution: { readonly answer: boolean | undefined };
  /** @internal Whether this instance owns the URL's fragment (then it offers the link). */
  readonly linker: { readonly owns: boolean };
  /** @internal The ready-to-send message at the node shown, if any. */
  readonly messenger: { compose(): Message | undefined };
  /** @internal */ onResolve(event: Event): void;
  /** @internal */ onRestart(): void;
  /** @internal */ onGoTo(event: Event): void;
  /** @internal */ onMessage(event: Event): void;
  /** @internal */ onPrint(): void;
}

/**
 * « Ça n'a pas marché ? » (or the outcome's own follow-ups title, the FAQ's « ET SI ?... ») under
 * the outcome shown: the ways on (`nextSteps`), the last one « Autres Cas »; none at the end of the
 * road. In the accordion (`goTo`), each opens its case where it lives; in the stepper it is an answer.
 */
function nextStepsBox(host: OutcomeHost, node: TreeNode, goTo = false): TemplateResult | typeof nothing {
  const here = current(host.nav);
  if (node.kind !== 'outcome' || node.id !== here.id) return nothing;
  const steps = nextSteps(host.nav);
  if (!steps.length) return nothing;
  const { otherwise } = host.nav.tree;
  const end = otherwise ? getNode(host.nav.tree, otherwise) : undefined;
  // The widget's own way on (an empty label, worded by `choices`) is described by the outcome it leads to.
  const list = steps.map((c) => (c.label || !end ? c : { ...c, hint: end.title }));
  return html`<div class="follow-ups" part="next-steps" role="group" aria-labelledby="next-steps-title">
    <div
      class="follow-ups-title"
      id="next-steps-title"
      role="heading"
      aria-level=${level(host, 2)}
      dir=${node.followUpsTitle ? blockDir(host) : nothing}
    >
      ${node.followUpsTitle ? inline(host, node.followUpsTitle) : notSolvedText()}
    </div>
    ${choices(host, list, node.id, goTo ? host.onGoTo : host.onChoose)}
  </div>`;
}

/**
 * What « Oui » or « Non » is answered with; empty before an answer. « Non » where there are ways on: « Choisissez
 * la phrase… » (they follow, each as its answer says), or with one way on nothing to choose, « Continuez
 * ci-dessous. »; at the end of the road « Essayez ensuite : », and for the status region the message it names.
 */
export function resolvedNote(host: OutcomeHost, announce = false): string {
  if (host.resolution.answer === undefined) return '';
  if (host.resolution.answer) return msg('Tant mieux ! Merci d’avoir suivi ces étapes.', { id: 'ui.resolved-yes' });
  const ways = nextSteps(host.nav).length;
  if (ways) return ways > 1 ? chooseText() : msg('Continuez ci-dessous.', { id: 'ui.resolved-one' });
  const note = msg('Essayez ensuite :', { id: 'ui.resolved-no' });
  return announce ? `${note} ${messageTitle()}` : note;
}

/** « Recommencer ». */
export function restartButton(host: OutcomeHost): TemplateResult {
  return html`<button type="button" class="restart" part="restart-button" @click=${host.onRestart}>
    ${iconRestart}${msg('Recommencer', { id: 'ui.restart' })}
  </button>`;
}

/**
 * The ways on (`nextStepsBox`) and « Problème résolu ? » under an outcome. Yes: a thank-you and
 * « Recommencer ». No: « Choisissez la phrase… » and the ways on moved under it, every one with its
 * label and hint (not a copy: the same box, no longer above); at the end of the road (« Autres
 * Cas »), « Essayez ensuite : » and the message, opened.
 */
export function resolved(host: OutcomeHost, node: TreeNode, goTo = false): TemplateResult | typeof nothing {
  if (node.kind !== 'outcome') return nothing;
  const given = host.resolution.answer;
  const box = nextStepsBox(host, node, goTo);
  const answer = (yes: boolean, label: string) =>
    html`<button
      type="button"
      part="resolved-button"
      aria-pressed=${String(given === yes)}
      data-node=${node.id}
      data-resolved=${yes ? 'yes' : 'no'}
      @click=${host.onResolve}
    >
      ${label}
    </button>`;
  return html`${given === false ? nothing : box}
    <div class="resolved" part="resolved" role="group" aria-labelledby="resolved-question">
      <p class="resolved-question" id="resolved-question">${msg('Problème résolu ?', { id: 'ui.resolved' })}</p>
      <div class="resolved-buttons">
        ${answer(true, msg('Oui', { id: 'ui.yes' }))} ${answer(false, msg('Non', { id: 'ui.no' }))}
      </div>
      ${given === undefined ? nothing : html`<p class="resolved-answer">${resolvedNote(host)}</p>`}
      ${
        given
          ? restartButton(host)
          : given === undefined
            ? nothing
            : box === nothing
              ? choice(host, messageTitle(), showMessage)
              : box
      }
    </div>`;
}

/** « Message prêt à envoyer ». */
const messageTitle = (): string => msg('Message prêt à envoyer', { id: 'ui.message-title' });

/**
 * The ready-to-send message at an outcome that says to write to someone: « Écrire le message »
 * (a `mailto:` link, where the source names an address), « Copier le message », « Imprimer le
 * message » (where the contact, the professeur principal, has no address), and the text itself.
 */
export function message(host: OutcomeHost, node: TreeNode): TemplateResult | typeof nothing {
  const contacts = contactsOf(node);
  const text = contacts && !host.printer.paper ? host.messenger.compose() : undefined;
  if (!text) return nothing;
  const mailto = mailtoUrl(text);
  const shots = screenshotsText();
  return html`<div class="message" part="message" role="group" aria-labelledby="message-title">
    <p class="message-title" id="message-title" tabindex="-1">${messageTitle()}</p>
    <p class="hint">
      ${msg('Il reprend vos réponses ; complétez les lignes vides avant de l’envoyer ou de le remettre.', {
        id: 'ui.message-hint',
      })}
      ${
        text.french
          ? msg('Il est d’abord en français, pour l’établissement, puis dans votre langue.', {
              id: 'ui.message-french',
            })
          : nothing
      }
    </p>
    ${
      // The FAQ's advice is for the person who sends, not in the text the lycée reads; once where the outcome says it.
      // In the locale's words, never marked as a school tree's text.
      (node as OutcomeNode).content.some((b) => (b as { text?: string }).text === shots) ? nothing : note(shots)
    }
    <div class="message-buttons">
      ${
        mailto
          ? html`<a
              class="button primary"
              part="message-mail-button"
              href=${mailto}
              data-action="open"
              @click=${host.onMessage}
              >${iconMail}${msg('Écrire le message', { id: 'ui.message-mail' })}</a
            >`
          : nothing
      }
      <button type="button" class="button" part="message-copy-button" data-action="copy" @click=${host.onMessage}>
        ${iconCopy}${msg('Copier le message', { id: 'ui.message-copy' })}
      </button>
      ${
        contacts?.other || !mailto
          ? html`<button
              type="button"
              class="button"
              part="message-print-button"
              data-action="print"
              @click=${host.onMessage}
            >
              ${iconPrint}${msg('Imprimer le message', { id: 'ui.message-print' })}
            </button>`
          : nothing
      }
      ${copyStatus(host, 'message')}
    </div>
    <details>
      <summary>${msg('Lire le message', { id: 'ui.message-read' })}</summary>
      <pre class="message-text" part="message-text">${messageText(host, text)}</pre>
    </details>
  </div>`;
}

/**
 * The message's text. Its French start, where it has one, is marked French and left to right (it
 * stays so on an Arabic page); in French, that mark is empty. The tree's texts that the message
 * isolates (data/message.ts) are marked with the tree's language.
 */
export function messageText(host: OutcomeHost, { body, french = '' }: Message): TemplateResult {
  const runs = (text: string) =>
    text.split(/([\u2066\u2067][^\u2069]*\u2069)/).map((run, i) => (i % 2 ? inTreeLang(host, run) : run));
  return html`<span class="french" lang="fr" dir="ltr">${runs(french)}</span>${runs(body.slice(french.length))}`;
}

/** Under the node shown: « Copier le lien vers cette étape » and, at an outcome, « Imprimer cette procédure ». */
export function actions(host: OutcomeHost, node: TreeNode): TemplateResult {
  return html`${copyLink(host)}
  ${
    node.kind === 'outcome'
      ? html`<button type="button" class="copy-link" part="print-button" @click=${host.onPrint}>
          ${iconPrint}${msg('Imprimer cette procédure', { id: 'ui.print' })}
        </button>`
      : nothing
  }`;
}

/**
 * The "copy the link to this step" button, where this instance owns the URL's fragment, on an
 * http(s) page (a srcdoc or about:blank frame has no link to give) whose fragment is not a
 * host's route (`#/page`, `#!/page`: the link would drop it).
 */
function copyLink(host: OutcomeHost): TemplateResult | typeof nothing {
  const { protocol, hash } = window.location;
  if (host.printer.paper || !host.linker.owns || !/^https?:$/.test(protocol) || /^#[!/]/.test(hash)) return nothing;
  const { fallback } = host.copier.feedback;
  return html`<button type="button" class="copy-link" part="copy-link-button" data-copy="link" @click=${host.onCopy}>
      ${iconLink}${msg('Copier le lien vers cette étape', { id: 'ui.copy-link' })}
    </button>
    ${copyStatus(host, 'link')}
    ${
      fallback
        ? html`<input
            class="copy-fallback"
            part="copy-link-fallback"
            readonly
            dir="ltr"
            aria-label=${msg('Lien vers cette étape', { id: 'ui.link-label' })}
            .value=${fallback}
            @focus=${selectAll}
          />`
        : nothing
    }`;
}

/**
 * « Non »'s button at the end of the road (no way on left): the message, opened, focus on its
 * title. It moves focus only (and unfolds the message's text), and changes no state.
 */
function showMessage(event: Event): void {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  const target = root.getElementById('message-title');
  root.querySelector('[part="message"] details')?.setAttribute('open', '');
  target?.focus();
  target?.scrollIntoView({ block: 'nearest' });
}

/** Selects a read-only field's text when it gets focus (the link that could not be copied). */
function selectAll(event: Event): void {
  (event.currentTarget as HTMLInputElement).select();
}
