/**
 * Words JSON Schema errors (ajv's, or `schemaErrors`' in the same shape) for the staff member
 * who wrote the tree: which node (its id, or `nodes[N]` when it has none), which field, what is
 * wrong. Used by the widget and by `npm run check-tree`.
 */
import { treeSchema } from '../generated/tree-schema.js';
import { schemaErrors, type SchemaError } from './schema.js';
import type { Tree } from './types.js';
import { validateTree, type TreeProblem } from './validate.js';

/**
 * Everything wrong with a tree given as parsed JSON: its schema problems or, when it has the
 * schema's shape, its semantic ones (`validateTree`). An empty array: `data` is a valid Tree.
 */
export function treeProblems(data: unknown): TreeProblem[] {
  const problems = schemaProblems(data, schemaErrors(treeSchema, data));
  return problems.length ? problems : validateTree(data as Tree);
}

export function schemaProblems(tree: unknown, errors: readonly SchemaError[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  const nodes = (tree as { nodes?: unknown } | null)?.nodes;
  for (const e of errors) {
    // ajv also reports the failing if/then wrapper: the inner error says it all.
    if (e.keyword === 'if') continue;
    const match = /^\/nodes\/(\d+)(.*)$/.exec(e.instancePath);
    const id = match && Array.isArray(nodes) ? (nodes[+match[1]!] as { id?: unknown } | null)?.id : undefined;
    const node = match ? (typeof id === 'string' ? id : `nodes[${match[1]}]`) : undefined;
    // /choices/0/next → choices[0].next, as src/data/validate.ts names fields.
    const where = (match ? match[2]! : e.instancePath)
      .replace(/\/(\d+)/g, '[$1]')
      .replace(/\//g, '.')
      .replace(/^\./, '');
    const what =
      e.keyword === 'additionalProperties'
        ? `has an unknown field "${e.params.additionalProperty}"`
        : e.keyword === 'enum'
          ? `must be one of ${e.params.allowedValues!.map((v) => `"${v}"`).join(', ')}`
          : e.keyword === 'pattern'
            ? 'must be lowercase kebab-case (e.g. "cas-2")'
            : e.message;
    const message = where ? `${where} ${what}` : match ? what : `the tree ${what}`;
    if (!seen.has(node + message)) {
      seen.add(node + message);
      problems.push(node ? { node, message } : { message });
    }
  }
  return problems;
}
