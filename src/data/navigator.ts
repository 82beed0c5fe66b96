/**
 * Navigation through a decision tree: pure functions over an immutable state.
 *
 * The state is the path from the tree's start to the node shown. Stepper and accordion
 * views both read it; neither keeps navigation state of its own. No function here throws
 * on a bad id: it returns the state it was given (the same object), so a caller can tell
 * `next === state` and report the problem where it has a place to do so.
 */
import type { Choice, InlineText, NodeId, OutcomeNode, Tree, TreeNode } from './types.js';

/** Where the user is: the tree and the ids from its start to the current node. */
export interface Navigation {
  /** @internal */ readonly tree: Tree;
  /** Never empty: `path[0]` is `tree.start`, the last id is the current node. */
  readonly path: readonly NodeId[];
}

const indexes = new WeakMap<Tree, Map<NodeId, TreeNode>>();

/** The tree's nodes by id, built once per tree object. */
function index(tree: Tree): Map<NodeId, TreeNode> {
  let byId = indexes.get(tree);
  if (!byId) {
    byId = new Map(tree.nodes.map((node) => [node.id, node]));
    indexes.set(tree, byId);
  }
  return byId;
}

/** The node with this id, or `undefined`. */
export function getNode(tree: Tree, id: NodeId): TreeNode | undefined {
  return index(tree).get(id);
}

/**
 * The id a link or `node="…"` names, after the tree's `redirects` (an old id of a node that
 * moved gives the id of the node in its place): `id` itself when it is a node or has no redirect.
 */
export function resolveId(tree: Tree, id: NodeId): NodeId {
  if (getNode(tree, id)) return id;
  const to =
    tree.redirects && Object.prototype.hasOwnProperty.call(tree.redirects, id) ? tree.redirects[id] : undefined;
  return to !== undefined && getNode(tree, to) ? to : id;
}

/** A node's choices: a question's answers, or an outcome's follow-ups (maybe none). */
export function choicesOf(node: TreeNode): readonly Choice[] {
  return node.kind === 'question' ? node.choices : (node.followUps ?? []);
}

/**
 * The same path in another tree with the same ids (the tree in another locale).
 * Returns the start of `tree` when the path does not exist there.
 */
export function withTree(nav: Navigation, tree: Tree): Navigation {
  if (nav.tree === tree) return nav;
  return nav.path.every((id) => getNode(tree, id)) ? { tree, path: nav.path } : start(tree);
}

/** A navigation at the tree's start node. */
export function start(tree: Tree): Navigation {
  return { tree, path: [tree.start] };
}

/** The same tree, back at its start; `nav` itself when already there. */
export function restart(nav: Navigation): Navigation {
  return nav.path.length === 1 ? nav : start(nav.tree);
}

/** The node shown. */
export function current(nav: Navigation): TreeNode {
  const node = getNode(nav.tree, nav.path.at(-1)!);
  if (!node) throw new Error(`ent-help: the path names a node the tree lacks`);
  return node;
}

/** The nodes from the start to the current one, in order. */
export function path(nav: Navigation): TreeNode[] {
  return nav.path.map((id) => getNode(nav.tree, id)).filter((n): n is TreeNode => n !== undefined);
}

/**
 * Follows one of the current node's choices, or goes on from an outcome to the tree's
 * `otherwise` node (« Problème résolu ? » answered no, nothing else to try there): the path keeps
 * what was tried before it (the ready-to-send message lists it).
 * @param next the id the choice leads to.
 * @returns the new navigation; `nav` unchanged when no choice of the current node leads there.
 */
export function choose(nav: Navigation, next: NodeId): Navigation {
  const here = current(nav);
  const offered =
    choicesOf(here).some((choice) => choice.next === next) ||
    (here.kind === 'outcome' && next === nav.tree.otherwise && !nav.path.includes(next));
  return offered && getNode(nav.tree, next) ? { tree: nav.tree, path: [...nav.path, next] } : nav;
}

/** One step back; `nav` unchanged at the start. */
export function back(nav: Navigation): Navigation {
  return nav.path.length > 1 ? { tree: nav.tree, path: nav.path.slice(0, -1) } : nav;
}

