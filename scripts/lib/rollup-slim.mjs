// Rollup plugins that make the shipped bundle smaller without changing what it does. Each one
// says what it saves (gzip bytes of dist/ent-help.js); one that saves under 100 B is not kept (the
// DOM-named members' shortening, 59 B, and the short private custom properties, 52 B, went on
// 2026-12-02, measured on the merged main). test/build.node.test.mjs checks each on the built file.
import { readdirSync, readFileSync } from 'node:fs';
import { domprops } from '../../node_modules/terser/tools/domprops.js';

/**
 * Every msg() of ours names its id (`{ id: 'cas-1.title' }`; scripts/check-translations.mjs fails
 * on an auto-generated one), so @lit/localize never hashes a template into an id: its
 * id-generation module (and the 64-bit FNV-1a hash behind it) is replaced by a stub. A msg()
 * without an id would still work, in French: the stub's id matches no translation. Replaces a
 * module (resolveId), no code is rewritten. Saves 228 B gzip on dist/ent-help.js (measured before
 * the split).
 */
export function noMsgIdHashing() {
  const STUB = '\0ent-help:id-generation';
  return {
    name: 'no-msg-id-hashing',
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('@lit/localize')) return STUB;
      return null;
    },
    load(id) {
      return id === STUB ? "export const generateMsgId = () => '';\n" : null;
    },
  };
}

/**
 * Message ids are for translators (`cas-2-mail-non-recu.contact`); the bundle would carry each one
 * five times (the msg() call and four locale modules). In the compiled code only, each id becomes
 * a number, its index among the ids of the generated locale modules (src/generated/locales/*.ts,
 * the first target's order first), in the msg() calls (`{ id: 7 }`), and each module's
 * `templates` object becomes an array holding each translation at its id's index (a hole where a
 * locale lacks one: French is shown, as with a missing key). @lit/localize's runtime looks a
 * translation up as `templates[id]`, which reads an array by index just as it read the object by
 * key; the keys themselves, which gzip cannot predict, leave the bundle. An id that is in no
 * generated module is left as it is (it then shows in French, as it would anyway). An AST
 * transform (the msg() calls' options, the `templates` declaration). Saves 918 B gzip on
 * dist/ent-help.js (measured before the split).
 */
