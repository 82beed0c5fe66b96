// Runs test/**/*.test.ts in real browsers from Debian's packages; nothing is downloaded.
//   BROWSERS=chromium,firefox,webkit (default: all three; WebKit needs a display: `npm test` runs wtr under xvfb-run)
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from './scripts/lib/chromium.mjs';

/** WebKitGTK's MiniBrowser, from Debian's libwebkit2gtk-4.1-0 (pulled in by webkit2gtk-driver). */
const MINIBROWSER = `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

/** A free TCP port on the loopback interface. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Debian's WebKitWebDriver (webkit2gtk-driver) and waits until it answers. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('WebKitWebDriver did not start: apt-get install webkit2gtk-driver, and run under xvfb-run.');
}

/**
 * Server command `emulate-media-features` ({ features: [{ name, value }], media }): emulates
 * media features through the Chrome DevTools Protocol, because puppeteer's emulateMediaFeatures
 * refuses `forced-colors` and @web/test-runner-commands' emulateMedia passes it to Playwright only.
 * Answers `false` where the engine cannot (Firefox over WebDriver BiDi, WebKit over WebDriver) so
 * the test can skip with a reason; `{ features: [], media: '' }` resets.
 */
function emulateMediaFeaturesPlugin() {
  const clients = new Map();
  return {
    name: 'ent-help-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        try {
          client = await page.createCDPSession();
        } catch {
          return false;
        }
        clients.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: payload?.features ?? [],
      });
      return true;
    },
  };
}

/**
 * Server command `screenshot`: the viewport as the engine paints it, a base64 PNG (at the page's
 * devicePixelRatio), for what only pixels show (the way a chevron points: WebKit mirrors a glyph
 * its computed style says it does not). Puppeteer for Chromium and Firefox, WebDriver for WebKit
 * (concurrency 1: the test page is the window, not an iframe).
 */
function screenshotPlugin() {
  return {
    name: 'ent-help-screenshot',
    async executeCommand({ command, session }) {
      if (command !== 'screenshot') return undefined;
      if (session.browser.type === 'puppeteer')
        return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
      return session.browser.driver.takeScreenshot();
    },
  };
}

/**
 * Content-Security-Policy headers for the embedding host pages (test/embedding/*.html), chosen by
 * `?csp=`: sent as real response headers, as a school's server would.
 */
export const EMBEDDING_POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  // lit-html creates one Trusted Types policy named `lit-html` per copy of Lit on the page.
  tt: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  'tt-dup':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  // A server that allows no script at all: the fallback content must stay readable.
  'no-script': "default-src 'self'; script-src 'none'; style-src 'self'",
};

/**
 * Koa middleware: serves dist/ byte for byte, before the dev server's plugins, which would
 * otherwise re-emit the bundle with esbuild (breaking its SRI hash) and inject scripts into pages.
 */
async function rawDist(ctx, next) {
  const file = ctx.path.slice(1);
  if (!/^dist\/[\w.-]+$/.test(file) || !existsSync(file)) return next();
  ctx.type = file.split('.').pop();
  ctx.body = readFileSync(file);
}

/**
 * Koa middleware: /test/embedding/snippet-host.html is a host page around dist/snippet.html as
 * built, its placeholder src pointed at /dist/ent-help.js (integrity kept); `?noscript` drops the
 * script tag, as an editor that strips <script> does; `?classic` uses dist/snippet-classic.html;
 * `?measure` records the fallback's height before the upgrade; `?accordion` pastes it with mode="accordion" (`?accordion=Accordion`: as written); `?email=a@b.fr` with the school's address in place of the FAQ's; `?rtl` in an Arabic page (`dir="rtl"`);
 * `?unset` in a page whose CSS is `* { all: unset }`.
 */
async function snippetHost(ctx, next) {
  if (ctx.path !== '/test/embedding/snippet-host.html') return next();
  const file = 'classic' in ctx.query ? 'snippet-classic.html' : 'snippet.html';
  let snippet = readFileSync(`dist/${file}`, 'utf8').replace(
    /src="\/chemin\/vers\/(ent-help(\.iife)?\.js)"/,
    'src="/dist/$1"',
  );
  if ('noscript' in ctx.query) snippet = snippet.replace(/<script[^>]*><\/script>/, '');
  if ('accordion' in ctx.query)
    snippet = snippet.replace('\n<ent-help ', `\n<ent-help mode="${ctx.query.accordion || 'accordion'}" `);
  // `?email=`: the school's address put in place of the FAQ lycée's everywhere, as the guides say (« Remplacer tout »).
  if (ctx.query.email) snippet = snippet.replaceAll('campus.coulommiers@ac-creteil.fr', ctx.query.email);
  // `?measure`: a paragraph after the help, and the element's height as the page first lays it out
  // (before the module runs: the fallback as drawn by the snippet's styles), for the layout-shift test.
  if ('measure' in ctx.query)
    snippet += `<p id="after">Texte de la page après l'aide.</p>
<script>window.__fallbackHeight = document.querySelector('ent-help').getBoundingClientRect().height;</script>`;
  if ('unset' in ctx.query) snippet = `<style>* { all: unset }</style>${snippet}`;
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html ${'rtl' in ctx.query ? 'lang="ar" dir="rtl"' : 'lang="fr"'}>
  <head><meta charset="utf-8" /><title>dist/snippet.html pasted</title><script src="/test/embedding/probe.js"></script></head>
  <body><main>${snippet}</main></body>
</html>`;
}

/** Koa middleware (runs before the file server): adds the `?csp=` policy to test/embedding/ responses. */
async function embeddingHeaders(ctx, next) {
  await next();
  const policy = EMBEDDING_POLICIES[ctx.query.csp];
  if (ctx.path.startsWith('/test/embedding/') && policy) ctx.set('Content-Security-Policy', policy);
}

/** The embedding tests load the built bundle: refuse to run them against a missing or stale one. */
function assertFreshBuild() {
  const bundle = 'dist/ent-help.js';
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run \`npm run build\` first (\`npm run verify\` does).`);
  const built = statSync(bundle).mtimeMs;
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const path = `${dir}/${e.name}`;
      return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (newest('src') > built)
    throw new Error(`${bundle} is older than src/: run \`npm run build\` first (\`npm run verify\` does).`);
}
assertFreshBuild();

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation'],
        },
      },
    }),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [rawDist, embeddingHeaders, snippetHost],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    emulateMediaFeaturesPlugin(),
    screenshotPlugin(),
    a11ySnapshotPlugin(),
  ],
  browsers: await Promise.all(
    wanted.map((name) => {
      const make = launchers[name];
      if (!make) throw new Error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox or webkit.`);
      return make();
    }),
  ),
  testFramework: { config: { timeout: 10000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  concurrency: 1,
};
