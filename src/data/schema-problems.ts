/**
 * Words JSON Schema errors (ajv's: `npm run check-tree` runs ajv, the widget runs ajv's standalone
 * code compiled from the same schema, src/generated/tree-validator.js) for the staff member who
 * wrote the tree: which node (its id, or `nodes[N]` when it has none), which field, what is wrong.
 */
import validate, { patternWords } from '../generated/tree-validator.js';
import type { Tree } from './types.js';
import { walkProblems, type TreeProblem } from './validate.js';

/**
 * One schema error, as ajv reports it (the fields `schemaProblems` reads). The widget's compiled
 * validator leaves out ajv's `message` (scripts/generate-schema.mjs): errors are worded here from
 * the keyword and its params, in ajv's words where ours are not better; a pattern's in the schema's
 * own (its `patternErrorMessage`, `patternWords`).
 */
export interface SchemaError {
  /** @internal JSON Pointer to the value, e.g. `/nodes/2/choices/0/next`. */
  readonly instancePath: string;
  /** @internal */ readonly keyword: string;
  /** @internal */ readonly params: {
    /** @internal */ readonly additionalProperty?: string;
    /** @internal */ readonly allowedValues?: readonly string[];
    /** @internal */ readonly missingProperty?: string;
    /** @internal */ readonly pattern?: string;
    readonly type?: string;
    /** @internal */ readonly limit?: number;
  };
}

/**
 * Everything wrong with a tree given as parsed JSON: its schema problems or, when it has the
 * schema's shape, its semantic ones (`walkProblems`, validateTree without `strict`). An empty array: `data` is a
 * valid Tree. Of the schema's errors, the first 100 are worded: a 256 KB tree of 87,000 empty nodes
 * has 435,000 (a second to word, a warning of 26 MB); `npm run check-tree` lists them all.
 */
export function treeProblems(data: unknown): TreeProblem[] {
  return validate(data) ? walkProblems(data as Tree) : schemaProblems(data, validate.errors!.slice(0, 100));
}

/** The schema errors of `tree`, worded and without repeats. */
export function schemaProblems(tree: unknown, errors: readonly SchemaError[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  const nodes = (tree as { nodes?: unknown } | null)?.nodes;
  for (const e of errors) {
    // ajv (check-tree) also reports the failing if/then wrapper, the widget's validator does not
    // (scripts/generate-schema.mjs): the inner error says it all.
    if (e.keyword === 'if') continue;
    const match = /^\/nodes\/(\d+)(.*)$/.exec(e.instancePath);
    const id = match && Array.isArray(nodes) ? (nodes[+match[1]!] as { id?: unknown } | null)?.id : undefined;
    const node = match ? (typeof id === 'string' ? id : `nodes[${match[1]}]`) : undefined;
    // /choices/0/next → choices[0].next, as src/data/validate.ts names fields.
    const where = (match ? match[2]! : e.instancePath)
      .replace(/\/(\d+)/g, '[$1]')
      .replace(/\//g, '.')
      .replace(/^\./, '');
    const { keyword, params } = e;
    // Every keyword of src/data/tree.schema.json that can fail (`if` is skipped above).
    const what =
      keyword === 'additionalProperties'
        ? `has an unknown field "${params.additionalProperty}"`
        : keyword === 'enum'
          ? `must be one of ${params.allowedValues!.map((v) => `"${v}"`).join(', ')}`
          : keyword === 'pattern'
            ? patternWords[params.pattern!]!
            : keyword === 'required'
              ? `must have required property '${params.missingProperty}'`
              : keyword === 'type'
                ? `must be ${params.type}`
                : keyword === 'minLength' || keyword === 'minItems'
                  ? `must NOT have fewer than ${params.limit} ${keyword === 'minItems' ? 'items' : 'characters'}`
                  : keyword === 'maxItems'
                    ? `must NOT have more than ${params.limit} items`
                    : `fails "${keyword}"`;
    const message = where ? `${where} ${what}` : match ? what : `the tree ${what}`;
    if (!seen.has(node + message)) {
      seen.add(node + message);
      problems.push(node ? { node, message } : { message });
    }
  }
  return problems;
}
