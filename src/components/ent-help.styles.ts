import { css } from 'lit';

/**
 * Sizes are in px and em, never rem: a host theme's `html { font-size: 62.5% }` must not
 * shrink the widget. Text is `max(16px, 1em)`: never under 16 px, larger when the page or the
 * reader's browser setting is larger (RGAA 10.4). Every inherited property but spacing is reset on `.base`
 * (inside the shadow root, so a host's `*` rules cannot win) for the same reason.
 * Public custom properties (`--ent-help-*`) are read once here into private ones (`--_*`),
 * each with the default theme as fallback; the dark theme (`theme` attribute, `prefers-color-scheme`)
 * changes only the fallbacks.
 */
export const styles = css`
  :host {
    --_accent: var(--ent-help-accent, #000091);
    --_on-accent: var(--ent-help-on-accent, #ffffff);
    --_text: var(--ent-help-text, #161616);
    --_muted: var(--ent-help-muted, #3a3a3a);
    --_background: var(--ent-help-background, #ffffff);
    --_surface: var(--ent-help-surface, #f6f6f6);
    --_hover: var(--ent-help-hover, #f0f0fe);
    --_info: var(--ent-help-info-surface, #e8edff);
    --_border: var(--ent-help-border, #929292);
    --_border-light: var(--ent-help-border-light, #dddddd);
    --_focus: var(--ent-help-focus-ring, #0a76f6);
    --_warning: var(--ent-help-warning, #b34000);
    --_radius: var(--ent-help-radius, 8px);

    color-scheme: light;
    /* The font stays on :host, the one text property a page may give the widget: a page rule
       (ent-help { font-family: inherit }) or a rule on * brings the site's font, as the README says.
       system-ui is the platform's font in every browser that runs the widget (Lit 3 needs ES2021). */
    font-family: var(--ent-help-font-family, system-ui, sans-serif);
    /* No container-type: size containment gives the element no intrinsic width, so a flex row,
       a float, an inline-block, a table cell or an absolute box would shrink it to 0 px. */
    display: block;
    box-sizing: border-box;
    /* Spacing is inherited on purpose: a reader's text-spacing tool (WCAG 1.4.12, RGAA 10.12)
       sets it on the page with !important and must reach the widget. */
    letter-spacing: normal;
    word-spacing: normal;
  }
  /* The text's own base is set inside the shadow root, on .base: a host page's
     rule on * (color, font-size, line-height, even !important; not font-family) matches the element itself, and
     would otherwise be inherited by every text in the widget. */
  .base {
    color: var(--_text);
    font-size: max(16px, 1em);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
  }
  /* The dark theme changes fallbacks only, so a host's --ent-help-* still wins. It is written twice
     (gzip makes the copy nearly free; test/theming.test.ts checks they agree): forced by
     theme="dark", and under prefers-color-scheme: dark unless theme="light", so "auto", no
     attribute and a refused value all follow the system. Screen only: paper stays black on white. */
  @media screen {
    :host([theme='dark']) {
      --_accent: var(--ent-help-accent, #8585f6);
      --_on-accent: var(--ent-help-on-accent, #000091);
      --_text: var(--ent-help-text, #eeeeee);
      --_muted: var(--ent-help-muted, #cecece);
      --_background: var(--ent-help-background, #161616);
      --_surface: var(--ent-help-surface, #242424);
      --_hover: var(--ent-help-hover, #21213f);
      --_info: var(--ent-help-info-surface, #1d2437);
      --_border: var(--ent-help-border, #888888);
      --_border-light: var(--ent-help-border-light, #3a3a3a);
      --_focus: var(--ent-help-focus-ring, #8ab4f8);
      --_warning: var(--ent-help-warning, #e4794a);
      color-scheme: dark;
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--ent-help-accent, #8585f6);
      --_on-accent: var(--ent-help-on-accent, #000091);
      --_text: var(--ent-help-text, #eeeeee);
      --_muted: var(--ent-help-muted, #cecece);
      --_background: var(--ent-help-background, #161616);
      --_surface: var(--ent-help-surface, #242424);
      --_hover: var(--ent-help-hover, #21213f);
      --_info: var(--ent-help-info-surface, #1d2437);
      --_border: var(--ent-help-border, #888888);
      --_border-light: var(--ent-help-border-light, #3a3a3a);
      --_focus: var(--ent-help-focus-ring, #8ab4f8);
      --_warning: var(--ent-help-warning, #e4794a);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }

  .base {
    background: var(--_background);
    border: 1px solid var(--_border-light);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    /* Percentages follow the widget's own width: 20px 16px when narrow, up to 32px 40px. */
    padding: clamp(20px, 4%, 32px) clamp(16px, 5%, 40px);
  }

  /* Language picker: each name in its own language, a 44px target each. */
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 2px;
    margin: -8px 0 12px;
  }
  .languages button {
    min-width: 44px;
    min-height: 44px;
    padding: 8px 6px;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-size: max(16px, 1em);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .languages button:hover {
    background: var(--_hover);
  }
  .languages button[aria-pressed='true'] {
    border-color: var(--_accent);
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
  }

  .title {
    margin: 0 0 16px;
    font-size: clamp(1.375em, 1em + 1.5vw, 1.75em);
    line-height: 1.3;
    font-weight: 700;
  }

  p {
    margin: 0 0 12px;
  }
  strong {
    font-weight: 700;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 3px;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  button {
    min-width: 44px;
    min-height: 44px;
    font: inherit;
    color: inherit;
    margin: 0;
    cursor: pointer;
    text-transform: none;
    letter-spacing: inherit;
  }

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
  .trail li:not(:last-child)::after {
    content: '›';
    color: var(--_muted);
    /* Drawn left to right in every engine, then flipped for RTL: no reliance on glyph mirroring. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  [dir='rtl'] .trail li:not(:last-child)::after {
    transform: scaleX(-1);
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
  .trail [aria-current] {
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
  .progress .done {
    background: var(--_accent);
  }
  .progress .current {
    background: var(--_accent);
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
    display: flex;
    align-items: center;
    gap: 12px;
    width: 100%;
    min-height: 56px;
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
    flex: 1;
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
  /* .base carries the locale's dir, whatever the host page's direction. */
  [dir='rtl'] .choice svg,
  [dir='rtl'] .back svg {
    transform: scaleX(-1);
  }

  /* Outcome content */
  .steps {
    margin: 0 0 16px;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    position: relative;
    counter-increment: step;
    min-height: 32px;
    margin: 0 0 12px;
    padding-inline-start: 44px;
  }
  .steps li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: -2px;
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
  .contacts li + li {
    margin-top: 8px;
  }
  .audience {
    display: block;
    color: var(--_muted);
    font-weight: 700;
  }
  .follow-ups {
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
    margin-top: 24px;
    padding-top: 16px;
    border-top: 1px solid var(--_border-light);
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
  .resolved {
    margin-top: 24px;
    padding-top: 16px;
    border-top: 1px solid var(--_border-light);
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
  .resolved button[part~='resolved-button'] {
    min-width: 88px;
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 500;
  }
  .resolved button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
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
  .copy-link,
  .copy,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 500;
    text-decoration: none;
  }
  .copy {
    margin: 4px 0 0;
    margin-inline-start: 36px;
    padding: 4px 12px;
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
  .message {
    margin-top: 24px;
    padding-top: 16px;
    border-top: 1px solid var(--_border-light);
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
    overflow-wrap: anywhere;
  }

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
    display: flex;
    align-items: center;
    gap: 12px;
    width: 100%;
    min-height: 56px;
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
  .trigger span {
    flex: 1;
    min-width: 0;
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

  .source {
    margin: 20px 0 0;
    color: var(--_muted);
  }
  .notice {
    margin: 0 0 16px;
    padding: 12px 16px;
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

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
      border: 2px solid #000000;
      background: none;
      color: #000000;
      line-height: 28px;
    }
  }
`;
