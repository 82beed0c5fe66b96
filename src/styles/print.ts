import { css } from 'lit';

/** Reduced motion, forced colours, and paper: the media that change every view. */
export const print = css`
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  /* Windows High Contrast and other forced palettes: colours become system colours, so every
     boundary, state and focus ring is drawn with a border, an outline or a system colour. */
  @media (forced-colors: active) {
    .progress .done,
    .progress .current,
    .steps li::before {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
    /* :host raises specificity above .trigger and .restart, which draw no border otherwise. */
    :host button {
      border: 1px solid ButtonText;
    }
    .progress span {
      border: 1px solid CanvasText;
    }
    :focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 3px solid Highlight;
    }
    .trigger[aria-expanded='true'] {
      border-inline-start: 8px solid Highlight;
    }
    .trail [aria-current] {
      padding: 0 8px;
      border: 2px solid CanvasText;
      border-radius: 4px;
    }
    .note,
    .contacts,
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    svg {
      stroke: currentColor;
    }
  }

  /* Paper: the procedure being followed, expanded, in black on white, without controls. The
     component also re-renders on beforeprint (path taken, every section open); these rules make
     a print without that event (print emulation, an engine that does not fire it) still whole. */
  @media print {
    :host {
      --_accent: #000000;
      --_on-accent: #ffffff;
      --_text: #000000;
      --_muted: #000000;
      --_background: #ffffff;
      --_surface: #ffffff;
      --_hover: transparent;
      --_info: #ffffff;
      --_border-light: #000000;
      color: #000000;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .actions,
    .copy,
    .message,
    .check input,
    .languages,
    .progress,
    .choice svg,
    .trigger svg,
    .trail li:not(:last-child)::after {
      display: none !important;
    }
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
      padding: 8px 0;
    }
    .trigger,
    .trail button,
    .choice {
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      text-decoration: none;
    }
    .section,
    .contacts,
    .note,
    .steps li {
      break-inside: avoid;
    }
    .note {
      border: 1px solid #000000;
    }
    /* The printed message: room to write by hand on its blank lines. */
    .message-text {
      line-height: 2.2;
    }
    /* Printers drop backgrounds by default: the step numbers are drawn as outlined circles. */
    .steps li::before {
      top: -2px;
      border: 2px solid #000000;
      background: none;
      color: #000000;
      line-height: 28px;
    }
    /* On paper a step is text, not a 44 px checkbox row. */
    .steps li {
      margin-bottom: 12px;
    }
  }
`;
