/**
 * What an outcome offers under its content: the « ET SI ? » follow-ups, the ready-to-send message,
 * « Problème résolu ? » with the next thing to try, and the actions (copy the link, print).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Config } from '../data/config.js';
import { buildMessage, contactsOf, describeBrowser, mailtoUrl, type Message } from '../data/message.js';
import { current, getNode, nextSteps, type Navigation } from '../data/navigator.js';
import type { TreeNode } from '../data/types.js';
import { choice, choices, copyStatus, type ContentHost } from './content.js';
import { iconCopy, iconLink, iconMail, iconNext as iconNextArrow, iconPrint, iconRestart } from './icons.js';
import { inline, level, plain } from './inline.js';
import { getLocale } from '../components/localization.js';

/** The browser and device, as the ready-to-send message says them: the same for every widget of the page, so found once. */
let device: string | undefined;

/** The ready-to-send message at the node shown (data/message.ts), if it is an outcome that says to write to someone. */
export function readyMessage(nav: Navigation, config: Config): Message | undefined {
  device ??= describeBrowser(
    navigator.userAgent,
    (navigator as { userAgentData?: Parameters<typeof describeBrowser>[1] }).userAgentData,
  );
  return buildMessage(nav, { config, date: new Date(), locale: getLocale(), device });
}

/** What an outcome needs of the element. */
export interface OutcomeHost extends ContentHost {
  /** @internal */
  readonly nav: Navigation;
  /** @internal */
  readonly config: Config;
  /** @internal The answer to « Problème résolu ? » at the outcome shown, if given. */
  readonly resolved: boolean | undefined;
  /** @internal Whether this instance owns the URL's fragment (then it offers the link). */
  readonly linker: { readonly owns: boolean };
  /** @internal The ready-to-send message at the node shown, if any. */
  message(): Message | undefined;
  /** @internal */ onResolve(event: Event): void;
  /** @internal */ onRestart(): void;
  /** @internal */ onShowNext(): void;
  /** @internal */ onGoTo(event: Event): void;
  /** @internal */ onMailMessage(): void;
  /** @internal */ onCopyMessage(event: Event): void;
  /** @internal */ onPrintMessage(): void;
  /** @internal */ onPrint(): void;
  /** @internal */ onCopyLink(event: Event): void;
}

/** The label of the widget's own way to `otherwise` (a way the tree does not list). */
function stillStuck(): string {
  return msg('Ça ne marche toujours pas', { id: 'suite.autres-cas' });
}

/**
 * « Ça n'a pas marché ? » (or the outcome's own follow-ups title, the FAQ's « ET SI ?... ») under
 * the outcome shown: the ways on (`nextSteps`), the last one « Autres Cas »; none at the end of the
 * road. In the accordion (`goTo`), each opens its case where it lives; in the stepper it is an answer.
 */
export function nextStepsBox(host: OutcomeHost, node: TreeNode, goTo = false): TemplateResult | typeof nothing {
  const here = current(host.nav);
  if (node.kind !== 'outcome' || node.id !== here.id) return nothing;
  const steps = nextSteps(host.nav);
  if (!steps.length) return nothing;
  const { otherwise } = host.nav.tree;
  const end = otherwise ? getNode(host.nav.tree, otherwise) : undefined;
  const list = steps.map((c) =>
    c.label ? c : { label: stillStuck(), ...(end ? { hint: end.title } : {}), next: c.next },
  );
  return html`<div class="follow-ups" part="next-steps" role="group" aria-labelledby="next-steps-title">
    <div class="follow-ups-title" id="next-steps-title" role="heading" aria-level=${level(host, 2)}>
      ${inline(host, node.followUpsTitle ?? msg('Ça n’a pas marché ?', { id: 'suite.title' }))}
    </div>
    ${choices(host, list, undefined, goTo ? host.onGoTo : host.onChoose)}
  </div>`;
}

/** What « Oui » or « Non » is answered with; empty before an answer. For the status region, « Non » names the next thing to try. */
export function resolvedNote(host: OutcomeHost, announce = false): string {
  if (host.resolved === undefined) return '';
  if (host.resolved) return msg('Tant mieux ! Merci d’avoir suivi ces étapes.', { id: 'ui.resolved-yes' });
  const note = msg('Essayez ensuite :', { id: 'ui.resolved-no' });
  if (!announce) return note;
  const next = nextSteps(host.nav)[0];
  return `${note} ${plain(host, next ? next.label || stillStuck() : msg('Message prêt à envoyer', { id: 'ui.message-title' }))}`;
}

