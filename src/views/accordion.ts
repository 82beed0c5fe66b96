/**
 * The accordion: every case of the tree as a section (WAI-ARIA APG accordion), nested as the tree
 * is; the cases on the navigation's path are open. Same state as the stepper, another view of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { choicesOf, getNode, goTo, isHomeOf, routeTo, type Navigation } from '../data/navigator.js';
import type { NodeId, TreeNode } from '../data/types.js';
import { notSolvedText } from '../data/texts.js';
import { choices, content } from './content.js';
import { iconChevron } from './icons.js';
import { inline, level } from './inline.js';
import { actions, message, nextStepsBox, resolved, type OutcomeHost } from './outcome.js';

/** What the accordion needs of the element. */
export interface AccordionHost extends OutcomeHost {
  /** @internal Whether closed cases hold their content (from a task after the first render). */
  readonly closedCases: { readonly filled: boolean };
  /** @internal */ onToggle(event: Event): void;
  /** @internal */ onBeforeMatch(event: Event): void;
}

export function accordion(host: AccordionHost): TemplateResult {
  const first = getNode(host.nav.tree, host.nav.tree.start)!;
  return html`
    ${
      first.kind === 'question'
        ? html`<p class="intro">${inline(host, first.title)} ${first.hint ? inline(host, first.hint) : nothing}</p>`
        : content(host, first.content)
    }
    ${sections(host, first, [first.id], 1)}
  `;
}

/**
 * Whether the case `id` under `parent` is open on screen: it follows `parent` on the shortest
 * route to the node shown (each node has one section, where that route puts it).
 */
function isOpen(nav: Navigation, parent: NodeId, id: NodeId): boolean {
  const route = routeTo(nav.tree, nav.path[nav.path.length - 1]!) ?? nav.path;
  const at = route.indexOf(parent);
  return at >= 0 && route[at + 1] === id;
}

/** After a press on a case's button (`data-parent`, `data-node`): an open case closes, a closed one opens. */
export function toggled(nav: Navigation, event: Event): Navigation {
  const { parent, node } = (event.currentTarget as HTMLElement).dataset;
  return goTo(nav, isOpen(nav, parent!, node!) ? parent! : node!);
}

/**
 * After find in page revealed a closed case (`beforematch` on its panel): it is open in the state
 * too, so `node`, `aria-expanded` and the next render agree with what the browser shows. The event
 * bubbles from a nested panel to its parents, which the browser then reveals too: only its target
 * counts, and a case already on the path stays as it is.
 */
export function found(nav: Navigation, event: Event): Navigation {
  const id = (event.target as HTMLElement).id.replace(/^panel-/, '');
  return event.target === event.currentTarget && !nav.path.includes(id) ? goTo(nav, id) : nav;
}

function sections(
  host: AccordionHost,
  parent: TreeNode,
  trail: readonly NodeId[],
  depth: number,
): TemplateResult | typeof nothing {
  const tree = host.nav.tree;
  const list = choicesOf(parent).filter((c) => getNode(tree, c.next) && !trail.includes(c.next));
  if (!list.length) return nothing;
  const shown = host.nav.path[host.nav.path.length - 1];
  // Each node once, under the answer of its shortest route (ids stay unique); where another answer
  // of a question leads to it, a button opens it where it lives.
  const homes = list.filter((c) => isHomeOf(tree, parent.id, c.next));
  const elsewhere = list.filter((c) => !homes.includes(c));
  return html`${
      parent.kind === 'question' && elsewhere.length && !host.printer.paper
        ? choices(host, elsewhere, parent.id, host.onGoTo)
        : nothing
    }
    <div class="sections" @keydown=${depth === 1 ? moveAmongCases : nothing}>
      ${homes.map((c) => {
        const node = getNode(tree, c.next)!;
        const open = !!host.printer.paper || isOpen(host.nav, parent.id, node.id);
        return html`<div class="section" part="section" id="section-${node.id}">
          <div class="section-heading" role="heading" aria-level=${level(host, depth)}>
            <button
              type="button"
              class="trigger"
              part="section-button"
              id="trigger-${node.id}"
              data-trigger
              data-parent=${parent.id}
              data-node=${node.id}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="panel-${node.id}"
              @click=${host.onToggle}
            >
              <span>${inline(host, node.kind === 'question' ? c.label : node.title)}</span>${iconChevron}
            </button>
          </div>
          <div
            class=${depth > 3 ? 'panel flat' : 'panel'}
            part="section-panel"
            id="panel-${node.id}"
            role=${open ? 'region' : nothing}
            aria-labelledby=${open ? `trigger-${node.id}` : nothing}
            hidden=${open ? nothing : 'until-found'}
            @beforematch=${host.onBeforeMatch}
          >
            ${
              !open && !host.closedCases.filled
                ? nothing
                : node.kind === 'question'
                  ? html`<p class="hint">${inline(host, node.title)}</p>
                      ${node.hint ? html`<p class="hint">${inline(host, node.hint)}</p>` : nothing}`
                  : content(host, node.content, node.id)
            }
            ${
              host.printer.paper && node.kind === 'outcome' && node.followUps?.length
                ? html`<p>
                      <strong>${inline(host, node.followUpsTitle ?? notSolvedText())}</strong>
                    </p>
                    <ul>
                      ${node.followUps.map((f) => html`<li>${inline(host, f.label)}</li>`)}
                    </ul>`
                : nothing
            }
            ${sections(host, node, [...trail, node.id], depth + 1)}
            ${
              open && node.id === shown && !host.printer.paper
                ? html`${message(host, node)}${nextStepsBox(host, node, true)}${resolved(host, node)}
                    <div class="actions">${actions(host, node)}</div>`
                : nothing
            }
          </div>
        </div>`;
      })}
    </div>`;
}

/**
 * WAI-ARIA APG accordion keys on a case's button: Up/Down move between the buttons shown, Home/End
 * go to the first/last. The listener of the outermost cases (every button is inside them); it moves
 * focus only, and changes no state.
 */
function moveAmongCases(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (!target.matches('[data-trigger]')) return;
  const all = (event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-trigger]');
  const triggers = [...all].filter((t) => !t.closest('[hidden]'));
  const at = triggers.indexOf(target);
  const to = {
    ArrowDown: (at + 1) % triggers.length,
    ArrowUp: (at - 1 + triggers.length) % triggers.length,
    Home: 0,
    End: triggers.length - 1,
  }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  triggers[to]?.focus();
}
