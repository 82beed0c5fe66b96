/**
 * The accordion: every case of the tree as a section (WAI-ARIA APG accordion), nested as the tree
 * is, each named by the answer that leads to it (an outcome's title heads its panel); the cases on
 * the navigation's path are open, nested as the person opened them. Same state as the stepper,
 * another view of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  choicesOf,
  getNode,
  goTo,
  isHomeOf,
  openFrom,
  routeTo,
  saidInEvery,
  type Navigation,
} from '../data/navigator.js';
import type { Choice, NodeId, TreeNode } from '../data/types.js';
import { notSolvedText, stillStuckText } from '../data/texts.js';
import { content } from './content.js';
import { iconChevron } from './icons.js';
import { blockDir, inline, level } from './inline.js';
import { actions, message, resolved, type OutcomeHost } from './outcome.js';

/** What the accordion needs of the element. */
export interface AccordionHost extends OutcomeHost {
  /** @internal Whether closed cases hold their content (from a task after the first render). */
  readonly closedCases: { readonly filled: boolean };
  /** @internal */ onToggle(event: Event): void;
  /** @internal */ onBeforeMatch(event: Event): void;
}

export function accordion(host: AccordionHost): TemplateResult {
  const first = getNode(host.nav.tree, host.nav.tree.start)!;
  const dir = blockDir(host);
  return html`
    ${
      first.kind === 'question'
        ? html`<p class="intro" dir=${dir}>
            ${inline(host, first.title)} ${first.hint ? inline(host, first.hint) : nothing}
          </p>`
        : content(host, first.content)
    }
    ${sections(host, first, [first.id], 1)}
  `;
}

/**
 * Whether the case `id` under `parent` is open on screen: it follows `parent` on the path, as the
 * person opened it (the case inside the case they opened).
 */
function isOpen(nav: Navigation, parent: NodeId, id: NodeId): boolean {
  const path = shownPath(nav);
  const at = path.indexOf(parent);
  return at >= 0 && path[at + 1] === id;
}

/**
 * The path as the accordion nests it: the navigation's, or where it passes a node twice (a custom
 * tree's loop, taken in the stepper) the shortest route to the node shown.
 */
function shownPath(nav: Navigation): readonly NodeId[] {
  const { path } = nav;
  return new Set(path).size === path.length ? path : (routeTo(nav.tree, path.at(-1)!) ?? path);
}

/** A case's button pressed: an open case closes (back to its parent), a closed one opens under `parent`, where it was pressed. */
export function toggled(nav: Navigation, parent: NodeId, id: NodeId): Navigation {
  return isOpen(nav, parent, id) ? goTo(nav, parent) : openFrom(nav, parent, id);
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

/**
 * The cases under `parent` (its answers, or an outcome's follow-ups), in the tree's order. A case
 * on the path opens where the path puts it; any other node lives once, under the parent of its
 * shortest route (ids stay unique, find in page finds it once). Where a question's answer leads to
 * a node that lives elsewhere, its button is there all the same, in its place: it opens the case
 * here (`openFrom`), so that the path is the answers the person gave.
 */
function sections(
  host: AccordionHost,
  parent: TreeNode,
  trail: readonly NodeId[],
  depth: number,
): TemplateResult | typeof nothing {
  const tree = host.nav.tree;
  const path = shownPath(host.nav);
  const list: Choice[] = choicesOf(parent).filter((c) => getNode(tree, c.next) && !trail.includes(c.next));
  const stepOn = trail.every((id, i) => path[i] === id) ? path[trail.length] : undefined;
  // The widget's own way on from an outcome to « Autres Cas », when the person took it.
  if (stepOn && stepOn === tree.otherwise && !list.some((c) => c.next === stepOn))
    list.push({ label: '', next: stepOn });
  const placed = (c: Choice) => c.next === stepOn || (!path.includes(c.next) && isHomeOf(tree, parent.id, c.next));
  const door = parent.kind === 'question' && !host.printer.paper;
  const here = list.filter((c) => door || placed(c));
  if (!here.length) return nothing;
  const shown = path.at(-1);
  const dir = blockDir(host);
  return html`<div class="sections" @keydown=${depth === 1 ? moveAmongCases : nothing}>
    ${here.map((c) => {
      const node = getNode(tree, c.next)!;
      const label = c.label ? inline(host, c.label) : stillStuckText();
      const lives = placed(c);
      const hintId = `hint-${parent.id}-${node.id}`;
      const open = lives && (!!host.printer.paper || c.next === stepOn);
      // Where it does not live: the same button, closed, without a panel; it opens the case here.
      const heading = html`<div class="section-heading" role="heading" aria-level=${level(host, depth)}>
        <button
          type="button"
          class="trigger"
          part="section-button"
          id=${lives ? `trigger-${node.id}` : nothing}
          data-trigger
          data-parent=${parent.id}
          data-node=${node.id}
          dir=${c.label ? blockDir(host) : nothing}
          aria-expanded=${String(open)}
          aria-controls=${lives ? `panel-${node.id}` : nothing}
          aria-describedby=${c.hint ? hintId : nothing}
          @click=${host.onToggle}
        >
          <span
            >${label}${
              // As under the stepper's answer: what the person may recognise (« Un compte bloqué… »),
              // the button's description rather than the end of its name.
              c.hint
                ? html`<span class="choice-hint" id=${hintId} aria-hidden="true">${inline(host, c.hint)}</span>`
                : nothing
            }</span
          >${iconChevron}
        </button>
      </div>`;
      if (!lives) return html`<div class="section" part="section">${heading}</div>`;
      return html`<div class="section" part="section" id="section-${node.id}">
        ${heading}
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
                ? html`<p class="hint" dir=${dir}>${inline(host, node.title)}</p>
                    ${
                      node.hint &&
                      !saidInEvery(
                        tree,
                        node.hint,
                        host.printer.paper ? choicesOf(node).map((c) => c.next) : [path[path.indexOf(node.id) + 1]],
                      )
                        ? html`<p class="hint" dir=${dir}>${inline(host, node.hint)}</p>`
                        : nothing
                    }`
                : html`<p class="case-title" dir=${dir}>${inline(host, node.title)}</p>
                    ${content(host, node.content, node.id)}`
          }
          ${
            host.printer.paper && node.kind === 'outcome' && node.followUps?.length
              ? html`<p>
                    <strong>${node.followUpsTitle ? inline(host, node.followUpsTitle) : notSolvedText()}</strong>
                  </p>
                  <ul>
                    ${node.followUps.map((f) => html`<li>${inline(host, f.label)}</li>`)}
                  </ul>`
              : nothing
          }
          ${sections(host, node, [...trail, node.id], depth + 1)}
          ${
            open && node.id === shown && !host.printer.paper
              ? html`${message(host, node)}${resolved(host, node, true)}
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
