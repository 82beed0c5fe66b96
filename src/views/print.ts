/**
 * The stepper on paper: each question asked with the answer given, then the current node in
 * full (an outcome with its contacts and its « ET SI ? » cases), with no control. (The accordion
 * prints as itself, every case open; « Imprimer le message » prints the message alone.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { answersGiven } from '../data/answers.js';
import { current, getNode } from '../data/navigator.js';
import { content } from './content.js';
import { inline, level } from './inline.js';
import type { OutcomeHost } from './outcome.js';

export function printedPath(host: OutcomeHost): TemplateResult {
  const answers = answersGiven(host.nav);
  const node = current(host.nav);
  return html`
    ${
      answers.length
        ? html`<div class="trail" part="trail">
            <p class="trail-label">${msg('Vos réponses :', { id: 'ui.answers' })}</p>
            <ol class="printed-path">
              ${answers.map(
                ({ from, choice, to }) =>
                  html`<li>
                    ${inline(host, from.title)} <strong>${inline(host, choice?.label ?? to.title)}</strong>
                  </li>`,
              )}
            </ol>
          </div>`
        : nothing
    }
    <div class="card" part="step">
      <div class="step-title" part="step-title" id="step-title" role="heading" aria-level=${level(host, 1)}>
        ${inline(host, node.title)}
      </div>
      ${
        node.kind === 'question'
          ? html`${node.hint ? html`<p class="hint">${inline(host, node.hint)}</p>` : nothing}
              <ul>
                ${node.choices.map((c) => html`<li>${inline(host, c.label)}</li>`)}
              </ul>`
          : html`${content(host, node.content)}
            ${(node.followUps ?? []).map((c) => {
              const next = getNode(host.nav.tree, c.next);
              return next
                ? html`<div class="follow-ups">
                    <div class="follow-ups-title" role="heading" aria-level=${level(host, 2)}>
                      ${inline(host, next.title)}
                    </div>
                    ${next.kind === 'outcome' ? content(host, next.content) : nothing}
                  </div>`
                : nothing;
            })}`
      }
    </div>
  `;
}

/** « Imprimer le message »: the message alone on paper. */
export function printedMessage(host: OutcomeHost): TemplateResult {
  return html`<pre class="message-text">${host.message()?.body}</pre>`;
}
