// Run by `npm run build` (and `npm run localize`): compiles the published JSON Schema
// (src/data/tree.schema.json) with ajv into a standalone validation module,
// src/generated/tree-validator.js, that the widget bundles instead of ajv itself (ajv's own code,
// generated from the schema: no runtime dependency, no eval, so it runs under a strict CSP).
// Committed, like the rest of src/generated/, so that type checking and the tests run without a
// build; test/schema.node.test.mjs fails when it is stale.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import MagicString from 'magic-string';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';

/**
 * The ajv options shared by the widget's compiled validator and `npm run check-tree`, so both
 * report the same errors. `unicode: false` counts string length in UTF-16 code units, which keeps
 * ajv's ucs2length helper (a CommonJS require) out of the module; the schema only asks for
 * `minLength: 1`, where both counts agree.
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true };

/** The schema without its `description`, `title`, `$id` and `$schema` strings, which ajv's code would carry. */
function withoutProse(value) {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !(['description', 'title', '$id', '$schema'].includes(key) && typeof v === 'string'))
      .map(([key, v]) => [key, withoutProse(v)]),
  );
}

/**
 * The module's text: ajv's standalone ES module for the schema (prose left out), behind a header.
 * Its errors carry no `message` (`messages: false`) and no `schemaPath`: src/data/schema-problems.ts
 * words each error from its `keyword`, `params` and `instancePath` alone, so check-tree (whose
 * errors still have both) prints the same words, and the widget carries neither string (−460 B gzip,
 * −358 B net of the wording in schema-problems.ts). Unused arguments go too (−24 B).
 * A schemaPath is a JSON Pointer in a JSON string (`"#/definitions/nodeId/type"`): no quote inside.
 */
