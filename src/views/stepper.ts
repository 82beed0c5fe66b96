/** The stepper: one question or outcome at a time, the answers given above it, Back and Restart below. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { answersGiven } from '../data/answers.js';
import { current, progress } from '../data/navigator.js';
import { choices, content } from './content.js';
import { iconBack } from './icons.js';
import { inline, level, plain } from './inline.js';
import { actions, followUps, message, resolved, restartButton, type OutcomeHost } from './outcome.js';

/** What the stepper needs of the element. */
export interface StepperHost extends OutcomeHost {
  /**
   * @internal The widget landmark's own name when its title is not enough (several widgets, a host
   * label); `''` otherwise. The trail's navigation landmark takes it as a suffix, to stay distinct too.
   */
  readonly landmark: string;
  /** @internal */ onTrail(event: Event): void;
  /** @internal */ onBack(): void;
}

/** What the status region says: the step shown, in the active locale. */
export function announcement(host: StepperHost): string {
  const { step, total } = progress(host.nav);
  return msg(str`Étape ${step} sur ${total} : ${plain(host, current(host.nav).title)}`, { id: 'ui.announce' });
}

export function stepper(host: StepperHost): TemplateResult {
  const node = current(host.nav);
  const { step, total } = progress(host.nav);
  const answers = answersGiven(host.nav);
  const atStart = !answers.length;
  return html`
    <nav
      class="trail"
      part="trail"
      aria-label=${`${msg('Votre parcours', { id: 'ui.trail-label' })}${host.landmark ? ` – ${host.landmark}` : ''}`}
    >
      ${atStart ? nothing : html`<p class="trail-label">${msg('Vos réponses :', { id: 'ui.answers' })}</p>`}
      <ol>
        ${answers.map(({ from, choice }) => {
          const label = choice?.label ?? from.title;
          return html`<li>
            <button
              type="button"
              data-node=${from.id}
              @click=${host.onTrail}
              aria-label=${msg(str`Changer la réponse : ${plain(host, label)}`, { id: 'ui.change-answer' })}
            >
              ${inline(host, label)}
            </button>
          </li>`;
        })}
        <li aria-current="step">${msg(str`Étape ${step} sur ${total}`, { id: 'ui.progress' })}</li>
      </ol>
    </nav>
    <div class="progress" part="progress" aria-hidden="true">
      ${Array.from({ length: total }, (_, i) => html`<span class=${i < step ? 'done' : ''}></span>`)}
    </div>
    <div class="card" part="step">
      <div
        class="step-title"
        part="step-title"
        id="step-title"
        role="heading"
        aria-level=${level(host, 1)}
        tabindex="-1"
      >
        ${inline(host, node.title)}
      </div>
      ${
        node.kind === 'question'
          ? html`${node.hint ? html`<p class="hint">${inline(host, node.hint)}</p>` : nothing}
            ${choices(host, node.choices)}`
          : html`${content(host, node.content, node.id)}${followUps(host, node)}${message(host, node)}${resolved(host, node)}`
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
