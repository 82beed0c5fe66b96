/**
 * What the path says beside the navigator: the answers given on the way (the stepper's trail, the
 * printed path, the ready-to-send message) and, at an outcome, the next thing to try after
 * « Problème résolu ? Non ». Pure functions of the navigation state; no DOM.
 */
import { choicesOf, getNode, path, type Navigation } from './navigator.js';
import type { Block, Choice, TreeNode } from './types.js';

/** One question asked on the way and the answer given (`choice` absent when the tree was edited since). */
export interface Answer {
  readonly from: TreeNode;
  readonly choice: Choice | undefined;
  /** The node that answer led to. */
  readonly to: TreeNode;
}

/** The answers given from the start to the node shown, in order; empty at the start. */
export function answersGiven(nav: Navigation): Answer[] {
  const nodes = path(nav);
  return nodes.slice(0, -1).map((from, i) => {
    const to = nodes[i + 1]!;
    return { from, choice: choicesOf(from).find((c) => c.next === to.id), to };
  });
}

/** What « Non » offers at an outcome (see nextToTry). */
export interface NextToTry {
  /** The outcome's follow-ups (« ET SI ? »). */
  readonly followUps: readonly Choice[];
  /** Its « Qui contacter ? » blocks. */
  readonly contacts: readonly Block[];
  /** The tree's `otherwise` node, unless it is this one. */
  readonly fallback: TreeNode | undefined;
}

/**
 * What « Non » offers at `node`, from the tree only, first found first: its follow-ups
 * (« ET SI ? »), else its contacts, else a way to the tree's `otherwise` node.
 * @returns `undefined` for a question (no « Problème résolu ? » there).
 */
export function nextToTry(nav: Navigation, node: TreeNode): NextToTry | undefined {
  if (node.kind !== 'outcome') return undefined;
  const { otherwise } = nav.tree;
  return {
    followUps: node.followUps ?? [],
    contacts: node.content.filter((b) => b.type === 'contacts'),
    fallback: otherwise && otherwise !== node.id ? getNode(nav.tree, otherwise) : undefined,
  };
}
