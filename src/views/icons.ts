/** The widget's icons: decorative (`aria-hidden`), drawn with the text's colour. */
import { html } from 'lit';

export const iconNext = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m9 6 6 6-6 6" /></svg>`;
export const iconBack = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m15 6-6 6 6 6" /></svg>`;
export const iconRestart = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M4 12a8 8 0 1 0 2.5-5.8M4 4v4h4" />
</svg>`;
export const iconLink = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1" />
</svg>`;
export const iconCopy = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M9 9h11v11H9zM5 15H4V4h11v1" />
</svg>`;
export const iconMail = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 5h18v14H3zm0 0 9 8 9-8" /></svg>`;
export const iconPrint = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M6 9V3h12v6M6 18H3V9h18v9h-3M6 14h12v7H6z" />
</svg>`;
export const iconChevron = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg>`;
export const iconInfo = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <circle cx="12" cy="12" r="9" />
  <path d="M12 11v6M12 7.5v.5" />
</svg>`;
export const iconExternal = html`<svg viewBox="0 0 24 24" aria-hidden="true" class="inline-icon">
  <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
</svg>`;
