/**
 * Navigation through a decision tree: pure functions over an immutable state.
 *
 * The state is the path from the tree's start to the node shown. Stepper and accordion
 * views both read it; neither keeps navigation state of its own. No function here throws
 * on a bad id: it returns the state it was given (the same object), so a caller can tell
 * `next === state` and report the problem where it has a place to do so.
 */
import type { Choice, NodeId, Tree, TreeNode } from './types.js';

/** Where the user is: the tree and the ids from its start to the current node. */
export interface Navigation {
  readonly tree: Tree;
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
  const node = getNode(nav.tree, nav.path[nav.path.length - 1]!);
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
 * Shows any node, by the shortest path from the start (the way a link to `cas-2` works).
 * When the node is already on the current path, the path is cut there instead.
 * @returns `nav` unchanged when the id is unknown or cannot be reached, or is already shown.
 */
export function goTo(nav: Navigation, id: NodeId): Navigation {
  const onPath = nav.path.indexOf(id);
  if (onPath === nav.path.length - 1) return nav;
  if (onPath >= 0) return { tree: nav.tree, path: nav.path.slice(0, onPath + 1) };
  const route = routeTo(nav.tree, id);
  return route ? { tree: nav.tree, path: route } : nav;
}

/** The shortest list of ids from the start to `id` (breadth-first), or `undefined`. */
export function routeTo(tree: Tree, id: NodeId): NodeId[] | undefined {
  const cameFrom = new Map<NodeId, NodeId | null>([[tree.start, null]]);
  const queue: NodeId[] = [tree.start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === id) {
      const route: NodeId[] = [];
      for (let step: NodeId | null = at; step !== null; step = cameFrom.get(step) ?? null) route.unshift(step);
      return route;
    }
    const node = getNode(tree, at);
    if (!node) continue;
    for (const { next } of choicesOf(node)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * Progress along the path: the current step's number and the number of steps of the
 * longest way on from here (a follow-up counts as a step).
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
    const top = stack[stack.length - 1]!;
    const node = getNode(tree, top.id);
    const choice = node && choicesOf(node)[top.next++];
    if (!choice) {
      stack.pop();
      onStack.delete(top.id);
      depth.set(top.id, top.deepest);
      const parent = stack[stack.length - 1];
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
