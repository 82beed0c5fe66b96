/**
 * What the widget shows instead of a custom tree (controllers/tree-source.ts): a loading line, or,
 * when the tree cannot be used, a box that leaves no one alone with an error: that the help could
 * not be shown, the school's own text (what it wrote inside the element), who to ask (the school's
 * address if the page gives one; never the built-in tree's, another lycée's) and the portal; what
 * is wrong, in English, for the staff, only with `debug`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Config } from '../data/config.js';
import { inline, type InlineHost } from './inline.js';

/** What the box needs of the element. */
export interface TreeStatusHost extends InlineHost {
  /** @internal The configuration in use: the portal, the address. */
  readonly config: Config;
  readonly debug: boolean;
  /** @internal The summary, then each problem (English, for the staff; empty while loading), and whether the element holds text of its own. */
  readonly treeSource: { readonly problems: readonly string[]; readonly ownText: boolean };
}

export function treeStatus(host: TreeStatusHost): TemplateResult {
  const { problems, ownText } = host.treeSource;
  if (!problems.length)
    return html`<p class="tree-status" role="status">${msg('Chargement…', { id: 'tree.loading' })}</p>`;
  return html`<div class="notice tree-error" part="notice" role="alert">
    <p><strong>${msg("Cette aide n'a pas pu être affichée.", { id: 'tree.error' })}</strong></p>
    ${ownText ? html`<slot></slot>` : nothing}
    <p>
      ${
        // The school's address only when the page gave a valid one (else none: data/config.ts).
        host.config.contactEmail
          ? html`${msg("En attendant, écrivez à l'établissement :", { id: 'tree.contact' })} ${inline(host, '{email}')}`
          : msg("En attendant, demandez de l'aide à votre établissement.", { id: 'tree.ask' })
      }
    </p>
    <p>${inline(host, msg("Le site de l'ENT : {portal}", { id: 'tree.portal' }))}</p>
    ${
      host.debug
        ? html`<div lang="en" dir="ltr">
            <p>${problems[0]}</p>
            ${
              problems.length > 1
                ? html`<ul>
                    ${problems.slice(1).map((p) => html`<li>${p}</li>`)}
                  </ul>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}
