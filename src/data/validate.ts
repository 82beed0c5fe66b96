/**
 * Checks that a decision tree can be walked: every link leads somewhere, every node can be
 * reached, no path loops, no text is empty, no id is repeated. The element runs it on any
 * tree it is given; the tests run it on the default tree.
 */
import { choicesOf } from './navigator.js';
import type { Block, NodeId, Tree, TreeNode } from './types.js';

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

  const reached = new Set<NodeId>();
  const onStack = new Set<NodeId>();
  const visit = (id: NodeId): void => {
    const node = byId.get(id);
    if (!node) return;
    reached.add(id);
    onStack.add(id);
    for (const { next } of choicesOf(node)) {
      if (onStack.has(next)) problems.push({ node: id, message: `a choice leads back to "${next}": the path loops` });
      else if (!reached.has(next)) visit(next);
    }
    onStack.delete(id);
  };
  visit(tree.start);
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
