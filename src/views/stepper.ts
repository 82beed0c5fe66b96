/** The stepper: one question or outcome at a time, the answers given above it, Back and Restart below. */
import { html, nothing, render, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { answers, current, position, type Answer } from '../data/navigator.js';
import { stillStuckText } from '../data/texts.js';
import { choices, content } from './content.js';
import { iconBack } from './icons.js';
import { foreign } from '../data/inline.js';
import { getLocale } from '../internal/localization.js';
import { blockDir, inline, inTreeLang, level, plain, type InlineHost } from './inline.js';
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

/** Each widget's last announcement that holds a text in the tree's language (see `announcement`). */
const said = new WeakMap<StepperHost, HTMLElement>();

/**
 * What the status region says: where the person is, in the active locale, and the step shown. Where
 * the tree's language is not the locale's, the step's title is marked with the tree's `lang` (a
 * screen reader reads a French title with a French voice) and the whole is one element, made once
 * per text: the region changes in one DOM change, as a text does (Lit updating a template's parts in
 * place changes it twice, announced twice).
 */
export function announcement(host: StepperHost): Node | string {
  const title = plain(host, current(host.nav).title);
  const text = msg(str`${positionLabel(host)} : ${title}`, { id: 'ui.announce-position' });
  if (!foreign(host.nav.tree, getLocale())) return text;
  let node = said.get(host);
  if (node?.textContent !== text) {
    const at = text.lastIndexOf(title);
    node = document.createElement('span');
    render(html`${text.slice(0, at)}${inTreeLang(host, title)}${text.slice(at + title.length)}`, node);
    said.set(host, node);
  }
  return node;
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