export function shortMsgIds({ localesDir = 'src/generated/locales', locale = 'en', sequence } = {}) {
  const files = [`${locale}.ts`, ...readdirSync(localesDir).filter((f) => f.endsWith('.ts') && f !== `${locale}.ts`)];
  const index = new Map();
  // The default tree's messages first, numbered in the order they are evaluated (see below).
  for (const id of sequence?.ids ?? []) if (!index.has(id)) index.set(id, index.size);
  // Which of them may go without a number: evaluated once by createDefaultTree(), just after the
  // message numbered one less.
  const implicit = new Set(
    (sequence?.ids ?? []).filter(
      (id, i, ids) => i > 0 && ids.indexOf(id) === ids.lastIndexOf(id) && index.get(ids[i - 1]) === index.get(id) - 1,
    ),
  );
  for (const file of files) {
    for (const [, id] of readFileSync(`${localesDir}/${file}`, 'utf8').matchAll(/^\s*'([^'\n]+)':\s*(?:str)?`/gm)) {
      if (!index.has(id)) index.set(id, index.size);
    }
  }
  return {
    name: 'short-msg-ids',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      if (!/\/src\/.*\.ts$/.test(path)) return null;
      if (!path.includes(`/${localesDir}/`)) {
        // The options of msg(): `msg('…', { id: 'cas-1.title' })` → `msg('…', 7)`, the number for
        // the options object when it holds the id alone (src/internal/localization.ts's msg() reads
        // `options.id ?? options`; −61 B gzip on dist/ent-help.js, 2026-12-07), `{ id: 7 }` otherwise.
        if (!code.includes('msg(')) return null;
        const edits = [];
        const treeModule = sequence?.modules.some((m) => path.endsWith(`/${m}`));
        // The functions whose body the default tree's messages may go without a number in.
        const inSequence = [];
        // In the tree's functions, a call inside a branch or a loop could change which messages are
        // read, and in what order, from one locale or one call to the next: the build fails then.
        const branches = [];
        const calls = [];
        walk(this.parse(code), (node, parent) => {
          if (
            treeModule &&
            /^(?:ConditionalExpression|LogicalExpression|IfStatement|SwitchStatement|TryStatement|ForStatement|ForInStatement|ForOfStatement|WhileStatement|DoWhileStatement|ChainExpression)$/.test(
              node.type,
            )
          )
            branches.push(node);
          if (treeModule && node.type === 'CallExpression') calls.push(node);
          if (/^(?:FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(node.type))
            inSequence.push([
              node,
              node.type === 'FunctionDeclaration' &&
                parent?.type === 'ExportNamedDeclaration' &&
                sequence?.functions.includes(node.id.name),
            ]);
          if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
          const options = node.arguments[1];
          const properties = options?.type === 'ObjectExpression' ? options.properties : [];
          for (const p of properties) {
            const key = p.type === 'Property' && !p.computed ? (p.key.name ?? p.key.value) : undefined;
            if (key === 'id' && p.value.type === 'Literal' && index.has(p.value.value)) {
              const id = p.value.value;
              const enclosing = inSequence.filter(([f]) => f.start <= node.start && node.end <= f.end).at(-1);
              if (treeModule && implicit.has(id) && properties.length === 1 && enclosing?.[1])
                edits.push([node.arguments[0].end, options.end, '']);
              else {
                const [start, end] =
                  properties.length === 1 ? [options.start, options.end] : [p.value.start, p.value.end];
                edits.push([start, end, String(index.get(id))]);
              }
            }
          }
        });
        const within = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end;
        for (const [f, ordered] of inSequence)
          for (const b of branches)
            if (ordered && within(b, f) && calls.some((c) => within(c, b)))
              this.error(
                `${id}: a call inside a branch or a loop of ${f.id.name}() (treeMessageOrder): ${code.slice(b.start, b.start + 60)}`,
              );
        return edits.length ? { code: splice(code, edits), map: null } : null;
      }
      // `export const templates = { 'cas-1.title': `…`, 'ui.notice': str`…`, … };` → `[`…`, …]`.
      const program = this.parse(code);
      const declarator = program.body
        .filter((n) => n.type === 'ExportNamedDeclaration' && n.declaration?.type === 'VariableDeclaration')
        .flatMap((n) => n.declaration.declarations)
        .find((d) => d.id.name === 'templates' && d.init?.type === 'ObjectExpression');
      if (!declarator) return null;
      const slots = [];
      for (const property of declarator.init.properties) {
        const key =
          property.type === 'Property' && !property.computed ? (property.key.value ?? property.key.name) : undefined;
        if (!index.has(key))
          this.error(
            `${id}: cannot turn templates into an array at ${code.slice(property.start, property.start + 40)}`,
          );
        slots[index.get(key)] = code.slice(property.value.start, property.value.end);
      }
      const array = `[${Array.from(slots, (v) => v ?? '').join(',\n')}]`;
      return {
        code: code.slice(0, declarator.init.start) + array + code.slice(declarator.init.end),
        map: null,
      };
    },
  };
}

/**
 * The message ids that createDefaultTree() (src/data/default-tree.ts) reads, in the order it reads
 * them: the module evaluated in node (esbuild) with a msg() that records each id. shortMsgIds
 * numbers these messages first, in this order, so that each one read just after the message
 * numbered one less needs no number in the bundle: `msg('Élève')`, which the widget's msg()
 * (src/internal/localization.ts) reads as the message after the one it gave last. createDefaultTree()
 * runs the same statements in the same order for every locale (no branch, no loop: shortMsgIds
 * fails the build on a call inside one in those functions), and only its own body and
 * defaultTreeParts()'s go without numbers (not a function nested in them, which could run later). −256 B gzip on dist/ent-help.js, −263 B on the IIFE (2026-12-07). The
 * built files' test: test/built-tree-texts.test.ts (every node and answer of the built-in tree, in
 * every locale, as the source shows them); test/build.node.test.mjs counts the messages without a
 * number.
 */