export function validatorModule(schema, options = {}) {
  const ajv = new Ajv({
    ...AJV_OPTIONS,
    ...options,
    messages: false,
    unicode: false,
    logger: false,
    code: { source: true, esm: true },
  });
  const code = standaloneCode(ajv, ajv.compile(withoutProse(schema))).replace(/schemaPath:"[^"\\]*",/g, '');
  // Each function of ajv's takes and passes on parentData, parentDataProperty and rootData, which
  // only $data references and some keywords read; this schema has none: they go, unless still read.
  const lean = code
    .replace(/, parentData, parentDataProperty, rootData=data\}=\{\}/g, '}={}')
    .replace(/,parentData:data\d+,parentDataProperty:i\d+,rootData\}/g, '}');
  const kept = /\b(?:parentData|parentDataProperty|rootData)\b/.test(lean) ? code : lean;
  // ajv keeps `errors` equal to `vErrors.length` (0 while vErrors is null): each report,
  // `const errN = {…};if(vErrors === null){vErrors = [errN];}else {vErrors.push(errN);}errors++;`,
  // is one statement, `errors = (vErrors ??= []).push({…});`, which does the same (−79 B gzip on
  // dist/ent-help.js).
  const pushes = kept.replace(
    /const (err\d+) = (\{[^;]*?\});if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g,
    'errors = (vErrors ??= []).push($2);',
  );
  // Params that schema-problems.ts never reads, left empty: a pattern's text (the problem says
  // « kebab-case »). −28 B gzip (with the if/then wrappers' failing keyword, gone since).
  const params = pushes.replace(/params:\{pattern: "(?:[^"\\]|\\.)*"\}/g, 'params:{}');
  if (/vErrors = \[err/.test(pushes)) throw new Error('generate-schema: an error report of ajv has a new shape');
  // A $ref's errors (a node's, a block's…) are added with `vErrors.concat(…)`, which copies every
  // error found so far each time: quadratic in the errors, a page frozen for minutes by a 256 KB tree
  // of empty nodes or blocks (87,000 `{}`). Pushed one by one instead (no spread: WebKit refuses a
  // call of more than 65,536 arguments); the same errors in the same order.
  const appended = params.replace(
    /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;/g,
    'for (const e of $1.errors) errors = (vErrors ??= []).push(e);',
  );
  if (/\.concat\(/.test(appended)) throw new Error("generate-schema: a $ref's errors are added in a new shape");
  // ajv lists an object's fields with for…in, which also yields the enumerable properties a page's old
  // script added to Object.prototype (`Object.prototype.extend = …`): every tree « has an unknown field
  // "extend" » there. Its own fields only (Object.keys: the same fields, in the same order, on a parsed tree).
  const own = appended.replace(/for\(const (key\d+) in (data\d*)\)/g, 'for(const $1 of Object.keys($2))');
  if (/for\(const \w+ in /.test(own)) throw new Error('generate-schema: an object is walked in a new shape');
  return `// Generated by scripts/generate-schema.mjs from src/data/tree.schema.json with ajv: do not edit.
${withLiteralEnums(withoutIfBookkeeping(own))}
`;
}

/**
 * ajv checks an `if` (allOf: [{ if, then }]) by reporting its errors into vErrors and counting
 * them, then cutting vErrors and the count back; when the `then` fails, it reports one more error,
 * keyword `if`, which src/data/schema-problems.ts skips (the `then`'s own errors say what is
 * wrong). Here an `if` clears a flag (`_validN = false`) where it would report, nothing is cut
 * back, and no `if` error is reported: the same errors otherwise, in the same order
 * (test/schema.node.test.mjs compares the worded problems with check-tree's, which come from ajv
 * itself, on hundreds of broken trees). An AST transform (rollup's parser, magic-string) that fails
 * on a shape it does not know. −152 B gzip on dist/ent-help.js, −144 B on the IIFE. (Dropping the
 * error count too, where nothing else reads it, costs 75 B: gzip finds `errors = (vErrors ??=
 * []).push(` everywhere alike.)
 */
export function withoutIfBookkeeping(code) {
  const s = new MagicString(code);
  const text = (node) => code.slice(node.start, node.end);
  const fail = (what) => {
    throw new Error(`generate-schema: ajv's code has a new shape (${what})`);
  };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const body = node.type === 'BlockStatement' || node.type === 'Program' ? node.body : null;
    if (body) {
      for (let i = 0; i < body.length; i++) {
        // const _errsA = errors;let validB = true;const _errsC = errors;IF;var _validD = _errsC === errors;
        // errors = _errsA;if(vErrors !== null){…}if(_validD){const _errsE = errors;THEN;var _validD =
        // _errsE === errors;validB = _validD;}if(!validB){errors = (vErrors ??= []).push({…"if"…});}
        const [a, b, c, test, d, reset, cut, then, report] = body.slice(i, i + 9);
        // (Another count, such as a propertyNames loop's, is not followed by a flag.)
        const validB = b && /^let (valid\d+) = true;$/.exec(text(b))?.[1];
        if (!/^const _errs\d+ = errors;$/.test(text(a)) || !validB) continue;
        const errsA = a.declarations[0].id.name;
        const errsC = /^const (_errs\d+) = errors;$/.exec(text(c))?.[1];
        const validD = /^var (_valid\d+) = (_errs\d+) === errors;$/.exec(text(d));
        if (!errsC || !validD || validD[2] !== errsC || test.type !== 'IfStatement') fail('an if');
        if (text(reset) !== `errors = ${errsA};`) fail('an if reset');
        if (text(cut) !== `if(vErrors !== null){if(${errsA}){vErrors.length = ${errsA};}else {vErrors = null;}}`)
          fail('an if cut');
        const inner = then.type === 'IfStatement' && text(then.test) === validD[1] ? then.consequent.body : [];
        const [first, ...rest] = inner;
        const [last2, last1] = rest.splice(-2);
        const errsE = first && /^const (_errs\d+) = errors;$/.exec(text(first))?.[1];
        if (!errsE || !last1) fail('a then');
        if (text(last2) !== `var ${validD[1]} = ${errsE} === errors;`) fail('a then count');
        if (text(last1) !== `${validB} = ${validD[1]};`) fail('a then flag');
        const reported = `if(!${validB}){errors = (vErrors ??= []).push({instancePath,keyword:"if",params:{`;
        if (!report || !text(report).startsWith(reported) || !text(report).endsWith('}});}')) fail('an if report');
        // The `if`'s own reports (`{}`): the flag instead.
        const ifCode = text(test).replace(/errors = \(vErrors \?\?= \[\]\)\.push\(\{\}\);/g, `${validD[1]} = false;`);
        if (/vErrors|errors/.test(ifCode)) fail('an if that reports otherwise');
        const thenCode = rest.map(text).join('');
        s.overwrite(a.start, report.end, `var ${validD[1]} = true;${ifCode}if(${validD[1]}){${thenCode}}`);
        i += 8;
      }
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(parseAst(code));
  const out = s.toString();
  if (/_valid\d+ = _errs/.test(out) || /keyword:"if"/.test(out)) fail('an if is still counted or reported');
  return out;
}

/**
 * An enum error's `allowedValues` is a reference into a copy of the schema that ajv's module
 * carries (`schema18.properties.kind.enum`): the whole node schema stays in the bundle for one
 * array. The array is written out instead (`["question","outcome"]`), the same values, and the
 * copies that nothing reads any more are left to tree-shaking. Saves 72 B gzip on dist/ent-help.js.
 */
function withLiteralEnums(code) {
  const schemas = new Map(
    [...code.matchAll(/const (schema\d+) = (\{.*?\});(?=const |function |export )/g)].map(([, name, json]) => [
      name,
      JSON.parse(json),
    ]),
  );
  return code.replace(/\b(schema\d+)((?:\.[A-Za-z_$][\w$]*)+)/g, (whole, name, path) => {
    if (!schemas.has(name)) return whole;
    const value = path
      .slice(1)
      .split('.')
      .reduce((v, key) => v?.[key], schemas.get(name));
    if (!Array.isArray(value)) throw new Error(`generate-schema: ${whole} is not an array`);
    return JSON.stringify(value);
  });
}

export const SCHEMA_FILE = new URL('../src/data/tree.schema.json', import.meta.url);
export const MODULE_FILE = new URL('../src/generated/tree-validator.js', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(MODULE_FILE, validatorModule(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))));
  console.log('src/generated/tree-validator.js compiled by ajv from src/data/tree.schema.json');
}
