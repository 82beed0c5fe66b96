/**
 * Checks a tree given as parsed JSON against the published schema (src/data/tree.schema.json,
 * as src/generated/tree-schema.ts holds it) and words the errors for the staff member who wrote
 * the tree: which node (its id, or `nodes[N]` when it has none), which field, what is wrong.
 * `npm run check-tree` gets its errors from ajv and words them here too.
 */
import { treeSchema } from '../generated/tree-schema.js';
import type { Tree } from './types.js';
import { walkProblems, type TreeProblem } from './validate.js';

/**
 * One schema error, as ajv reports it (the fields `schemaProblems` reads; ajv's `message` and
 * `schemaPath` are not needed: errors are worded here from the keyword and its params, in ajv's
 * words where ours are not better).
 */
export interface SchemaError {
  /** @internal JSON Pointer to the value, e.g. `/nodes/2/choices/0/next`. */
  readonly instancePath: string;
  /** @internal */ readonly keyword: string;
  /** @internal */ readonly params: {
    /** @internal */ readonly additionalProperty?: string;
    /** @internal */ readonly allowedValues?: readonly string[];
    /** @internal */ readonly missingProperty?: string;
    readonly type?: string;
    /** @internal */ readonly limit?: number;
    /** @internal */ readonly propertyName?: string;
  };
}

/**
 * A JSON Schema as src/generated/tree-schema.ts writes it: the keywords of tree.schema.json
 * (scripts/generate-schema.mjs refuses others), each `$ref` resolved, each pattern a RegExp.
 */
export type Schema =
  | boolean
  | {
      readonly type?: 'object' | 'array' | 'string';
      /** @internal */ readonly enum?: readonly string[];
      /** @internal */ readonly const?: string;
      /** @internal */ readonly allOf?: readonly { readonly if: Schema; readonly then: Schema }[];
      readonly minLength?: number;
      readonly pattern?: RegExp;
      /** @internal */ readonly maxItems?: number;
      /** @internal */ readonly minItems?: number;
      readonly items?: Schema;
      readonly required?: readonly string[];
      /** @internal */ readonly propertyNames?: Schema;
      /** @internal */ readonly additionalProperties?: Schema;
      readonly properties?: Readonly<Record<string, Schema>>;
    };

const isObject = (data: unknown): data is Record<string, unknown> =>
  !!data && typeof data == 'object' && !Array.isArray(data);

/**
 * The schema errors of `data`, each as ajv reports it with `allErrors` (AJV_OPTIONS in
 * scripts/generate-schema.mjs) and in ajv's order: a schema's `enum`, `const` and `allOf` first
 * (an `if` error after its failing `then`'s), then its `type` or, when the value has that type (or
 * the schema names none), a string's `minLength` and `pattern`, an array's `maxItems`, `minItems`
 * and `items`, an object's `required`, `propertyNames` (each name's errors, then one naming it),
 * `additionalProperties` and `properties`. test/schema.node.test.mjs compares them with ajv's.
 * @returns an empty array when `data` has the schema's shape.
 */
export function schemaErrors(
  data: unknown,
  schema: Schema = treeSchema,
  at = '',
  errors: SchemaError[] = [],
): SchemaError[] {
  if (schema === true || schema === false) {
    if (!schema) errors.push({ instancePath: at, keyword: 'false schema', params: {} });
    return errors;
  }
  const error = (keyword: string, params: SchemaError['params'] = {}): void => {
    errors.push({ instancePath: at, keyword, params });
  };
  if (schema.enum && !schema.enum.includes(data as string)) error('enum', { allowedValues: schema.enum });
  if (schema.const !== undefined && data !== schema.const) error('const');
  for (const { if: condition, then } of schema.allOf ?? []) {
    if (schemaErrors(data, condition, at).length) continue;
    const before = errors.length;
    if (schemaErrors(data, then, at, errors).length > before) error('if');
  }
  const { type } = schema;
  if (type && !(type == 'string' ? typeof data == 'string' : type == 'array' ? Array.isArray(data) : isObject(data)))
    return (error('type', { type }), errors);
  if (typeof data == 'string') {
    if (data.length < (schema.minLength ?? 0)) error('minLength', { limit: schema.minLength! });
    if (schema.pattern && !schema.pattern.test(data)) error('pattern');
  } else if (Array.isArray(data)) {
    if (data.length > (schema.maxItems ?? Infinity)) error('maxItems', { limit: schema.maxItems! });
    if (data.length < (schema.minItems ?? 0)) error('minItems', { limit: schema.minItems! });
    if (schema.items !== undefined) data.forEach((item, i) => schemaErrors(item, schema.items!, `${at}/${i}`, errors));
  } else if (isObject(data)) {
    const { properties = {}, additionalProperties = true, propertyNames } = schema;
    for (const name of schema.required ?? [])
      if (data[name] === undefined) error('required', { missingProperty: name });
    if (propertyNames !== undefined)
      for (const name in data) {
        const before = errors.length;
        if (schemaErrors(name, propertyNames, at, errors).length > before)
          error('propertyNames', { propertyName: name });
      }
    if (additionalProperties !== true)
      for (const name in data)
        if (!Object.prototype.hasOwnProperty.call(properties, name))
          if (additionalProperties === false) error('additionalProperties', { additionalProperty: name });
          else
            schemaErrors(
              data[name],
              additionalProperties,
              `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
              errors,
            );
    for (const name in properties)
      if (data[name] !== undefined) schemaErrors(data[name], properties[name]!, `${at}/${name}`, errors);
  }
  return errors;
}

/**
 * Everything wrong with a tree given as parsed JSON: its schema problems or, when it has the
 * schema's shape, its semantic ones (`walkProblems`, validateTree without `strict`). An empty array: `data` is a
 * valid Tree.
 */
export function treeProblems(data: unknown): TreeProblem[] {
  const errors = schemaErrors(data);
  return errors.length ? schemaProblems(data, errors) : walkProblems(data as Tree);
}

/** The schema errors of `tree`, worded and without repeats. */
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
    const { keyword, params } = e;
    // Every keyword of src/data/tree.schema.json that can fail (`if` is skipped above).
    const what =
      keyword === 'additionalProperties'
        ? `has an unknown field "${params.additionalProperty}"`
        : keyword === 'enum'
          ? `must be one of ${params.allowedValues!.map((v) => `"${v}"`).join(', ')}`
          : keyword === 'pattern'
            ? 'must be lowercase kebab-case (e.g. "cas-2")'
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