export async function treeMessageOrder() {
  const { build } = await import('esbuild');
  const stub = {
    name: 'recording-msg',
    setup(b) {
      b.onResolve({ filter: /^@lit\/localize$/ }, () => ({ path: 'msg', namespace: 'recording-msg' }));
      b.onLoad({ filter: /.*/, namespace: 'recording-msg' }, () => ({
        contents:
          'export const ids = []; export const msg = (t, o) => (ids.push(o.id), typeof t === "string" ? t : t.strings.join("")); export const str = (strings, ...values) => ({ strings, values });',
      }));
    },
  };
  const out = await build({
    stdin: {
      contents: "export { createDefaultTree } from './src/data/default-tree.ts'; export { ids } from '@lit/localize';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    plugins: [stub],
  });
  const { createDefaultTree, ids } = await import(
    `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
  );
  createDefaultTree();
  const first = [...ids];
  ids.length = 0;
  createDefaultTree();
  if (first.join() !== ids.join())
    throw new Error('treeMessageOrder: createDefaultTree() read its messages in another order');
  return {
    ids: first,
    modules: ['src/data/default-tree.ts', 'src/data/default-tree-parts.ts'],
    functions: ['createDefaultTree', 'defaultTreeParts'],
  };
}

/** Every `.ts` file under `dir`, generated ones (`src/generated/`) aside, sorted. */
export function sourceFiles(dir = 'src') {
  return readdirSync(dir, { recursive: true })
    .map((f) => `${dir}/${String(f).replaceAll('\\', '/')}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith(`${dir}/generated/`))
    .sort();
}

/** Calls `visit` on every node of an ESTree program (rollup's `this.parse`), parents first. */
function walk(node, visit, parent = null) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value.type === 'string') walk(value, visit, node);
  }
}

