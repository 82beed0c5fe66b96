/**
 * Checks that a decision tree can be walked: every link leads somewhere, every node can be
 * reached, no path loops, no text is empty, no id is repeated, and it keeps within TREE_LIMITS
 * (nodes, depth, accordion sections: limits.ts). The element runs it on any tree it is given;
 * the tests run it on the default tree. Nothing in it recurses: its cost is linear in the tree.
 */
import { TREE_LIMITS } from './limits.js';
import { choicesOf } from './navigator.js';
import type { Block, Choice, NodeId, Tree, TreeNode } from './types.js';

/** One thing wrong with a tree. */
export interface TreeProblem {
  /** The node concerned, when there is one. */
  readonly node?: NodeId;
  /** What is wrong, in plain English, naming the field (`choices[2].next`). */
  readonly message: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lists everything wrong with a tree.
 * @returns an empty array when the tree is valid; never throws on a tree of the right shape.
 */
export function validateTree(tree: Tree): TreeProblem[] {
  // Refused before any work: the other checks' cost grows with the tree.
  if (tree.nodes.length > TREE_LIMITS.nodes)
    return [{ message: `the tree has ${tree.nodes.length} nodes; at most ${TREE_LIMITS.nodes}` }];
  const problems: TreeProblem[] = [];
  const byId = new Map<NodeId, TreeNode>();

  if (isBlank(tree.title)) problems.push({ message: 'the tree has an empty title' });
  for (const node of tree.nodes) {
    if (byId.has(node.id)) problems.push({ node: node.id, message: `the id "${node.id}" is used twice` });
    else byId.set(node.id, node);
    if (!ID_PATTERN.test(node.id))
      problems.push({ node: node.id, message: 'the id must be lowercase kebab-case (e.g. "cas-2")' });
    problems.push(...textProblems(node));
  }

  if (!byId.has(tree.start)) problems.push({ message: `the start node "${tree.start}" does not exist` });
  for (const node of tree.nodes) {
    choicesOf(node).forEach((choice, i) => {
      if (!byId.has(choice.next))
        problems.push({
          node: node.id,
          message: `${field(node)}[${i}].next leads to "${choice.next}", which does not exist`,
        });
    });
  }

  // Depth first from the start, with a stack of its own (no recursion: a deep tree cannot overflow
  // the call stack): finds loops and, as each node is left, the depth and accordion sections below it.
  const reached = new Set<NodeId>();
  const onStack = new Set<NodeId>();
  const below = new Map<NodeId, { depth: number; sections: number }>();
  const stack: { id: NodeId; choices: readonly Choice[]; i: number }[] = [];
  const enter = (id: NodeId): void => {
    const node = byId.get(id);
    if (!node) return;
    reached.add(id);
    onStack.add(id);
    stack.push({ id, choices: choicesOf(node), i: 0 });
  };
  enter(tree.start);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const next = top.choices[top.i++]?.next;
    if (next === undefined) {
      stack.pop();
      onStack.delete(top.id);
      let depth = 0;
      let sections = 0;
      for (const c of top.choices) {
        const b = below.get(c.next);
        if (!b) continue;
        depth = Math.max(depth, b.depth);
        // Capped: a count past the limit is refused all the same, and a chain of diamonds would double at each level.
        sections = Math.min(sections + 1 + b.sections, TREE_LIMITS.sections + 1);
      }
      below.set(top.id, { depth: depth + 1, sections });
    } else if (onStack.has(next))
      problems.push({ node: top.id, message: `a choice leads back to "${next}": the path loops` });
    else if (!reached.has(next)) enter(next);
  }
  const { depth = 0, sections = 0 } = below.get(tree.start) ?? {};
  if (depth > TREE_LIMITS.depth)
    problems.push({ message: `the longest path from the start has ${depth} nodes; at most ${TREE_LIMITS.depth}` });
  if (sections > TREE_LIMITS.sections)
    problems.push({
      message: `the accordion would show more than ${TREE_LIMITS.sections} sections (a node reached from several places is shown under each)`,
    });
  for (const node of tree.nodes) {
    if (!reached.has(node.id)) problems.push({ node: node.id, message: 'no path from the start reaches this node' });
  }
  return problems;
}

function field(node: TreeNode): string {
  return node.kind === 'question' ? 'choices' : 'followUps';
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function textProblems(node: TreeNode): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const empty = (where: string): void => {
    problems.push({ node: node.id, message: `${where} is empty` });
  };
  if (isBlank(node.title)) empty('title');
  if (node.kind === 'question') {
    if (node.choices.length === 0) problems.push({ node: node.id, message: 'a question needs at least one choice' });
  } else {
    if (node.content.length === 0) problems.push({ node: node.id, message: 'an outcome needs some content' });
    node.content.forEach((block, i) => blockTexts(block).forEach((text) => isBlank(text) && empty(`content[${i}]`)));
  }
  choicesOf(node).forEach((choice, i) => isBlank(choice.label) && empty(`${field(node)}[${i}].label`));
  return problems;
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'steps':
      return block.items.length ? [...block.items] : [''];
    case 'contacts':
      return block.items.length ? block.items.map((c) => c.text) : [''];
    default:
      return [block.text];
  }
}
