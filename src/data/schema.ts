/**
 * Checks a value against the published JSON Schema (src/data/tree.schema.json) inside the
 * widget, in a few hundred bytes: ajv's standalone code for that schema weighs 3.1 KB gzip, more
 * than the widget's whole size budget leaves. This interprets only the keywords the schema uses
 * (`$ref` to `#/definitions/…`, `type`, `required`, `properties`, `additionalProperties: false`,
 * `items`, `minItems`, `minLength`, `pattern`, `enum`, `const`, `allOf`, `if`/`then`, `true`),
 * and reports errors in ajv's shape, with ajv's messages, so that one function
 * (`schemaProblems`) words them for people, here and in `npm run check-tree` (which runs ajv
 * itself). test/schema.node.test.mjs checks that both find the same errors on many broken trees,
 * and that the schema uses no other keyword.
 */

/** The subset of JSON Schema draft-07 that tree.schema.json is written in. */
export interface Schema {
  readonly $ref?: string;
  readonly type?: 'object' | 'array' | 'string';
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema | boolean>>;
  readonly additionalProperties?: boolean;
  readonly items?: Schema;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly const?: string;
  readonly allOf?: readonly { readonly if: Schema; readonly then: Schema }[];
  readonly definitions?: Readonly<Record<string, Schema>>;
}

/** One schema error, as ajv reports it (the fields `schemaProblems` reads). */
export interface SchemaError {
  /** JSON Pointer to the value, e.g. `/nodes/2/choices/0/next`. */
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: { readonly additionalProperty?: string; readonly allowedValues?: readonly string[] };
  readonly message: string;
}

/** Every error of `data` against `root` (ajv's `allErrors: true`); an empty array when it is valid. */
export function schemaErrors(root: Schema, data: unknown): SchemaError[] {
  const check = (schema: Schema | boolean, value: unknown, path: string, errors: SchemaError[]): SchemaError[] => {
    const fail = (keyword: string, message: string, params: SchemaError['params'] = {}): void => {
      errors.push({ instancePath: path, keyword, params, message });
    };
    if (schema === true) return errors;
    if (schema === false) return (fail('false schema', 'boolean schema is false'), errors);
    if (schema.$ref) check(root.definitions![schema.$ref.slice(14)]!, value, path, errors);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    // ajv (strict) takes `required` to mean `type: "object"`.
    const expected = schema.type ?? (schema.required && 'object');
    if (expected && expected !== type) return (fail('type', `must be ${expected}`), errors);
    if (schema.enum && !schema.enum.includes(value as string))
      fail('enum', 'must be equal to one of the allowed values', { allowedValues: schema.enum });
    if (schema.const !== undefined && value !== schema.const) fail('const', 'must be equal to constant');
    if (typeof value === 'string') {
      if ([...value].length < (schema.minLength ?? 0))
        fail('minLength', `must NOT have fewer than ${schema.minLength} characters`);
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
        fail('pattern', `must match pattern "${schema.pattern}"`);
    }
    if (Array.isArray(value)) {
      if (value.length < (schema.minItems ?? 0)) fail('minItems', `must NOT have fewer than ${schema.minItems} items`);
      if (schema.items) value.forEach((item, i) => check(schema.items!, item, `${path}/${i}`, errors));
    }
    if (isObject) {
      const object = value as Record<string, unknown>;
      for (const name of schema.required ?? [])
        if (!(name in object)) fail('required', `must have required property '${name}'`);
      for (const [name, item] of Object.entries(object)) {
        const sub = schema.properties?.[name];
        if (sub !== undefined) check(sub, item, `${path}/${name}`, errors);
        else if (schema.additionalProperties === false)
          fail('additionalProperties', 'must NOT have additional properties', { additionalProperty: name });
      }
    }
    for (const { if: condition, then } of schema.allOf ?? [])
      if (!check(condition, value, path, []).length) check(then, value, path, errors);
    return errors;
  };
  return check(root, data, '', []);
}
