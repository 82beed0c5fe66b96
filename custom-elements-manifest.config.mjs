// `npm run analyze` (cem analyze) reads this file: the manifest is written from the sources' JSDoc,
// then its module paths are pointed at the files the npm package ships: `src/x.ts` becomes
// `dist/lib/x.js` (the unbundled build, rollup.lib.config.mjs), or `dist/types/x.d.ts` for a
// module that only holds types. Run it after `npm run build` (prepack does both).
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/** `src/components/a.ts`, `/src/components/a.js` → the shipped file, when there is one. */
export function shippedPath(path) {
  const m = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  if (!m) return path;
  for (const candidate of [`dist/lib/${m[1]}.js`, `dist/types/${m[1]}.d.ts`])
    if (existsSync(candidate)) return candidate;
  return path;
}

/** Every `path` and `module` under `node`; a relative one (`./components/a.js`) is read from `dir`. */
function repoint(node, dir) {
  if (Array.isArray(node)) node.forEach((n) => repoint(n, dir));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string')
        node[key] = shippedPath(value.startsWith('.') ? posix.join(dir, value) : value);
      else repoint(value, dir);
    }
}

export default {
  plugins: [
    {
      name: 'shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) repoint(module, posix.dirname(module.path));
      },
    },
  ],
};
