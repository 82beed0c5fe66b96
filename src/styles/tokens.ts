import { css } from 'lit';

/**
 * Sizes are in px and em, never rem: a host theme's `html { font-size: 62.5% }` must not
 * shrink the widget. Text is `max(16px, 1em)`: never under 16 px, larger when the page or the
 * reader's browser setting is larger (RGAA 10.4). Every inherited property but the font, spacing,
 * color-scheme and visibility is reset on `.base` (`all: initial`, inside the shadow root, so a host's `*`
 * rules cannot win) for the same reason (base.ts).
 * Public custom properties (`--ent-help-*`) are read once here into private ones (`--_*`),
 * each with the default theme as fallback; the dark theme (`theme` attribute, `prefers-color-scheme`)
 * changes only the fallbacks.
 */

/** The dark theme's fallbacks, for both rules that choose it. */
const dark = css`
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
`;

export const tokens = css`
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
    /* A page set in vertical text (writing-mode: vertical-rl on body) would lay the host out top to bottom. */
    writing-mode: horizontal-tb;
    /* Spacing is inherited on purpose: a reader's text-spacing tool (WCAG 1.4.12, RGAA 10.12)
       sets it on the page with !important and must reach the widget. */
    letter-spacing: normal;
    word-spacing: normal;
  }
  /* The dark theme changes fallbacks only, so a host's --ent-help-* still wins. It applies forced
     by theme="dark", and under prefers-color-scheme: dark unless theme="light", so "auto", no
     attribute and a refused value all follow the system; in any letter case, as HTML's keywords. Screen only: paper stays black on white.
     The palette is written once (dark, above) and used by both rules. */
  @media screen {
    :host([theme='dark' i]) {
      ${dark}
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) {
      ${dark}
    }
  }
`;
