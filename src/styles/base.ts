import { css } from 'lit';

/** The frame, the text, links, focus, buttons, the language picker, notices: what every view shows. */
export const base = css`
  /* The text's own base is set inside the shadow root, on .base: a host page's rule on * or on an
     article (color, size, line height, justified or uppercase text, word-break: break-all, hyphens: auto,
     -webkit-text-fill-color: transparent, even !important) matches the element itself or its
     ancestors, and would otherwise be inherited by every text in the widget. Every property is reset
     (all: initial) but those the page must still give: the font (tokens.ts), the spacing a reader's
     text-spacing tool sets (WCAG 1.4.12), the theme's color-scheme, a hidden ancestor's visibility;
     custom properties and the direction are not touched by all. */
  .base {
    all: initial;
    display: block;
    font-family: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    color-scheme: inherit;
    visibility: inherit;
    color: var(--_text);
    font-size: max(16px, 1em);
    line-height: 1.5;
    /* Not break-word: only anywhere lets a long word break in a flex item or a button's min-content
       (« l’adresse » beside a step's checkbox with 32 px text on a 320 px phone). Links and the message inherit it. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    /* Not inherited from :host: a page rule such as « * { box-sizing: content-box !important } » matches the host. */
    box-sizing: border-box;
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
    /* For the narrow layout below; its text then adds nothing to a shrink-to-fit host's width (the title sets it). */
    container-type: inline-size;
  }
  .languages button {
    /* Never shrunk below its name (min-width would let it): a name too long for the row takes a row of its own, whole. */
    flex: none;
    white-space: nowrap;
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
  /* Narrower than the four names at 6 px: 2 px each side, so that they take one row in a 360 px phone's 328 px and
     two, not three, at 200 % zoom (195 px). Still 44 px tall and wide, the pressed one's border around it. */
  @container (width < 21em) {
    .languages button {
      padding-inline: 2px;
    }
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
  /* A part of an address, up to « @ » or a dot (views/inline.ts): a line breaks between parts, inside one
     only if it is wider than the line. A block does not get its link's underline: it takes it. */
  .ad {
    display: inline-block;
    text-decoration: inherit;
  }
  .nw {
    white-space: nowrap;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 3px;
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
    /* The UA's normal spacing on buttons would keep a reader's text spacing out; the rest comes from .base. */
    letter-spacing: inherit;
  }
  /* An answer (stepper.ts) and an accordion's case (accordion.ts): a text beside an icon, a row of its own when narrow. */
  .choice,
  .trigger {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px;
    width: 100%;
    min-height: 56px;
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
`;
