/** The widget's icons: decorative (`aria-hidden`), drawn with the text's colour. */
import { html } from 'lit';

/** One icon: a path on a 24 × 24 grid (one template for all of them). */
const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;

export const iconNext = icon('m9 6 6 6-6 6');
export const iconBack = icon('m15 6-6 6 6 6');
export const iconRestart = icon('M4 12a8 8 0 1 0 2.5-5.8M4 4v4h4');
export const iconLink = icon('M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1');
export const iconCopy = icon('M9 9h11v11H9zM5 15H4V4h11v1');
export const iconMail = icon('M3 5h18v14H3zm0 0 9 8 9-8');
export const iconPrint = icon('M6 9V3h12v6M6 18H3V9h18v9h-3M6 14h12v7H6z');
export const iconChevron = icon('m6 9 6 6 6-6');
// The circle (centre 12 12, radius 9) as two half arcs.
export const iconInfo = icon('M3 12a9 9 0 0 0 18 0 9 9 0 0 0-18 0M12 11v6M12 7.5v.5');
export const iconExternal = icon('M14 4h6v6M20 4l-9 9M18 14v6H4V6h6');
