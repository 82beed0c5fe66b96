/** The stepper: one question or outcome at a time, the answers given above it, Back and Restart below. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { answers, current, position, type Answer } from '../data/navigator.js';
import { stillStuckText } from '../data/texts.js';
import { choices, content } from './content.js';
import { iconBack } from './icons.js';
import { blockDir, inline, level, plain, type InlineHost } from './inline.js';
import { landmark, type LandmarkHost } from './landmark.js';
import { actions, message, resolved, restartButton, type OutcomeHost } from './outcome.js';

/** What the stepper needs of the element. */
export interface StepperHost extends OutcomeHost, LandmarkHost {
  /** @internal */ onTrail(event: Event): void;
  /** @internal */ onBack(): void;
}

/**
 * Where the person is, with no total that could change under them: « Question 2 » at a question,
 * « Ce qu’il faut faire » at an outcome.
 */
export function positionLabel(host: OutcomeHost): string {
  const { question } = position(host.nav);
  return question === undefined
    ? msg('Ce qu’il faut faire', { id: 'ui.position-outcome' })
    : msg(str`Question ${question}`, { id: 'ui.position-question' });
}

/** An answer as the trail and the printed path show it: its label, or the widget's own way to `otherwise` (the locale's words). */
export function answerLabel(host: InlineHost, answer: Answer): TemplateResult | string {
  return answer.answer ? inline(host, answer.answer) : stillStuckText();
}

/** What the status region says: where the person is and the step shown, in the active locale. */
export function announcement(host: StepperHost): string {
  const where = positionLabel(host);
  const title = plain(host, current(host.nav).title);
  return msg(str`${where} : ${title}`, { id: 'ui.announce-position' });
}

export function stepper(host: StepperHost): TemplateResult {
  const node = current(host.nav);
  const given = answers(host.nav);
  const atStart = !given.length;
  // The trail's navigation landmark takes the widget's own name as a suffix, to stay distinct too.
  const named = landmark(host);
  const dir = blockDir(host);
  return html`
    <nav
      class="trail"
      part="trail"
      aria-label=${`${msg('Votre parcours', { id: 'ui.trail-label' })}${named ? ` – ${named}` : ''}`}
    >
      ${atStart ? nothing : html`<p class="trail-label">${msg('Vos réponses :', { id: 'ui.answers' })}</p>`}
      <ol>
        ${given.map((answer) => {
          // Named from its content: « Changer la réponse : » (hidden) then the answer, which keeps the tree's lang.
          return html`<li>
            <button type="button" data-node=${answer.from} @click=${host.onTrail}>
              <span class="visually-hidden">${msg('Changer la réponse :', { id: 'ui.change-answer' })} </span
              >${answerLabel(host, answer)}
            </button>
          </li>`;
        })}
        <li aria-current="step">${positionLabel(host)}</li>
      </ol>
    </nav>
    <div class="progress" part="progress" aria-hidden="true">
      ${given.map(() => html`<span class="done"></span>`)}<span class="current"></span>
    </div>
    <div class="card" part="step">
      <div
        class="step-title"
        part="step-title"
        id="step-title"
        role="heading"
        aria-level=${level(host, 1)}
        tabindex="-1"
        dir=${dir}
      >
        ${inline(host, node.title)}
      </div>
      ${
        node.kind === 'question'
          ? html`${node.hint ? html`<p class="hint" dir=${dir}>${inline(host, node.hint)}</p>` : nothing}
            ${choices(host, node.choices, node.id)}`
          : html`${content(host, node.content, node.id)}${message(host, node)}${resolved(host, node)}`
      }
    </div>
    ${
      atStart
        ? nothing
        : html`<div class="actions">
            <button type="button" class="back" part="back-button" @click=${host.onBack}>
              ${iconBack}${msg('Retour', { id: 'ui.back' })}
            </button>
            ${restartButton(host)} ${actions(host, node)}
          </div>`
    }
  `;
}
