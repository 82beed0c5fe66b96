import { css } from 'lit';

/** The accordion (WAI-ARIA APG): cases, their buttons and panels, nested. */
export const accordion = css`
  /* Accordion */
  .intro {
    color: var(--_muted);
  }
  .sections {
    border-top: 1px solid var(--_border-light);
  }
  .section {
    border-bottom: 1px solid var(--_border-light);
  }
  .section-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 400;
  }
  .trigger {
    padding: 12px 8px;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
  }
  .trigger:hover {
    background: var(--_hover);
  }
  .trigger[aria-expanded='true'] {
    background: var(--_hover);
  }
  /* As an answer's text (stepper.ts): with less than 8em beside the chevron, the text takes a row above it. */
  .trigger span {
    flex: 1 1 8em;
    min-width: 0;
  }
  .trigger .choice-hint {
    font-weight: 400;
  }
  .trigger svg {
    transition: transform 0.2s ease;
  }
  .trigger[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .panel {
    padding: 16px 8px 8px;
  }
  .case-title {
    font-weight: 700;
  }
  .panel[hidden] {
    padding: 0;
  }
  .panel .sections {
    margin-top: 8px;
    border: 1px solid var(--_border-light);
    border-radius: var(--_radius);
  }
  .panel .section:last-child {
    border-bottom: 0;
  }
  .panel .trigger {
    padding-inline: 12px;
  }
  .panel .panel {
    padding-inline: 12px;
  }
  /* From the fourth level on, no more indentation: a deep tree must not squeeze its text or widen the page. */
  .panel.flat {
    padding-inline: 0;
  }
  .panel.flat > .sections {
    border-inline: 0;
    border-radius: 0;
  }
`;
