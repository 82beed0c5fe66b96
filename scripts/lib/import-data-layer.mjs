// Compiles modules of src/data/ for node with esbuild and imports them, so scripts use the
// same tree and checks as the widget (createDefaultTree() needs no DOM).
import { build } from 'esbuild';

/**
 * @param {string} exports - the body of an entry module, e.g.
 *   "export { createDefaultTree } from './src/data/default-tree.ts';" (paths from the project root)
 * @returns {Promise<Record<string, unknown>>} the module's namespace
 */
export async function importDataLayer(exports) {
  const out = await build({
    stdin: { contents: exports, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
