/**
 * Round 9: a host page set in vertical text, and garbage in the URL's fragment, each checked where a
 * person meets it: the widget's box and lines, the screen shown, the page's own links.
 */
import { expect } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { shadow } from './helpers.js';

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
});
