import { css } from 'lit';

/** The stepper: the answers given, the progress bar, the step and its answer buttons. */
export const stepper = css`
  /* Progress and the answers given so far */
  .trail {
    margin: 0 0 16px;
  }
  .trail-label {
    margin: 0 0 4px;
    color: var(--_muted);
  }
  .trail ol {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .trail li {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  /* A chevron drawn with two borders, not a « › » glyph: on an Arabic page, WebKit (the bundle, at 3×)
     painted the glyph pointing right whether flipped by a transform or mirrored by the text's direction. */
  .trail li:not(:last-child)::after {
    content: '';
    flex: none;
    width: 0.35em;
    height: 0.35em;
    border: solid var(--_muted);
    border-width: 0 0.1em 0.1em 0;
    transform: rotate(-45deg);
  }
  [dir='rtl'] .trail li:not(:last-child)::after {
    transform: rotate(135deg);
  }
  .trail button {
    min-height: 44px;
    padding: 8px 14px;
    border: 1px solid var(--_border);
    /* A pill with the default 8px; square when a host squares the corners. */
    border-radius: calc(var(--_radius) * 2.75);
    background: var(--_background);
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .trail button:hover {
    background: var(--_hover);
  }
  /* Where the person is, on a line of its own under the answers in every language (a short Arabic
     answer left room for it beside the last one at 320 px). */
  .trail [aria-current] {
    flex-basis: 100%;
    font-weight: 700;
  }
  .trail .printed-path {
    display: block;
    padding-inline-start: 1.5em;
    list-style: decimal;
  }
  .trail .printed-path li {
    display: list-item;
    margin-bottom: 8px;
  }
  .printed-path strong {
    display: block;
  }
  .progress {
    display: flex;
    gap: 6px;
    margin: 0 0 20px;
  }
  /* One mark per step taken and one for the step shown: no total that could change under the person. */
  .progress span {
    flex: 0 0 24px;
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
  }
  .progress .done,
  .progress .current {
    background: var(--_accent);
  }
  .progress .current {
    flex-basis: 48px;
  }

  /* The current step */
  .step-title {
    margin: 0 0 8px;
    font-size: 1.25em;
    line-height: 1.35;
    font-weight: 700;
  }
  .hint {
    color: var(--_muted);
  }
  .choices {
    display: grid;
    /* Not the implicit auto column: its min-content (a long word) would push the buttons out of a narrow widget. */
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    margin: 16px 0 0;
    padding: 0;
    list-style: none;
  }
  .choice {
    padding: 14px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    text-align: start;
  }
  .choice:hover {
    background: var(--_hover);
    border-color: var(--_accent);
  }
  .choice-text {
    /* Large text in a narrow widget (32 px on a 320 px phone): with less than 8em beside the arrow, the text
       takes the button's width and the arrow a row under it, so long words fit whole (« identifiant »). */
    flex: 1 1 8em;
    min-width: 0;
  }
  .choice-label {
    display: block;
    color: var(--_accent);
    font-weight: 700;
    font-size: 1.0625em;
  }
  .choice-hint {
    display: block;
    margin-top: 2px;
    color: var(--_muted);
  }
  .choice svg {
    color: var(--_accent);
  }
  /* .base carries the locale's dir, whatever the host page's direction; an answer of a school's tree in
     another language, the tree's (views/content.ts). */
  [dir='rtl'] .choice svg,
  .choice[dir='rtl'] svg,
  [dir='rtl'] .back svg {
    transform: scaleX(-1);
  }
  .choice[dir='ltr'] svg {
    transform: none;
  }
`;
