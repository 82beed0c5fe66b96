/**
 * Checks that a decision tree can be walked: every link leads somewhere, every node can be
 * reached, no path loops, no text is blank, no id is repeated, and it keeps within TREE_LIMITS
 * (nodes, depth, accordion sections: limits.ts). The schema's checks (kebab-case ids, a question's
 * choices, an outcome's content, a list's items: src/data/tree.schema.json) are not made again:
 * the element runs this only on a tree that passed them (schema-problems.ts `treeProblems`), as
 * check-tree does; the tests run it on the default tree. Nothing in it recurses: its cost is
 * linear in the tree.
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

/**
 * Lists everything wrong with a tree.
 * @param options.strict also count as problems the outcomes with no way forward
 *   ({@link wayForwardProblems}): the default tree is held to it; for a custom tree they are
 *   warnings, reported apart.
 * @returns an empty array when the tree is valid; never throws on a tree of the right shape (one
 *   that the schema accepts).
 */
export function validateTree(tree: Tree, options: { strict?: boolean } = {}): TreeProblem[] {
  // Refused before any work: the other checks' cost grows with the tree.
  if (tree.nodes.length > TREE_LIMITS.nodes)
    return [{ message: `the tree has ${tree.nodes.length} nodes; at most ${TREE_LIMITS.nodes}` }];
  const problems = walkProblems(tree);
  if (options.strict) problems.push(...wayForwardProblems(tree, { offered: false }));
  return problems;
}

/**
 * What {@link validateTree} finds without `strict`: what the widget checks on a custom tree
 * (schema-problems.ts), so that the bundle carries no {@link wayForwardProblems}, which only the
 * tests and `npm run check-tree` run. For a tree that the schema accepts, whose `maxItems` keeps
 * it within TREE_LIMITS.nodes: the widget runs it on no other (treeProblems), and validateTree
 * counts the nodes first.
 */
export function walkProblems(tree: Tree): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const byId = new Map<NodeId, TreeNode>();

  if (isBlank(tree.title)) problems.push({ message: 'the tree has an empty title' });
  for (const node of tree.nodes) {
    if (byId.has(node.id)) problems.push({ node: node.id, message: `the id "${node.id}" is used twice` });
    else byId.set(node.id, node);
    problems.push(...textProblems(node));
  }

  if (!byId.has(tree.start)) problems.push({ message: `the start node "${tree.start}" does not exist` });
  for (const node of tree.nodes) {
    const seen = new Map<NodeId, number>();
    choicesOf(node).forEach((choice, i) => {
      if (!byId.has(choice.next))
        problems.push({
          node: node.id,
          message: `${field(node)}[${i}].next leads to "${choice.next}", which does not exist`,
        });
      // The path holds node ids only: two answers to one node could not be told apart in it.
      if (seen.has(choice.next))
        problems.push({
          node: node.id,
          message: `${field(node)}[${i}].next leads to "${choice.next}" as ${field(node)}[${seen.get(choice.next)}] does: give each answer a node of its own`,
        });
      else seen.set(choice.next, i);
    });
  }
  if (tree.otherwise !== undefined && !byId.has(tree.otherwise))
    problems.push({ message: `otherwise names "${tree.otherwise}", which does not exist` });
  for (const [from, to] of Object.entries(tree.redirects ?? {})) {
    if (byId.has(from))
      problems.push({ message: `redirects["${from}"]: a node has this id, so the redirect never applies` });
    if (!byId.has(to)) problems.push({ message: `redirects["${from}"] leads to "${to}", which does not exist` });
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
    const top = stack.at(-1)!;
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

/**
 * The outcomes from which a person cannot go on to the tree's `otherwise` outcome (« Autres Cas »),
 * the last way forward: with no `otherwise`, every outcome that offers no follow-up.
 * @param options.offered count the widget's own offer of `otherwise` under an outcome whose
 *   follow-ups do not list it (default `true`, what a person meets); `false` asks the tree itself
 *   to list the way at every outcome, as the default tree does.
 * @returns one problem per outcome; empty when every outcome has a way on. Never throws.
 */
export function wayForwardProblems(tree: Tree, options: { offered?: boolean } = {}): TreeProblem[] {
  const offered = options.offered ?? true;
  const byId = new Map(tree.nodes.map((n) => [n.id, n] as const));
  const { otherwise } = tree;
  const end = otherwise !== undefined && byId.has(otherwise) ? otherwise : undefined;
  const leadsOn = new Map<NodeId, boolean>();
  // Whether `id` reaches `end` by follow-ups and answers (cycles are reported elsewhere: a node met again does not).
  const reaches = (id: NodeId, seen: Set<NodeId>): boolean => {
    if (id === end) return true;
    if (leadsOn.has(id)) return leadsOn.get(id)!;
    const node = byId.get(id);
    if (!node || seen.has(id)) return false;
    seen.add(id);
    const result =
      (offered && end !== undefined && node.kind === 'outcome') || choicesOf(node).some((c) => reaches(c.next, seen));
    seen.delete(id);
    leadsOn.set(id, result);
    return result;
  };
  const problems: TreeProblem[] = [];
  for (const node of tree.nodes) {
    if (node.kind !== 'outcome' || node.id === end) continue;
    if (!reaches(node.id, new Set()))
      problems.push({
        node: node.id,
        message:
          end === undefined
            ? 'this outcome offers no way forward: give it followUps, or give the tree an "otherwise" outcome'
            : `no way forward leads from this outcome to "${end}" (the otherwise outcome): add a follow-up that does`,
      });
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
  if (node.kind === 'outcome') {
    node.content.forEach((block, i) => blockTexts(block).forEach((text) => isBlank(text) && empty(`content[${i}]`)));
  }
  choicesOf(node).forEach((choice, i) => isBlank(choice.label) && empty(`${field(node)}[${i}].label`));
  return problems;
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'steps':
      return [...block.items];
    case 'contacts':
      return block.items.map((c) => c.text);
    default:
      return [block.text];
  }
}
