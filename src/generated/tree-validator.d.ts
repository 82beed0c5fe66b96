// Types of src/generated/tree-validator.js (ajv's standalone validator for src/data/tree.schema.json).
import type { SchemaError } from '../data/schema-problems.js';

/** True when `data` has the schema's shape; otherwise false, with `validate.errors` set. */
declare const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validate;
