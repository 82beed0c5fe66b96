/** What the widget shows instead of a custom tree (controllers/tree-source.ts): a loading line, or what is wrong. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * @param problems the summary, then each problem (in English, for the staff); empty while loading.
 * @param email the school's address as a link, when the host gave a valid one.
 */
export function treeStatus(problems: readonly string[], email: TemplateResult | string | false): TemplateResult {
  if (!problems.length)
    return html`<p class="tree-status" role="status">${msg('Chargement…', { id: 'tree.loading' })}</p>`;
  return html`<div class="notice tree-error" part="notice" role="alert">
    <p><strong>${msg("Cette aide n'a pas pu être affichée.", { id: 'tree.error' })}</strong></p>
    <div lang="en" dir="ltr">
      <p>${problems[0]}</p>
      ${
        problems.length > 1
          ? html`<ul>
              ${problems.slice(1).map((p) => html`<li>${p}</li>`)}
            </ul>`
          : nothing
      }
    </div>
    ${email ? html`<p>${msg("En attendant, écrivez à l'établissement :", { id: 'tree.contact' })} ${email}</p>` : nothing}
  </div>`;
}
