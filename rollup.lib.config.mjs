// The npm package's unbundled build, for apps that have a bundler: one ES module per source module
// under dist/lib/ (dist/lib/ent-help.js is the entry point), readable, not minified, importing
// `lit` and `@lit/localize` (the package's peerDependencies) instead of carrying them, so an app
// that uses Lit keeps one copy of it. The bundled files for a page or a CDN are rollup.config.mjs's.
// Also copies the JSON Schema of trees to dist/tree.schema.json (exported as
// `ent-help/tree.schema.json`).
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { readFile } from 'node:fs/promises';

/** `lit`, `lit/decorators.js`, `@lit/localize`, `@lit/reactive-element`…: the app's own copies. */
const external = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+)(\/|$)/.test(id);

export default {
  input: 'src/ent-help.ts',
  external,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: 'lib/[name].js',
    // No source maps: the sources are not in the package, and this code is not minified.
    sourcemap: false,
  },
  plugins: [
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      declaration: false,
      declarationMap: false,
      sourceMap: false,
      noEmitOnError: true,
      outDir: 'dist',
    }),
    {
      name: 'tree-schema',
      async generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'tree.schema.json',
          source: await readFile('src/data/tree.schema.json', 'utf8'),
        });
      },
    },
  ],
};