/** Applies `[start, end, text]` replacements (not overlapping) to `code`. */
function splice(code, edits) {
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * Names of the members that terser may shorten (its own property mangling, `mangle.properties`),
 * found with the TypeScript parser in every file of `files`: the `private` members of a class, and
 * the members of a class, an interface or a type literal whose JSDoc says `@internal` (what a view
 * module or a controller reads of the element: public to TypeScript, not to a host). A name of a
 * field of a public type (an event's detail, the tree: `publicTypes`) keeps its name, since terser
 * renames a property everywhere in the bundle; a name that terser knows as a DOM property (its
 * `builtins: false`, e.g. a member called `focus`) is left out, since terser keeps it anyway. Since the files are all of `src/`, a member
 * moved to another file is shortened as before; one not tagged keeps its name (a few bytes, never a
 * break). test/build.node.test.mjs checks on the built file that every one of them was shortened, and
 * guardInternalNames fails the build when a module not ours uses one of those names.
 * Saves 414 B gzip on dist/ent-help.js (measured with the element in one file, before the split).
 */
export async function internalNames(files = sourceFiles(), { publicTypes = [] } = {}) {
  const { default: ts } = await import('typescript');
  const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set();
  const isInternal = (member) => ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal');
  for (const file of files) {
    const visit = (node) => {
      const members = ts.isClassLike(node)
        ? node.members
        : ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node)
          ? node.members
          : [];
      for (const member of members) {
        const isPrivate = (ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : []).some(
          (m) => m.kind === ts.SyntaxKind.PrivateKeyword,
        );
        if ((isPrivate || isInternal(member)) && member.name && ts.isIdentifier(member.name))
          names.add(member.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  for (const file of publicTypes) {
    const visit = (node) => {
      if (ts.isPropertySignature(node) && node.name && ts.isIdentifier(node.name)) names.delete(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  // terser keeps these itself (`builtins: false`): they are not ours to shorten.
  for (const name of domprops) names.delete(name);
  return [...names].sort();
}

/**
 * Each css`` literal becomes `unsafeCSS(`…`)`: the same CSSResult with the same text (a template
 * literal's cooked string, as the tag reads it), so Lit's `css` tag (and its error message for
 * interpolated values) leaves the bundle. A `${name}` in a literal, where `name` is a `const` of
 * the same module bound to a css`` literal without `${}` (the dark palette, written once and used
 * by two rules), is replaced by that literal's text, and the `const` goes when nothing else reads
 * it. Each stylesheet is still built once, on first use, and shared by every instance (CSSResult
 * keeps it). An AST transform, per module of src/ that imports `css` from lit; a module where `css`
 * is used otherwise is left as it is, with a warning. With `constantsOnly`, before the CSS is
 * minified, it only inlines and drops the constants (a list of declarations alone is no stylesheet
 * the minifier can read). Saves 154 B gzip on dist/ent-help.js
 * (measured before the split).
 */
export function cssWithoutTag({ constantsOnly = false } = {}) {
  return {
    name: constantsOnly ? 'css-constants' : 'css-without-tag',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replaceAll('\\', '/')) || !code.includes('css')) return null;
      const program = this.parse(code);
      const specifier = program.body
        .filter((n) => n.type === 'ImportDeclaration' && n.source.value === 'lit')
        .flatMap((n) => n.specifiers)
        .find((s) => s.type === 'ImportSpecifier' && s.imported.name === 'css' && s.local.name === 'css');
      if (!specifier) return null;
      const isCss = (n) =>
        n?.type === 'TaggedTemplateExpression' && n.tag.type === 'Identifier' && n.tag.name === 'css';
      const text = (quasi) => code.slice(quasi.start + 1, quasi.end - 1);
      // Module-level `const name = css`…`` without `${}`: their text can stand for `${name}`.
      const constants = new Map();
      for (const statement of program.body) {
        const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
        for (const d of declaration.declarations)
          if (d.id.type === 'Identifier' && isCss(d.init) && !d.init.quasi.expressions.length)
            constants.set(d.id.name, {
              text: text(d.init.quasi),
              statement,
              single: declaration.declarations.length === 1 && statement === declaration,
              reads: 0,
            });
      }
      const edits = constantsOnly ? [] : [[specifier.start, specifier.end, 'unsafeCSS']];
      const inlined = new Set();
      let other = false;
      walk(program, (node, parent) => {
        if (isCss(node)) {
          const { quasis, expressions } = node.quasi;
          if (expressions.every((e) => e.type === 'Identifier' && constants.has(e.name))) {
            for (const e of expressions) inlined.add(e);
            const joined = quasis
              .map(
                (q, i) => code.slice(q.start, q.end) + (expressions[i] ? constants.get(expressions[i].name).text : ''),
              )
              .join('');
            if (!constantsOnly) edits.push([node.start, node.end, `unsafeCSS(\`${joined}\`)`]);
            else if (expressions.length) edits.push([node.quasi.start, node.quasi.end, `\`${joined}\``]);
          } else other = true;
        } else if (node.type === 'Identifier' && constants.has(node.name) && parent?.type !== 'VariableDeclarator') {
          if (!inlined.has(node)) constants.get(node.name).reads++;
        } else if (
          node.type === 'Identifier' &&
          node.name === 'css' &&
          parent !== specifier &&
          !(parent?.type === 'TaggedTemplateExpression' && parent.tag === node) &&
          !(parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)
        )
          other = true;
      });
      if (other) {
        this.warn(`${id}: css is used other than as the tag of a literal; left as it is`);
        return null;
      }
      // A constant only inlined goes (its literal, rewritten above, is dropped with it).
      const dropped = [...constants.values()].filter((c) => c.single && !c.reads);
      const kept = edits.filter(
        ([start, end]) => !dropped.some((c) => start >= c.statement.start && end <= c.statement.end),
      );
      for (const c of dropped) kept.push([c.statement.start, c.statement.end, '']);
      return { code: splice(code, kept), map: null };
    },
  };
}

/**
 * The class names of the shadow root's styles (src/styles/*.ts, every `.name` of their selectors)
 * become one or two letters, in the styles and in every `class` attribute of our html`` templates,
 * in the bundle only: `class=choice-label` → `class=k`; so do the private custom properties of
 * every styles file (`--_accent` → `--_a`: one map for all of them, from the styles' source, so
 * styles split over several files keep their colours). A class is no part of the public API (a
 * host styles the parts, `::part()`; the shadow root's classes are the element's own), but `keep`
 * names those that someone outside reads: `.base` (test/embedding.test.ts, scripts/screenshots.mjs
 * and a page's declarative first screen), the texts and the checklist's label that
 * test/embedding.test.ts measures in the built file under a hostile page's CSS, and the trail whose
 * drawn separator test/hardening-round8.test.ts finds in it (keeping them costs 20 B). Lowercase letters then digits only, so quirks mode's case-insensitive class
 * matching cannot merge two of them; the most used names get one letter. Where a class is given
 * otherwise than as a template's attribute text, only a string literal can be rewritten:
 * `class=${a ? 'x y' : 'x'}` (literals and conditionals of literals) and `el.className = 'x'`;
 * the build fails on any other expression in a class attribute, and on `classList`, `classMap`
 * and `setAttribute('class', …)` in our modules. An AST transform per module (after the templates
 * and styles are minified). −165 B gzip on dist/ent-help.js (−168 B on the IIFE) for the classes,
 * −43 B (−51 B) more for the custom properties, 2026-12-07; test/build.node.test.mjs checks the
 * built file.
 */
export function shortClassNames({
  keep = ['base', 'title', 'step-title', 'intro', 'hint', 'source', 'choice-hint', 'check', 'trail'],
  stylesDir = 'src/styles',
} = {}) {
  const styles = readdirSync(stylesDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(`${stylesDir}/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))
    .join('\n');
  const counts = new Map();
  for (const [, name] of styles.matchAll(/(?<![\d.])\.([a-zA-Z][\w-]*)/g))
    if (!keep.includes(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const short = new Map();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const nameAt = (i) => (i < 26 ? letters[i] : letters[Math.floor((i - 26) / 10)] + String((i - 26) % 10));
  [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1))
    .forEach((name, i) => short.set(name, nameAt(i)));
  if (short.size > 26 + 230) throw new Error('shortClassNames: too many class names');
  // The private custom properties (`--_accent`, tokens.ts; only the styles read them) likewise: `--_a`.
  const properties = new Map();
  for (const [name] of styles.matchAll(/--_[\w-]+/g)) properties.set(name, (properties.get(name) ?? 0) + 1);
  const shortProperty = new Map(
    [...properties.keys()]
      .sort((a, b) => properties.get(b) - properties.get(a) || (a < b ? -1 : 1))
      .map((name, i) => [name, `--_${nameAt(i)}`]),
  );
  const renameList = (list) => list.replace(/[^\s]+/g, (c) => short.get(c) ?? c);
  const renameProperties = (css) => css.replace(/--_[\w-]+/g, (p) => shortProperty.get(p) ?? p);
  const renameCss = (css) =>
    css.replace(/(?<![\d.])\.([a-zA-Z][\w-]*)/g, (m, c) => (short.has(c) ? `.${short.get(c)}` : m));
  return {
    name: 'short-class-names',
    short,
    shortProperty,
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replaceAll('\\', '/'))) return null;
      if (!/class|unsafeCSS/.test(code)) return null;
      const edits = [];
      const literal = (node) => {
        if (node.type === 'Literal' && typeof node.value === 'string')
          edits.push([node.start, node.end, JSON.stringify(renameList(node.value))]);
        else if (node.type === 'ConditionalExpression') {
          literal(node.consequent);
          literal(node.alternate);
        } else
          this.error(
            `${id}: a class given by an expression shortClassNames cannot rewrite (a string literal, or a conditional of them)`,
          );
      };
      walk(this.parse(code), (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'unsafeCSS') {
          const [arg] = node.arguments;
          if (arg?.type === 'TemplateLiteral' && !arg.expressions.length) {
            const q = arg.quasis[0];
            edits.push([q.start, q.end, renameProperties(renameCss(code.slice(q.start, q.end)))]);
          }
        } else if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          node.tag.name === 'html'
        ) {
          const { quasis, expressions } = node.quasi;
          quasis.forEach((q, i) => {
            const raw = code.slice(q.start, q.end);
            edits.push([
              q.start,
              q.end,
              raw.replace(/(\sclass=)(?:"([^"]*)"|'([^']*)'|([^\s>"'=<`]+))/g, (m, at, dq, sq, bare) =>
                dq !== undefined
                  ? `${at}"${renameList(dq)}"`
                  : sq !== undefined
                    ? `${at}'${renameList(sq)}'`
                    : at + renameList(bare),
              ),
            ]);
            if (/\sclass=(?:"[^"]*|'[^']*|[^\s>"']*)$/.test(raw) && expressions[i]) {
              if (!/\sclass=$/.test(raw)) this.error(`${id}: a class attribute mixes text and an expression`);
              literal(expressions[i]);
            }
          });
        } else if (
          node.type === 'AssignmentExpression' &&
          node.left.type === 'MemberExpression' &&
          node.left.property.name === 'className'
        )
          literal(node.right);
        else if (
          (node.type === 'MemberExpression' && !node.computed && node.property.name === 'classList') ||
          (node.type === 'Identifier' && node.name === 'classMap') ||
          (node.type === 'CallExpression' &&
            node.callee.type === 'MemberExpression' &&
            node.callee.property.name === 'setAttribute' &&
            node.arguments[0]?.value === 'class')
        )
          this.error(`${id}: sets a class in a way shortClassNames does not rewrite: use a class attribute`);
      });
      return edits.length ? { code: splice(code, edits), map: null } : null;
    },
  };
}