/**
 * Shows any node, by the shortest path from the start (the way a link to `cas-2` works: its
 * answers are that route's, e.g. `autres-cas` after « Je suis connecté(e), mais… »); an old id in
 * the tree's `redirects` shows the node in its place. A person's own step is `choose` (stepper)
 * or `openFrom` (accordion).
 * When the node is already on the current path, the path is cut there instead.
 * @returns `nav` unchanged when the id is unknown or cannot be reached, or is already shown.
 */
export function goTo(nav: Navigation, wanted: NodeId): Navigation {
  const id = resolveId(nav.tree, wanted);
  const onPath = nav.path.indexOf(id);
  if (onPath === nav.path.length - 1) return nav;
  if (onPath >= 0) return { tree: nav.tree, path: nav.path.slice(0, onPath + 1) };
  const route = routeTo(nav.tree, id);
  return route ? { tree: nav.tree, path: route } : nav;
}

/**
 * Opens `id` where the person found it: under `from`, a node of the path (the accordion's case
 * inside the case they opened). The path is cut after `from`, then goes on to `id`, so the answers
 * are the ones the person gave, not those of the shortest route.
 * @returns `nav` unchanged when `id` is already shown there; `goTo(nav, id)` when `from` is not on
 * the path or does not lead to `id`.
 */
export function openFrom(nav: Navigation, from: NodeId, id: NodeId): Navigation {
  const at = nav.path.indexOf(from);
  if (at < 0) return goTo(nav, id);
  if (at === nav.path.length - 2 && nav.path[at + 1] === id) return nav;
  const cut = { tree: nav.tree, path: nav.path.slice(0, at + 1) };
  const next = choose(cut, id);
  return next === cut ? goTo(nav, id) : next;
}

/**
 * Whether each of the cases `ids` (those open under a question) opens with a paragraph that says
 * `hint`: Cas 2's « ET SI ? » reason heads its question and each of its outcomes (read alone by a
 * link), so the question's hint gives way where the cases below say it. On screen that is the case
 * the path opens; on paper, every case (the accordion, and the static procedure:
 * scripts/static-procedure.mjs).
 */
export function saidInEvery(tree: Tree, hint: InlineText, ids: readonly (NodeId | undefined)[]): boolean {
  // (No case open below: `undefined`, no node. A question has no content.)
  return ids.every((id) =>
    (getNode(tree, id!) as OutcomeNode | undefined)?.content?.some((b) => (b as { text?: InlineText }).text === hint),
  );
}

/**
 * Whether `child`'s section belongs under `parent` in a view that shows each node once (the
 * accordion, the static procedure): where its shortest route from the start goes through `parent`
 * (the first such parent in the tree's order). Elsewhere, a view links to it instead.
 */
export function isHomeOf(tree: Tree, parent: NodeId, child: NodeId): boolean {
  return routeTo(tree, child)?.at(-2) === parent;
}

/** The shortest list of ids from the start to `id` (breadth-first), or `undefined`. */
export function routeTo(tree: Tree, id: NodeId): NodeId[] | undefined {
  // A Map's iteration also visits the keys set while it runs, in order: the map is the queue.
  const cameFrom = new Map<NodeId, NodeId | null>([[tree.start, null]]);
  for (const at of cameFrom.keys()) {
    if (at === id) {
      const route: NodeId[] = [];
      for (let step: NodeId | null = at; step !== null; step = cameFrom.get(step)!) route.unshift(step);
      return route;
    }
    const node = getNode(tree, at);
    if (node) for (const { next } of choicesOf(node)) if (!cameFrom.has(next)) cameFrom.set(next, at);
  }
  return undefined;
}

/**
 * Progress along the path: the current step's number and the number of steps of the
 * longest way on from here (a follow-up counts as a step).
 * Deprecated: the total changes along a path (the longest way on shrinks or grows with the
 * answers); the element shows {@link position} instead. Kept for custom views.
 * @returns `{ step, total }`, both ≥ 1, `step ≤ total`.
 */
export function progress(nav: Navigation): { step: number; total: number } {
  const step = nav.path.length;
  return { step, total: step + depthBelow(nav.tree, nav.path[step - 1]!, new Set(nav.path)) };
}

/**
 * Steps on the longest way on from `id` that avoids `seen` (the path so far). Depth first with a
 * stack of its own, each node's depth found once: no recursion that a deep tree could overflow,
 * and a node reached from several places is not walked again (a chain of diamonds stays linear).
 */