/** « Recommencer ». */
export function restartButton(host: OutcomeHost): TemplateResult {
  return html`<button type="button" class="restart" part="restart-button" @click=${host.onRestart}>
    ${iconRestart}${msg('Recommencer', { id: 'ui.restart' })}
  </button>`;
}

/**
 * « Problème résolu ? » under an outcome. Yes: a thank-you and « Recommencer ». No: « Essayez
 * ensuite : » and a button that goes on to the first way on (« Ça n'a pas marché ? »), as its
 * answer there does (in the accordion, `goTo`: its case opens under this one): never a box already
 * on screen offered again; at the end of the road (« Autres Cas »), the message, opened.
 */
export function resolved(host: OutcomeHost, node: TreeNode, goTo = false): TemplateResult | typeof nothing {
  if (node.kind !== 'outcome') return nothing;
  const ways = node.id === current(host.nav).id ? nextSteps(host.nav) : [];
  const answer = (yes: boolean, label: string) =>
    html`<button
      type="button"
      part="resolved-button"
      aria-pressed=${host.resolved === yes ? 'true' : 'false'}
      data-node=${node.id}
      data-resolved=${yes ? 'yes' : 'no'}
      @click=${host.onResolve}
    >
      ${label}
    </button>`;
  const note = resolvedNote(host);
  const way = ways[0];
  return html`<div class="resolved" part="resolved" role="group" aria-labelledby="resolved-question">
    <p class="resolved-question" id="resolved-question">${msg('Problème résolu ?', { id: 'ui.resolved' })}</p>
    <div class="resolved-buttons">
      ${answer(true, msg('Oui', { id: 'ui.yes' }))} ${answer(false, msg('Non', { id: 'ui.no' }))}
    </div>
    ${host.resolved === undefined ? nothing : html`<p class="resolved-answer">${note}</p>`}
    ${
      host.resolved
        ? restartButton(host)
        : host.resolved === undefined
          ? nothing
          : way
            ? // Named « Essayez ensuite : … », apart from the same way's button in the box above.
              choice(
                host,
                inline(host, way.label || stillStuck()),
                goTo ? host.onGoTo : host.onChoose,
                way.next,
                `${note} ${plain(host, way.label || stillStuck())}`,
              )
            : html`<button type="button" class="choice" part="choice" @click=${host.onShowNext}>
                <span class="choice-text"
                  ><span class="choice-label">${msg('Message prêt à envoyer', { id: 'ui.message-title' })}</span></span
                >
                ${iconNextArrow}
              </button>`
    }
  </div>`;
}

/**
 * The ready-to-send message at an outcome that says to write to someone: « Écrire le message »
 * (a `mailto:` link, where the source names an address), « Copier le message », « Imprimer le
 * message » (where the contact, the professeur principal, has no address), and the text itself.
 */
export function message(host: OutcomeHost, node: TreeNode): TemplateResult | typeof nothing {
  const contacts = contactsOf(node);
  const text = contacts && !host.printer.paper ? host.message() : undefined;
  if (!text) return nothing;
  const mailto = mailtoUrl(text);
  return html`<div class="message" part="message" role="group" aria-labelledby="message-title">
    <p class="message-title" id="message-title" tabindex="-1">
      ${msg('Message prêt à envoyer', { id: 'ui.message-title' })}
    </p>
    <p class="hint">
      ${msg('Il reprend vos réponses ; complétez les lignes vides avant de l’envoyer ou de le remettre.', {
        id: 'ui.message-hint',
      })}
    </p>
    <div class="message-buttons">
      ${
        mailto
          ? html`<a class="button primary" part="message-mail-button" href=${mailto} @click=${host.onMailMessage}
              >${iconMail}${msg('Écrire le message', { id: 'ui.message-mail' })}</a
            >`
          : nothing
      }
      <button type="button" class="button" part="message-copy-button" @click=${host.onCopyMessage}>
        ${iconCopy}${msg('Copier le message', { id: 'ui.message-copy' })}
      </button>
      ${
        contacts?.other
          ? html`<button type="button" class="button" part="message-print-button" @click=${host.onPrintMessage}>
              ${iconPrint}${msg('Imprimer le message', { id: 'ui.message-print' })}
            </button>`
          : nothing
      }
      ${copyStatus(host, 'message')}
    </div>
    <details>
      <summary>${msg('Lire le message', { id: 'ui.message-read' })}</summary>
      <pre class="message-text" part="message-text">${text.body}</pre>
    </details>
  </div>`;
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
  return html`<button type="button" class="copy-link" part="copy-link-button" @click=${host.onCopyLink}>
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

/** Selects a read-only field's text when it gets focus (the link that could not be copied). */
function selectAll(event: Event): void {
  (event.currentTarget as HTMLInputElement).select();
}