/**
 * Fails the build when a module that is not ours (Lit, @lit/localize, the generated validator)
 * reads or writes a property named like one of `names` (internalNames): terser would rename it
 * there too, and break that module. Rename our member then. `shared` maps a module (its path from
 * the project's root) to the names it may use because their only reader is ours and is renamed with
 * it: the fields of the generated validator's errors (SchemaError, src/data/schema-problems.ts),
 * which it writes only as unquoted keys and reads only from its own options. An AST check (rollup's
 * parser, at build time only: no byte of the bundle). It also fails when our code declares a
 * reactive property of an internal name by a string, which terser would not rename with the member.
 */
export function guardInternalNames(names, { shared = {} } = {}) {
  const ours = new Set(names);
  return {
    name: 'guard-internal-names',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      // Our own modules, and the translations (text only), may use them.
      if (/\/src\/.*\.ts$/.test(path)) return null;
      const allowed = new Set(Object.entries(shared).find(([file]) => path.endsWith(`/${file}`))?.[1] ?? []);
      // Every name that is a property's (rollup's parser): `o.name`, `o['name']`, a key of an object
      // or of a pattern (`{ name }`, `const { name } = o`), a class member, and any string ('name' in o).
      const used = new Set();
      walk(this.parse(code), (node, parent) => {
        if (node.type === 'Literal' && typeof node.value === 'string') used.add(node.value);
        else if (
          node.type === 'Identifier' &&
          ((parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
            (/^(?:Property|MethodDefinition|PropertyDefinition)$/.test(parent?.type) &&
              parent.key === node &&
              !parent.computed))
        )
          used.add(node.name);
      });
      const clash = [...used].find((n) => ours.has(n) && !allowed.has(n));
      if (clash) this.error(`${id} uses a property named "${clash}", like an internal member of ours: rename ours`);
      return null;
    },
    // Ours, once compiled: a reactive property declared by a string (`createProperty('name')`)
    // keeps that name while terser renames the member, so Lit would watch a property nobody sets.
    renderChunk(code) {
      walk(this.parse(code), (node) => {
        const [name] = node.type === 'CallExpression' ? node.arguments : [];
        if (
          node.callee?.type === 'MemberExpression' &&
          node.callee.property.name === 'createProperty' &&
          name?.type === 'Literal' &&
          ours.has(name.value)
        )
          this.error(`createProperty('${name.value}') names an internal member by a string: name it by an object key`);
      });
      return null;
    },
  };
}

