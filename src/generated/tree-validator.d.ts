// Types of src/generated/tree-validator.js (ajv's standalone validator for src/data/tree.schema.json).
import type { SchemaError } from '../data/schema-problems.js';

/** True when `data` has the schema's shape; otherwise false, with `validate.errors` set. */
declare const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validate;
/** How a value that does not match a pattern of the schema is worded (its `patternErrorMessage`), by the pattern. */
export declare const patternWords: Readonly<Record<string, string>>;
