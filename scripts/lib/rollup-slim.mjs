// Rollup plugins that make the shipped bundle smaller without changing what it does. Each one
// is measured in its commit message (gzip bytes of dist/ent-help.js).
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every msg() of ours names its id (`{ id: 'cas-1.title' }`; scripts/check-translations.mjs fails
 * on an auto-generated one), so @lit/localize never hashes a template into an id: its
 * id-generation module (and the 64-bit FNV-1a hash behind it) is replaced by a stub. A msg()
 * without an id would still work, in French: the stub's id matches no translation.
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
 * TypeScript's legacy decorators call tslib's `__decorate`; this is the same function without
 * its `Reflect.decorate` branch (reflect-metadata is not used here) and without the rest of tslib.
 * Since staticProperties removes the component's decorator calls, it is what keeps tslib's module
 * out of the bundle: rollup cannot drop that module's top-level `SuppressedError` statement (13 B).
 */
export function smallDecorate() {
  const STUB = '\0ent-help:tslib';
  return {
    name: 'small-decorate',
    resolveId(source) {
      return source === 'tslib' ? STUB : null;
    },
    load(id) {
      if (id !== STUB) return null;
      return `export function __decorate(decorators, target, key, desc) {
  const c = arguments.length;
  let r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i];
    if (d) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  }
  if (c > 3 && r) Object.defineProperty(target, key, r);
  return r;
}
`;
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
 * generated module is left as it is (it then shows in French, as it would anyway).
 */
export function shortMsgIds({ localesDir = 'src/generated/locales', locale = 'en' } = {}) {
  const files = [`${locale}.ts`, ...readdirSync(localesDir).filter((f) => f.endsWith('.ts') && f !== `${locale}.ts`)];
  const index = new Map();
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
        // The options of msg(): `{ id: 'cas-1.title' }`.
        const out = code.replace(/\bid:\s*(['"])([^'"\n]+)\1/g, (m, q, key) =>
          index.has(key) ? `id: ${index.get(key)}` : m,
        );
        return out === code ? null : { code: out, map: null };
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

/** 0 → a, 25 → z, 26 → A, 51 → Z, 52 → a0… */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return i < letters.length
    ? letters[i]
    : letters[i % letters.length] + Math.floor(i / letters.length - 1).toString(36);
}

/**
 * Names of the `private` members of the classes in `files`, for terser's property mangling: those
 * without a decorator, and those whose only decorator is `@state()` (staticProperties turns them
 * into keys of an object literal, which terser renames with every access). Another decorated
 * member keeps its name: its decorator receives it as a string. Public members, attributes and
 * events keep theirs, and so does a private member named like a field of a public type (an event's
 * detail, the tree: `publicTypes`), since terser renames a property everywhere in the bundle.
 * Members are found with the TypeScript parser, so a private member added later is mangled too;
 * terser leaves alone the names of DOM properties (`builtins: false`), so a private `focus` would
 * keep its name.
 */
export async function privateMemberNames(files, { publicTypes = [] } = {}) {
  const { default: ts } = await import('typescript');
  const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set();
  const isState = (d) =>
    ts.isCallExpression(d.expression) &&
    ts.isIdentifier(d.expression.expression) &&
    d.expression.expression.text === 'state';
  for (const file of files) {
    const visit = (node) => {
      if (ts.isClassLike(node)) {
        for (const member of node.members) {
          const modifiers = ts.getModifiers(member) ?? [];
          const isPrivate = modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
          const decorators = ts.getDecorators(member) ?? [];
          if (isPrivate && decorators.every(isState) && member.name && ts.isIdentifier(member.name)) {
            names.add(member.name.text);
          }
        }
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
  return [...names].sort();
}

/**
 * The styles' private custom properties (`--_accent`, `--_border-light`…: never read or set from
 * outside the shadow root; the public ones are `--ent-help-*`) get one-letter names in the
 * compiled styles: `--_a`, `--_b`…
 */
export function shortPrivateCustomProperties({ file = 'src/components/ent-help.styles.ts' } = {}) {
  return {
    name: 'short-private-custom-properties',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(file)) return null;
      const names = [...new Set(code.match(/--_[\w-]+/g) ?? [])].sort();
      const short = new Map(names.map((name, i) => [name, `--_${shortName(i)}`]));
      return { code: code.replace(/--_[\w-]+/g, (name) => short.get(name)), map: null };
    },
  };
}

/**
 * Lit's `@property()` and `@state()` decorators, as TypeScript's legacy decorators compile them
 * (`__decorate([property({ reflect: true })], EntHelp.prototype, "mode", void 0);` per member),
 * become one `static properties` object, assigned to the class where the first of those calls
 * was. Lit reads it when the element is defined and makes the same `createProperty(name, options)`
 * calls, in the same order, with the same options: `@property(x)` gives `x` (`undefined` without
 * one, as the decorator passes), `@state(x)` gives `{ ...x, state: true }` (lit/decorators' `state`
 * also sets `attribute: false`, which createProperty sets itself for any `state` property). The
 * decorators and `__decorate` then leave the bundle. Only in `files`; the build fails on a
 * decorator call of another shape (privateMemberNames counts on the `@state()` members' names
 * being keys here) or if a class already has static properties.
 */
export function staticProperties({ files = ['src/components/ent-help.component.ts'] } = {}) {
  const call =
    /__decorate\(\[\s*(property|state)\(((?:[^()]|\([^()]*\))*)\)\s*\],\s*(\w+)\.prototype,\s*"(\w+)",\s*void 0\);\n?/g;
  return {
    name: 'static-properties',
    transform(code, id) {
      if (!files.some((f) => id.replaceAll('\\', '/').endsWith(f))) return null;
      const byClass = new Map();
      let out = code.replace(call, (m, kind, options, cls, name) => {
        const given = options.trim();
        const declaration = kind === 'state' ? `{ ${given ? `...${given}, ` : ''}state: true }` : given || 'void 0';
        const first = !byClass.has(cls);
        if (first) byClass.set(cls, []);
        byClass.get(cls).push(`${name}: ${declaration}`);
        return first ? `\0properties:${cls}\0` : '';
      });
      if (!byClass.size) return null;
      // privateMemberNames counts on every @state() member becoming a key here.
      if (/__decorate\(/.test(out)) this.error(`${id}: a decorator call that staticProperties cannot read`);
      for (const [cls, props] of byClass) {
        if (new RegExp(`\\b${cls}\\.properties\\s*=|static\\s+(?:get\\s+)?properties\\b`).test(out))
          this.error(`${id}: ${cls} already has static properties`);
        out = out.replace(`\0properties:${cls}\0`, `${cls}.properties = { ${props.join(', ')} };\n`);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * The styles are one css`` literal with no `${}` once minified: it becomes `unsafeCSS(`…`)`, the
 * same CSSResult with the same text (a template literal's cooked string, as the tag reads it), so
 * Lit's `css` tag (and its error message for interpolated values) leaves the bundle. The one
 * stylesheet is still built once, on first use, and shared by every instance (CSSResult keeps it).
 * Does nothing if the file holds anything else tagged `css`.
 */
export function cssWithoutTag({ file = 'src/components/ent-help.styles.ts' } = {}) {
  return {
    name: 'css-without-tag',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(file)) return null;
      const literals = [...code.matchAll(/\bcss\s*`((?:[^`\\$]|\\.|\$(?!\{))*)`/g)];
      const imports = /import\s*\{\s*css\s*\}\s*from\s*'lit';/;
      if (literals.length !== 1 || (code.match(/\bcss\b/g) ?? []).length !== 2 || !imports.test(code)) {
        this.warn(`${id}: not one css\`\` literal without expressions; left as it is`);
        return null;
      }
      const out = code
        .replace(imports, "import { unsafeCSS } from 'lit';")
        .replace(literals[0][0], () => `unsafeCSS(\`${literals[0][1]}\`)`);
      return { code: out, map: null };
    },
  };
}
