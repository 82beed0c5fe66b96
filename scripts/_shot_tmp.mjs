// usage: node shot.mjs url out.png width [height] [--dark] [--click sel...]
import puppeteer from 'puppeteer-core';
const [url, out, width = '390', height = '900', ...rest] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--no-first-run'] });
const page = await browser.newPage();
await page.setViewport({ width: +width, height: +height, deviceScaleFactor: 1 });
if (rest.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
if (rest.includes('--forced')) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle0' });
const evals = rest.filter((r) => r.startsWith('js:')).map((r) => r.slice(3));
for (const js of evals) { await page.evaluate(js); await new Promise((r) => setTimeout(r, 150)); }
const el = rest.find((r) => r.startsWith('el:'));
if (el) { const h = (await page.$$('ent-help'))[+el.slice(3)]; await h.screenshot({ path: out }); }
else await page.screenshot({ path: out, fullPage: !rest.includes('--viewport') });
await browser.close();