/**
 * Changes the order of a few modules' rendered code in each output chunk so that alike code comes
 * within gzip's 32 KB window. Each move takes `modules` (in that order) to just before the module
 * `before` names (`null`: the chunk's first): the built-in tree's French and the translations
 * (which sit between the navigator and the controllers by the import order) to just before the
 * entry (src/ent-help.ts, which defines the element), so that the code on either side of them,
 * which shares names and shapes, comes together (−531 B gzip on dist/ent-help.js, measured first);
 * among them, the shared French texts (data/texts.ts) after the tree's French, which quotes them,
 * and the translations English, Portuguese, then Arabic, the two Latin-script ones side by side
 * (−74 B, measured against texts first and the import order's ar, en, pt on 2026-12-04); ajv's
 * generated validator, whose code is like no other of ours, from between the configuration's
 * and the tree source's code to Lit's, before ReactiveElement (−168 B; at the very top it costs
 * 115 B: measure a new place); the checks of a school's addresses and of a custom tree (limits,
 * validateTree, the schema's problems) to just before the configuration's checks, which word their
 * problems alike (−133 B).
 * Only the order of the chunk's top-level declarations changes: a moved module must declare
 * only functions and `const`s, and no code evaluated as the file runs may read a name before its
 * declaration (the build fails then: a module moved later is read by none of the modules it
 * jumps over, a module moved earlier reads none of theirs, outside a function; each move is checked
 * in the order that the earlier moves left, so an anchor may be a moved module). terser would
 * inline a function called once (the tree's) where it is called, which undoes the move: those
 * calls are marked not to be inlined. A renderChunk hook, before terser; the sourcemap follows
 * (magic-string). test/build.node.test.mjs checks the order in the built file.
 */
