// npm run test:package (after `npm run build` and `npm run analyze`, as `npm run verify` runs it):
// the package as npm would publish it. `npm pack` (its prepack is skipped: the build is already
// there), then `npm install` of the tarball into a throw-away app in a temp directory (npm installs
// the peer dependencies, lit and @lit/localize, from the registry), and there:
//   - the tarball holds both builds, the snippets, the static page, the manifest and the schema,
//     and no source map; every path of the manifest is in it;
//   - an app that imports `lit` and `ent-help` and is bundled by esbuild has one copy of Lit, and
//     its page renders both its own Lit element and <ent-help>;
//   - the CDN files (dist/snippet-cdn.html with its SRI hash, as jsDelivr would serve the
//     package's files) and the classic snippet load in headless Chromium;
//   - `ent-help/custom-elements.json`, `ent-help/tree.schema.json`, `ent-help/classic` and
//     `ent-help/dist/ent-help.iife.js` resolve through `exports`;
//   - the package's types compile under `strict` with `module`/`moduleResolution` `NodeNext`
//     (skipLibCheck off).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

let dir, app, tarballFiles, server, origin, browser;

before(async () => {
  for (const file of ['dist/ent-help.js', 'dist/lib/ent-help.js', 'dist/snippet-cdn.html', 'custom-elements.json'])
    assert.ok(existsSync(join(root, file)), `${file} is missing: run npm run build && npm run analyze first`);
  dir = await mkdtemp(join(tmpdir(), 'ent-help-package-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: root,
  });
  const [packed] = JSON.parse(stdout);
  tarballFiles = packed.files.map((f) => f.path);
  app = join(dir, 'app');
  await mkdir(app);
  // An app that uses Lit itself, as the ones this build is for do.
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { lit: pkg.peerDependencies.lit } }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed.filename)], {
    cwd: app,
  });
  server = createServer(async (req, res) => {
    const path = join(app, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    try {
      const body = await readFile(path);
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(path)];
      res.writeHead(200, { 'content-type': `${type ?? 'application/octet-stream'}; charset=utf-8` }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens `path` of the app; resolves with the page's console errors, failed requests and `probe()`'s value. */
async function visit(path, probe) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.url()} ${r.status()}`));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('ent-help'), { timeout: 5000 }).catch(() => {});
  const value = await page.evaluate(probe);
  await page.close();
  return { errors, value };
}

/** The first question's buttons in every <ent-help> of the page, once each has rendered. */
const widgets = async () => {
  const all = [...document.querySelectorAll('ent-help')];
  await Promise.all(all.map((el) => el.updateComplete));
  return all.map((el) => ({
    choices: el.shadowRoot?.querySelectorAll('[part~="choice"]').length ?? 0,
    fallbackShown: [...el.children].some((c) => c.getClientRects().length > 0),
  }));
};

test('the tarball holds both builds, the snippets, the static page, the manifest, the schema; no source map', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/ent-help.js',
    'dist/ent-help.iife.js',
    'dist/lib/ent-help.js',
    'dist/types/ent-help.d.ts',
    'dist/snippet.html',
    'dist/snippet-classic.html',
    'dist/snippet-cdn.html',
    'dist/ent-help.html',
    'dist/tree.schema.json',
    'custom-elements.json',
  ])
    assert.ok(tarballFiles.includes(file), `${file} is not in the tarball`);
  assert.deepEqual(
    tarballFiles.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/')),
    [],
  );
  assert.ok(!pkg.private, 'package.json is private');
  assert.match(pkg.scripts.prepack, /npm run build && npm run analyze/);
  assert.deepEqual(pkg.dependencies ?? {}, {}, 'lit and @lit/localize are peerDependencies, not dependencies');
  assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), ['@lit/localize', 'lit']);
});

test('every module path of the manifest is a file of the package', async () => {
  const manifest = JSON.parse(await readFile(join(app, 'node_modules/ent-help/custom-elements.json'), 'utf8'));
  const paths = new Set(
    JSON.stringify(manifest)
      .match(/"(?:path|module)":"[^"]+"/g)
      .map((m) => m.split('"')[3]),
  );
  assert.ok(paths.size > 5);
  for (const path of paths) assert.ok(tarballFiles.includes(path), `the manifest names ${path}, not shipped`);
});

test('the manifest, the schema and the classic script resolve through exports', async () => {
  const script = `
    const r = (s) => import.meta.resolve(s).replace(/^file:\\/\\//, '');
    const manifest = (await import('ent-help/custom-elements.json', { with: { type: 'json' } })).default;
    const schema = (await import('ent-help/tree.schema.json', { with: { type: 'json' } })).default;
    console.log(JSON.stringify({
      manifest: r('ent-help/custom-elements.json'), tag: manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName)?.tagName,
      schema: r('ent-help/tree.schema.json'), schemaId: schema.$id,
      classic: r('ent-help/classic'), iife: r('ent-help/dist/ent-help.iife.js'), bundle: r('ent-help/bundle'), main: r('ent-help'),
    }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
  const got = JSON.parse(stdout);
  const at = (f) => join(app, 'node_modules/ent-help', f);
  assert.deepEqual(got, {
    manifest: at('custom-elements.json'),
    tag: 'ent-help',
    schema: at('dist/tree.schema.json'),
    schemaId: JSON.parse(await readFile(join(root, 'src/data/tree.schema.json'), 'utf8')).$id,
    classic: at('dist/ent-help.iife.js'),
    iife: at('dist/ent-help.iife.js'),
    bundle: at('dist/ent-help.js'),
    main: at('dist/lib/ent-help.js'),
  });
});

test('an app bundled with esbuild that imports lit and ent-help has one copy of Lit, and renders', async () => {
  await writeFile(
    join(app, 'main.js'),
    `import { LitElement, html } from 'lit';
import { EntHelp } from 'ent-help';
class AppGreeting extends LitElement {
  render() { return html\`<p>Bonjour</p>\`; }
}
customElements.define('app-greeting', AppGreeting);
window.EntHelpClass = EntHelp;
`,
  );
  const result = await build({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: 'out/main.js',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  // Each of Lit's packages from one place only: the app's node_modules, not one nested under ent-help.
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) {
    const copies = new Set(
      inputs.map((i) => new RegExp(`^(.*node_modules/)${name}/`).exec(i)?.[1]).filter((copy) => copy !== undefined),
    );
    assert.deepEqual([...copies], ['node_modules/'], `${name} comes from the app’s node_modules only`);
  }
  assert.ok(
    inputs.some((i) => i.startsWith('node_modules/ent-help/dist/lib/')),
    'the unbundled build is used',
  );
  const bundle = await readFile(join(app, 'out/main.js'), 'utf8');
  assert.equal(bundle.match(/litHtmlVersions/g)?.length, 1, 'one lit-html in the bundle');
  await writeFile(
    join(app, 'bundled.html'),
    '<!doctype html><html lang="fr"><link rel="icon" href="data:,"><app-greeting></app-greeting><ent-help></ent-help><script type="module" src="/out/main.js"></script></html>',
  );
  const { errors, value } = await visit('/bundled.html', async () => {
    await customElements.whenDefined('app-greeting');
    const greeting = document.querySelector('app-greeting');
    await greeting.updateComplete;
    const [el] = [...document.querySelectorAll('ent-help')];
    await el.updateComplete;
    return {
      greeting: greeting.shadowRoot.textContent,
      same: customElements.get('ent-help') === window.EntHelpClass,
      choices: el.shadowRoot.querySelectorAll('[part~="choice"]').length,
    };
  });
  assert.deepEqual(errors, []);
  assert.equal(value.greeting, 'Bonjour');
  assert.equal(value.same, true);
  assert.ok(value.choices >= 2, `${value.choices} answers shown`);
});

test('the CDN snippet (its SRI hash, the files as the CDN serves them) and the classic snippet load in a page', async () => {
  const shipped = join(app, 'node_modules/ent-help/dist');
  const cdn = await readFile(join(shipped, 'snippet-cdn.html'), 'utf8');
  const address = `https://cdn.jsdelivr.net/npm/ent-help@${pkg.version}/dist/ent-help.js`;
  assert.ok(cdn.includes(`src="${address}"`), `snippet-cdn.html loads ${address}`);
  const classic = await readFile(join(shipped, 'snippet-classic.html'), 'utf8');
  const page = (snippet) =>
    `<!doctype html><html lang="fr"><link rel="icon" href="data:,"><body>${snippet}</body></html>`;
  // The CDN serves the package's files as they are: its address, mapped onto the installed package.
  await writeFile(join(app, 'cdn.html'), page(cdn.replaceAll(address, '/node_modules/ent-help/dist/ent-help.js')));
  await writeFile(
    join(app, 'classic.html'),
    page(classic.replaceAll('/chemin/vers/ent-help.iife.js', '/node_modules/ent-help/dist/ent-help.iife.js')),
  );
  for (const path of ['/cdn.html', '/classic.html']) {
    const { errors, value } = await visit(path, widgets);
    assert.deepEqual(errors, [], path);
    assert.equal(value.length, 1, path);
    assert.ok(value[0].choices >= 2, `${path}: the widget renders its answers`);
    assert.equal(value[0].fallbackShown, false, `${path}: the fallback is hidden once the widget renders`);
  }
});

test('the types compile under strict with NodeNext', async () => {
  await writeFile(
    join(app, 'index.ts'),
    `import { EntHelp, type EntHelpNavigateEvent, type Tree } from 'ent-help';
const el = document.createElement('ent-help');
const typed: EntHelp = el;
typed.mode = 'accordion';
typed.contactEmail = 'vie-scolaire@mon-lycee.fr';
el.addEventListener('ent-help-navigate', (event: EntHelpNavigateEvent) => {
  const node: string = event.detail.node;
  console.log(node, event.detail.path.length);
});
document.addEventListener('ent-help-outcome', (event) => console.log(event.detail.node));
const tree: Tree | undefined = undefined;
console.log(tree, typed.goTo('cas-1'));
`,
  );
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        noEmit: true,
        skipLibCheck: false,
      },
      files: ['index.ts'],
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app }).catch((e) => e);
  assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
});
