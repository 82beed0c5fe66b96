// Builds the files a school pastes into its page, both self-contained and minified, with Lit,
// the tree and every locale inside:
//   dist/ent-help.js       ES module (<script type="module">)
//   dist/ent-help.iife.js  classic script (<script>), for editors that strip type="module";
//                          it defines <ent-help> and one global, `EntHelp`.
// It also writes dist/size-report.json: what each module adds to each file (see scripts/size.mjs).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import {
  cssWithoutTag,
  guardInternalNames,
  internalNames,
  moduleOrder,
  noMsgIdHashing,
  shortClassNames,
  shortMsgIds,
  treeMessageOrder,
} from './scripts/lib/rollup-slim.mjs';

// `private` and `@internal` members of src/ get short names (see internalNames), except those
// named like a field of an event's detail or of the tree, or like a DOM property.
const privateNames = await internalNames(undefined, {
  publicTypes: ['src/internal/events.ts', 'src/data/types.ts'],
});
// The fields of a schema error (`instancePath`, `keyword`, `params`…, tagged `@internal`): the
// generated validator writes them, src/data/schema-problems.ts alone reads them; both are shortened
// alike. −90 B gzip on dist/ent-help.js (each of ajv's ~90 error reports names three of them); the
// minified build's test: test/embedding.test.ts, « words a broken tree's schema problems ».
const schemaErrorNames = await internalNames(['src/data/schema-problems.ts']);

/** Same minifier settings for both files; only `module` differs. */
const minify = (module) =>
  terser({
    ecma: 2021,
    module,
    mangle: { properties: { regex: new RegExp(`^(?:${privateNames.join('|')})$`), keep_quoted: true } },
    // Each checked on the unmangled output's diff, 2026-12-03 (−56 B gzip on dist/ent-help.js, −50 B on
    // the IIFE): a third pass; keep_fargs: false, whose only effect here is inlining Lit's identity
    // JSCompiler_renameProperty (no code of the bundle reads a function's `length`); pure_getters, which
    // only moves or merges property reads of ours and of the DOM that have no side effects; unsafe_proto
    // (`{}.hasOwnProperty`, `[].indexOf`). Left out: `unsafe` (String(x) → x+"", `${x}` → "…"+x: another
    // result for a Symbol or an object with its own valueOf, from a host's property), unsafe_arrows
    // (larger), booleans_as_integers (`!0` → 1 reaches attributes and events), toplevel (the IIFE's
    // global `EntHelp`).
    compress: { passes: 3, keep_fargs: false, pure_getters: true, unsafe_proto: true },
    // V8's explicit compile hint (Chromium 136+; other engines see a comment): most of the file (Lit,
    // the element, its first render) runs before the first question is on screen, so every function
    // is compiled eagerly while the file streams in, on a background thread, instead of one by one on
    // the main thread at its first call. Measured alone (×4 throttling, 7 interleaved loads, medians):
    // scripting 183 → 131 ms with 30 instances, 82 → 55 ms for the accordion; +29 B gzip, and about
    // +0.07 MB of heap (the bytecode of what start-up does not run, such as the tree validator).
    format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  });

/**
 * Records, per output file, the bytes each source module contributes after tree-shaking
 * (rollup's `renderedLength`, before minification) and the gzip size of that code alone.
 * The bundler is the only one that knows this split; scripts/size.mjs prints it.
 */
function sizeReport(file = 'dist/size-report.json') {
  const report = {};
  return {
    name: 'size-report',
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        report[chunk.fileName] = Object.entries(chunk.modules)
          .map(([id, m]) => ({
            module: relative(process.cwd(), id.replace(/^\0/, '')).replaceAll('\\', '/'),
            rendered: m.renderedLength,
            renderedGzip: m.code ? gzipSync(m.code).length : 0,
            original: m.originalLength,
          }))
          .filter((m) => m.rendered > 0)
          .sort((a, b) => b.rendered - a.rendered);
      }
    },
    async writeBundle() {
      await writeFile(file, JSON.stringify(report, null, 2) + '\n');
    },
  };
}

const report = sizeReport();

export default {
  input: 'src/ent-help.ts',
  output: [
    { file: 'dist/ent-help.js', format: 'es', sourcemap: 'hidden', plugins: [minify(true), report] },
    {
      file: 'dist/ent-help.iife.js',
      format: 'iife',
      name: 'EntHelp',
      sourcemap: 'hidden',
      plugins: [minify(false), report],
    },
  ],
  // @lit/localize's configureLocalization() module (init/runtime.js) resolves a Deferred as it is
  // evaluated, which nothing can observe; src/internal/localization.ts does not use it, but every
  // `import { msg } from '@lit/localize'` reaches it through the package's index: without this it
  // would stay in the file for that one statement.
  treeshake: { moduleSideEffects: (id) => !id.replaceAll('\\', '/').endsWith('/@lit/localize/init/runtime.js') },
  plugins: [
    // `browser` + the default `production` condition select Lit's production build.
    noMsgIdHashing(),
    guardInternalNames(privateNames, { shared: { 'src/generated/tree-validator.js': schemaErrorNames } }),
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      declaration: false,
      declarationMap: false,
      noEmitOnError: true,
      outDir: 'dist',
    }),
    cssWithoutTag({ constantsOnly: true }),
    // After TypeScript, on plain JS: collapses whitespace in html`` and minifies css`` (lightningcss).
    // Attribute values without quotes where HTML allows it (Lit binds `attr=${x}` unquoted alike): −34 B gzip.
    minifyHTML({ failOnError: true, options: { minifyOptions: { removeAttributeQuotes: true } } }),
    shortMsgIds({ sequence: await treeMessageOrder() }),
    cssWithoutTag(),
    shortClassNames(),
    // After every transform, on each output chunk before terser: the texts moved next to the entry,
    // the validator to the top.
    moduleOrder(),
  ],
};