export function moduleOrder(
  moves = [
    {
      modules: [
        /\/src\/data\/default-tree(?:-parts)?\.ts$/,
        /\/src\/data\/texts\.ts$/,
        /\/src\/generated\/locales\/en\.ts$/,
        /\/src\/generated\/locales\/pt\.ts$/,
        /\/src\/generated\/locales\/ar\.ts$/,
        // A locale that none of the above names: after them.
        /\/src\/generated\/locales\/(?!(?:en|pt|ar)\.ts$)[\w-]+\.ts$/,
      ],
      before: /\/src\/ent-help\.ts$/,
    },
    { modules: [/\/src\/generated\/tree-validator\.js$/], before: /\/@lit\/reactive-element\/reactive-element\.js$/ },
    {
      modules: [/\/src\/data\/addresses\.ts$/, /\/src\/data\/(?:limits|validate|schema-problems)\.ts$/],
      before: /\/src\/data\/config\.ts$/,
    },
  ],
) {
  return {
    name: 'module-order',
    async renderChunk(code, chunk) {
      const { default: MagicString } = await import('magic-string');
      const ids = Object.keys(chunk.modules).filter((id) => chunk.modules[id].renderedLength > 0);
      const path = (id) => id.replaceAll('\\', '/');
      const all = ids
        .map((id) => {
          const text = chunk.modules[id].code ?? '';
          const start = code.indexOf(text);
          if (!text || start < 0 || code.indexOf(text, start + 1) >= 0)
            this.error(`module-order: cannot find the code of ${id} once in ${chunk.fileName}`);
          const body = this.parse(text).body;
          return { id, text, start, end: start + text.length, body };
        })
        .sort((a, b) => a.start - b.start);
      // The names a module declares at its top level, and those it reads as it is evaluated.
      const declared = (m) =>
        m.body.flatMap((n) =>
          n.type === 'VariableDeclaration' ? n.declarations.map((d) => d.id.name) : n.id ? [n.id.name] : [],
        );
      const fn = /^(?:FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/;
      const readsAtOnce = (m, names) => {
        let found;
        const visit = (node, inFunction) => {
          if (found || !node || typeof node.type !== 'string') return;
          if (node.type === 'Identifier' && !inFunction && names.has(node.name)) found = node.name;
          const inner = inFunction || fn.test(node.type);
          for (const key of Object.keys(node)) {
            const value = node[key];
            if (Array.isArray(value)) for (const child of value) visit(child, inner);
            else if (value && typeof value.type === 'string') visit(value, inner);
          }
        };
        for (const statement of m.body) visit(statement, statement.type === 'FunctionDeclaration');
        return found;
      };
      const s = new MagicString(code);
      const noInline = new Set();
      const movedRanges = [];
      // The modules in their order as the moves go (`all` keeps their places in `code`): each move
      // is checked against the order that the earlier moves left.
      const order = [...all];
      for (const { modules, before } of moves) {
        const anchor = before === null ? order[0] : order.find((m) => before.test(path(m.id)));
        if (!anchor) this.error(`module-order: no module matches ${before} in ${chunk.fileName}`);
        const moved = modules.flatMap((re) => order.filter((m) => re.test(path(m.id)) && m !== anchor));
        if (!moved.length) this.error(`module-order: no module to move in ${chunk.fileName}`);
        for (const m of moved) {
          for (const n of m.body)
            if (n.type === 'FunctionDeclaration') noInline.add(n.id.name);
            else if (n.type !== 'VariableDeclaration' || n.kind !== 'const')
              this.error(`module-order: ${m.id} holds a ${n.type}, not only functions and consts`);
          const from = order.indexOf(m);
          const to = order.indexOf(anchor);
          const later = from < to;
          const jumped = later ? order.slice(from + 1, to) : order.slice(to, from);
          const [readers, names] = later ? [jumped, new Set(declared(m))] : [[m], new Set(jumped.flatMap(declared))];
          for (const r of readers) {
            const name = readsAtOnce(r, names);
            if (name) this.error(`module-order: ${r.id} reads ${name} as it is evaluated; moving ${m.id} breaks it`);
          }
          order.splice(from, 1);
          order.splice(order.indexOf(anchor), 0, m);
          if (!movedRanges.includes(m)) movedRanges.push(m);
          // magic-string puts it before the anchor's code, wherever an earlier move took that.
          s.move(m.start, m.end, anchor.start);
        }
      }
      walk(this.parse(code), (node) => {
        if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          noInline.has(node.callee.name) &&
          !movedRanges.some((m) => node.start >= m.start && node.end <= m.end)
        )
          s.appendLeft(node.start, '/*@__NOINLINE__*/');
      });
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
