/**
 * The stepper on paper: each question asked with the answer given, then the current node in
 * full (an outcome with its contacts and its « ET SI ? » cases), with no control. (The accordion
 * prints as itself, every case open; « Imprimer le message » prints the message alone.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { answers as answersOf, current, getNode } from '../data/navigator.js';
import { notSolvedText } from '../data/texts.js';
import { content } from './content.js';
import { inline, level } from './inline.js';
import { messageText, type OutcomeHost } from './outcome.js';
import { answerLabel } from './stepper.js';

export function printedPath(host: OutcomeHost): TemplateResult {
  const answers = answersOf(host.nav);
  const node = current(host.nav);
  return html`
    ${
      answers.length
        ? html`<div class="trail" part="trail">
            <p class="trail-label">${msg('Vos réponses :', { id: 'ui.answers' })}</p>
            <ol class="printed-path">
              ${answers.map(
                (answer) =>
                  html`<li>
                    ${answer.question ? inline(host, answer.question) : notSolvedText()}
                    <strong>${answerLabel(host, answer)}</strong>
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
            ${
              node.followUps?.length && node.followUpsTitle
                ? html`<div class="follow-ups-title" role="heading" aria-level=${level(host, 2)}>
                    ${inline(host, node.followUpsTitle)}
                  </div>`
                : nothing
            }
            ${(node.followUps ?? []).map((c) => {
              const next = getNode(host.nav.tree, c.next);
              return next
                ? html`<div class="follow-ups">
                    <div class="follow-ups-title" role="heading" aria-level=${level(host, 3)}>
                      ${inline(host, c.label)}
                    </div>
                    ${
                      next.kind === 'outcome'
                        ? content(host, next.content)
                        : html`<p>${inline(host, next.title)}</p>
                            ${next.hint ? html`<p>${inline(host, next.hint)}</p>` : nothing}`
                    }
                  </div>`
                : nothing;
            })}`
      }
    </div>
  `;
}

/** « Imprimer le message »: the message alone on paper. */
export function printedMessage(host: OutcomeHost): TemplateResult {
  const text = host.messenger.compose();
  return html`<pre class="message-text">${text && messageText(host, text)}</pre>`;
}
