import { css } from 'lit';

/** An outcome's content (steps, notes, contacts), « ET SI ? », Back and Restart, « Problème résolu ? », copy buttons, the message. */
export const outcome = css`
  /* Outcome content */
  .steps {
    /* 16 px under the last step: the list is a container (below), so the last step's 2 px no longer
       collapse with the list's margin; they add to it. */
    margin: 0 0 14px;
    padding: 0;
    list-style: none;
    counter-reset: step;
    /* For the narrow layout below. Inline size only; the list's text then adds nothing to a shrink-to-fit
       host's width (the widget's other text sets it). */
    container-type: inline-size;
  }
  .steps li {
    position: relative;
    counter-increment: step;
    min-height: 32px;
    margin: 0 0 2px;
    padding-inline-start: 44px;
  }
  .steps li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: 8px;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    line-height: 32px;
    text-align: center;
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0 0 16px;
    padding: 12px 16px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_info);
  }
  .note svg {
    margin-top: 2px;
    color: var(--_accent);
  }
  /* As an answer's text (stepper.ts): with less than 8em beside the icon, the text takes a row under it. */
  .note span {
    flex: 1 1 8em;
  }
  .contacts {
    margin: 0 0 16px;
    padding: 16px;
    border: 1px solid var(--_border-light);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .contacts-title {
    margin: 0 0 8px;
    font-weight: 700;
  }
  .contacts ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Not Firefox's match-parent: a contact in its own direction (a school's French tree on an Arabic page) starts at its own side. */
  .contacts li {
    text-align: start;
  }
  .contacts li + li {
    margin-top: 8px;
  }
  .audience {
    display: block;
    color: var(--_muted);
    font-weight: 700;
  }
  /* Each part under an outcome's content starts on a rule of its own. */
  .follow-ups,
  .actions,
  .resolved,
  .message {
    margin-top: 24px;
    padding-top: 16px;
    border-top: 1px solid var(--_border-light);
  }
  .follow-ups-title {
    margin: 0;
    font-weight: 700;
  }
  .follow-ups .choices {
    margin-top: 8px;
  }

  /* Back and restart */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .actions button,
  .resolved .restart {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    padding: 8px 16px;
    border-radius: var(--_radius);
    font-weight: 500;
  }
  .back {
    border: 1px solid var(--_accent);
    background: var(--_background);
    color: var(--_accent);
  }
  .back:hover {
    background: var(--_hover);
  }
  .restart {
    border: 1px solid transparent;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .restart:hover {
    background: var(--_hover);
  }
  .resolved-question {
    font-weight: 700;
  }
  .resolved-answer {
    margin-top: 12px;
  }
  .resolved-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .copy-status {
    align-self: center;
    color: var(--_muted);
  }
  .copy-fallback {
    flex: 1 1 100%;
    min-height: 44px;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  /* Checklist, copy buttons, the ready-to-send message */
  .check {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    /* The whole row ticks the step: 44 px tall at least, even for « Validez. ». */
    min-height: 44px;
    padding-block: 10px;
    box-sizing: border-box;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 2px 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  /* « Oui » / « Non » share the outlined look of the copy buttons, not their layout. */
  .resolved button[part~='resolved-button'],
  .copy-link,
  .copy,
  .button {
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 500;
  }
  .resolved button[part~='resolved-button'] {
    min-width: 88px;
  }
  .resolved button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .copy-link,
  .copy,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    text-decoration: none;
  }
  .copy {
    margin: 4px 0 0;
    margin-inline-start: 36px;
    padding: 4px 12px;
  }
  /* Large text in a narrow widget (32 px text on a 320 or 390 px phone): the step's number and checkbox
     take a row of their own and its text the list's whole width, so its words fit whole. At 16 px the list
     is this narrow only in a widget under 240 px. */
  @container (width < 13em) {
    .check {
      flex-wrap: wrap;
      margin-inline-start: -44px;
    }
    .check input {
      margin-inline-start: 44px;
    }
    .check span {
      width: 100%;
    }
    .copy {
      margin-inline-start: -44px;
    }
  }
  .contacts .copy {
    display: flex;
    margin: 8px 0 0;
  }
  .copy-link:hover,
  .copy:hover,
  .button:hover {
    background: var(--_hover);
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:hover {
    text-decoration: underline;
  }
  .message-title {
    font-weight: 700;
  }
  .message-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0 0 12px;
  }
  summary {
    min-height: 44px;
    line-height: 44px;
    color: var(--_accent);
    cursor: pointer;
  }
  .message-text {
    margin: 8px 0 0;
    padding: 12px;
    background: var(--_surface);
    font: inherit;
    white-space: pre-wrap;
  }
  /* The message's French start, for the lycée: its own block, left to right on an Arabic page. */
  .french {
    display: block;
  }
`;
