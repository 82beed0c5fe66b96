/**
 * Round 9: a host page set in vertical text, and garbage in the URL's fragment, each checked where a
 * person meets it: the widget's box and lines, the screen shown, the page's own links.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { captureWarnings, fold, mount, nameOf, parts, settle, shadow } from './helpers.js';

/** `page` of test/embedding/ (the built bundle) in an iframe `width` px wide, once its widget has rendered. */
async function hostPage(page: string, width: number): Promise<{ win: Window; el: EntHelp }> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: '600px', border: '0' });
  frame.src = `/test/embedding/${page}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.prepend(frame);
  after(() => frame.remove());
  await loaded;
  const win = frame.contentWindow!;
  await (win as Window & typeof globalThis).customElements.whenDefined('ent-help');
  const el = frame.contentDocument!.querySelector('ent-help') as EntHelp;
  await el.updateComplete;
  return { win, el };
}

describe('<ent-help> round 9', () => {
  describe('embedding: a host page in vertical text (test/embedding/vertical.html, writing-mode: vertical-rl)', () => {
    for (const width of [390, 1280]) {
      describe(`at ${width} px`, () => {
        let page: { win: Window; el: EntHelp };
        before(async () => {
          page = await hostPage('vertical.html', width);
        });

        it('the widget is laid out left to right, its box holds all it shows, no wider than the window', () => {
          const { el, win } = page;
          expect(win.getComputedStyle(el.ownerDocument.body).writingMode, 'the page is vertical').to.equal(
            'vertical-rl',
          );
          el.scrollIntoView();
          const box = el.getBoundingClientRect();
          const base = shadow(el).querySelector('.base')!.getBoundingClientRect();
          // Vertical, the host was as tall as the window and its content ran out of it (1,536 px in 784 at 390 px).
          expect(base.height, 'the widget’s content inside its box').to.be.at.most(box.height + 1);
          expect(box.width, 'no wider than the window').to.be.at.most(win.innerWidth);
          // Firefox makes it as wide as the window with its classic scrollbar (12 px under it, left alone).
          const scrollbar = win.innerWidth - el.ownerDocument.documentElement.clientWidth;
          expect(box.left, 'its left edge in view').to.be.at.least(-scrollbar - 1);
          expect(box.right, 'its right edge in view').to.be.at.most(win.innerWidth + 1);
          const after = el.ownerDocument.getElementById('after')!.getBoundingClientRect();
          expect(after.right, 'the page’s next column beside it, not over it').to.be.at.most(box.left + 1);
        });

        it('its texts read in horizontal lines: the heading and each answer wider than tall, one under the other', () => {
          const { el } = page;
          const root = shadow(el);
          const title = root.querySelector('[part~="step-title"]')!.getBoundingClientRect();
          expect(title.width, 'the question’s line').to.be.greaterThan(title.height * 4);
          const choices = [...root.querySelectorAll('[part~="choice"]')].map((c) => c.getBoundingClientRect());
          expect(choices.length).to.be.greaterThan(2);
          for (const [i, c] of choices.entries()) {
            expect(c.width, `answer ${i + 1}`).to.be.greaterThan(c.height);
            if (i) expect(c.top, `answer ${i + 1} under the one before`).to.be.at.least(choices[i - 1]!.bottom);
          }
        });
      });
    }
  });

  describe('links to a node: garbage in the fragment', () => {
    captureWarnings();
    const BAD_LINK = 'Ce lien ne mène à aucune étape de cette aide.';
    const hostile = [
      '#ent-help=cas-99',
      `#ent-help=${'x'.repeat(100_000)}`,
      '#ent-help=%',
      '#ent-help=%E0%A4%A',
      '#ent-help=%ZZ%',
      '#ent-help=<script>window.__pwned=1</script>',
      '#ent-help=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
      '#ent-help=__proto__',
      '#ent-help=constructor',
      '#ent-help=cas-2%00',
      '#ent-help=cas-2#ent-help=cas-1',
      '#ent-help=%F0%9F%92%A9',
      '#ent-help=cas-2?x=1',
    ];
    let thrown: string[];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
      thrown.push(String('message' in e ? e.message : e.reason));
    beforeEach(() => {
      thrown = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    });

    /** What a person meets: a heading with words, and buttons with names to go on with. */
    function expectRealScreen(el: EntHelp, what: string): void {
      const root = shadow(el);
      const heading =
        el.mode === 'accordion' ? root.querySelector('[part~="title"]') : root.getElementById('step-title');
      expect(heading?.getAttribute('role'), `${what}: a heading`).to.equal('heading');
      expect(fold(heading?.textContent).length, `${what}: the heading's words`).to.be.greaterThan(3);
      const buttons = [...parts(el, el.mode === 'accordion' ? 'section-button' : 'choice')].filter(
        (b) => !b.closest('[hidden]'),
      );
      expect(buttons.length, `${what}: buttons to go on with`).to.be.greaterThan(0);
      for (const b of buttons) expect(nameOf(b).length, `${what}: a button's name`).to.be.greaterThan(3);
      expect(root.querySelector('script, img'), `${what}: nothing from the fragment became markup`).to.equal(null);
      expect((window as Window & { __pwned?: number }).__pwned, `${what}: nothing from the fragment ran`).to.equal(
        undefined,
      );
      expect(thrown, `${what}: nothing thrown to window.onerror`).to.deep.equal([]);
    }

    /** Does `act`, which changes the page's fragment, waits for its hashchange, then lets the widget render. */
    async function hashChangeBy(el: EntHelp, act: () => void, what: string): Promise<void> {
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      act();
      // A dropped navigation fails here rather than hanging the file (Chromium throttles a page past
      // 200 navigations in 10 s).
      let timer = 0;
      const late = new Promise((_, reject) => {
        timer = window.setTimeout(() => reject(new Error(`no hashchange: ${what}`)), 3000);
      });
      try {
        await Promise.race([changed, late]);
      } finally {
        window.clearTimeout(timer);
      }
      await settle(el);
    }

    /** Sets the page's fragment as a link on the page would (a history entry, hashchange), then lets the widget render. */
    const follow = (el: EntHelp, fragment: string) =>
      hashChangeBy(el, () => (window.location.hash = fragment), `#${fragment}`);

    // The whole list in the stepper; the accordion, the same code path, with four of them.
    for (const mode of ['stepper', 'accordion']) {
      it(`${mode}: each hostile fragment shows the start with the plain notice, a real link still works, and so does the host's own #link`, async () => {
        const el = await mount({ mode });
        const page = await fixture<HTMLDivElement>(
          html`<div>
            <a id="host-link" href="#host-part">Plus bas</a>
            <p id="host-part">La partie du site.</p>
          </div>`,
        );
        for (const fragment of mode === 'stepper' ? hostile : hostile.slice(0, 4)) {
          await follow(el, 'ent-help=cas-1');
          expect(el.node, 'a real link first').to.equal('cas-1');
          await follow(el, fragment.slice(1));
          const what = fragment.slice(0, 60);
          expect(el.node, `${what}: the start`).to.equal('accueil');
          expect(fold(parts(el, 'notice')[0]?.textContent), `${what}: the notice`).to.equal(BAD_LINK);
          expect(window.location.hash, `${what}: taken out of the URL`).to.equal('');
          expectRealScreen(el, what);
        }
        await follow(el, 'ent-help=cas-3');
        expect(el.node).to.equal('cas-3');
        expect(parts(el, 'notice'), 'the notice goes with the next step').to.have.length(0);
        // The host's own link: the page goes to its part, the widget stays where it was.
        // (Firefox on a busy machine fires its hashchange after the widget has settled: wait for it.)
        await hashChangeBy(el, () => page.querySelector<HTMLAnchorElement>('#host-link')!.click(), '#host-part');
        expect(window.location.hash).to.equal('#host-part');
        expect(document.querySelector(':target')?.id, 'the host’s part is the target').to.equal('host-part');
        expect(el.node).to.equal('cas-3');
        expectRealScreen(el, 'after the host’s link');
      });
    }
  });
});
