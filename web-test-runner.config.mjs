// Runs test/**/*.test.ts in real browsers from Debian's packages; nothing is downloaded.
//   BROWSERS=chromium,firefox,webkit (default: all three; WebKit needs xvfb-run, see scripts/test.sh)
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').map((b) => b.trim());

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
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: wanted.map((name) => {
    const make = launchers[name];
    if (!make) throw new Error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox or webkit.`);
    return make();
  }),
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