function depthBelow(tree: Tree, id: NodeId, seen: ReadonlySet<NodeId>): number {
  const depth = new Map<NodeId, number>();
  const onStack = new Set<NodeId>([id]);
  const stack = [{ id, next: 0, deepest: 0 }];
  while (stack.length) {
    const top = stack.at(-1)!;
    const node = getNode(tree, top.id);
    const choice = node && choicesOf(node)[top.next++];
    if (!choice) {
      stack.pop();
      onStack.delete(top.id);
      depth.set(top.id, top.deepest);
      const parent = stack.at(-1);
      if (parent) parent.deepest = Math.max(parent.deepest, 1 + top.deepest);
    } else if (!seen.has(choice.next) && !onStack.has(choice.next) && getNode(tree, choice.next)) {
      const known = depth.get(choice.next);
      if (known !== undefined) top.deepest = Math.max(top.deepest, 1 + known);
      else {
        onStack.add(choice.next);
        stack.push({ id: choice.next, next: 0, deepest: 0 });
      }
    }
  }
  return depth.get(id)!;
}

/**
 * Where the person is, with no total that could change under them: the number of the step shown
 * (1 at the start) and, at a question, its number among the questions asked on this path
 * (« Question 2 »); `question` is `undefined` at an outcome.
 */
export function position(nav: Navigation): { step: number; question: number | undefined } {
  const nodes = path(nav);
  const here = nodes.at(-1);
  return {
    step: nav.path.length,
    question: here?.kind === 'question' ? nodes.filter((n) => n.kind === 'question').length : undefined,
  };
}

/** One answer given along the path: the question asked and the answer chosen, as the person read them. */
export interface Answer {
  /** The node where the answer was given. */
  readonly from: NodeId;
  /** The node it led to. */
  readonly to: NodeId;
  /**
   * What was asked: the question's title, or at an outcome its follow-ups' title (« ET SI ?... »,
   * « Ça n'a pas marché ? »); `undefined` at an outcome without one (the view words it).
   */
  readonly question: InlineText | undefined;
  /** The answer's label; `undefined` for the tree's `otherwise` offered by the widget (the view words it). */
  readonly answer: InlineText | undefined;
  /** The choice itself, when the answer was one of the node's choices. */
  readonly choice: Choice | undefined;
}

/**
 * The answers given, in order: one per step after the first. Never a node's title as an
 * answer: where the widget itself offered the way on (the `otherwise` outcome under an outcome
 * that does not list it), `answer` is `undefined` for the view to word.
 */
export function answers(nav: Navigation): Answer[] {
  const nodes = path(nav);
  return nodes.slice(1).map((to, i) => {
    const from = nodes[i]!;
    const choice = choicesOf(from).find((c) => c.next === to.id);
    return {
      from: from.id,
      to: to.id,
      question: from.kind === 'question' ? from.title : from.followUpsTitle,
      answer: choice?.label,
      choice,
    };
  });
}

/** The audience an answer on the path named (« Vous êtes : élève / parent »), if any: the last one. */
export function audienceOf(nav: Navigation): 'eleve' | 'parent' | undefined {
  return answers(nav)
    .map((a) => a.choice?.audience)
    .filter((a) => a !== undefined)
    .at(-1);
}

/**
 * The ways on from the outcome shown (« Ça n'a pas marché ? »): its follow-ups, then the tree's
 * `otherwise` outcome when they do not list it; never a node already on the path, never the node
 * shown. An empty array at a question, and at the `otherwise` outcome itself when it has no
 * follow-ups (the end of the road: its contacts and message are the way forward).
 * @returns the choices, each leading where `choose` accepts it; `label` is the empty string for the
 * widget's own way to `otherwise` (the view words it).
 */
export function nextSteps(nav: Navigation): Choice[] {
  const here = current(nav);
  if (here.kind !== 'outcome') return [];
  const steps = (here.followUps ?? []).filter((c) => !nav.path.includes(c.next) && getNode(nav.tree, c.next));
  const { otherwise } = nav.tree;
  if (
    otherwise &&
    !nav.path.includes(otherwise) &&
    getNode(nav.tree, otherwise) &&
    !steps.some((c) => c.next === otherwise)
  )
    steps.push({ label: '', next: otherwise });
  return steps;
}
