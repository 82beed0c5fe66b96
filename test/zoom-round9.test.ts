// Round 9: at 200 % zoom on a phone (a 390 px phone is then 195 CSS px wide) the four language
// names took three rows of 44 px above the title, and the first door fell one more row down.
import { expect } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { mountIn } from './fixtures/walk.js';
import { fold, parts, settle } from './helpers.js';

/** The picker's rows, as a person sees them: its buttons' distinct tops. */
const rows = (el: EntHelp) =>
  new Set(parts(el, 'language-button').map((b) => Math.round(b.getBoundingClientRect().top))).size;

async function at(locale: string, width: number): Promise<EntHelp> {
  const el = await mountIn(locale, 'stepper');
  el.style.cssText = `display: block; width: ${width}px`;
  await settle(el);
  return el;
}

describe('<ent-help> language picker on a narrow phone and at 200 % zoom', () => {
  // [widget width, most rows]: 195 and 187 px are 390 and 375 px phones at 200 % zoom; 288 and 328 px
  // 320 px (an iPhone SE, 568 px tall) and 360 px phones with the page's 16 px margins.
  for (const locale of ['fr', 'ar', 'pt'])
    for (const [width, most] of [
      [195, 2],
      [187, 2],
      [288, 2],
      [328, 1],
    ] as const)
      it(`${locale}, ${width} px: the four names in at most ${most} row(s), whole, in 44 px targets`, async () => {
        const el = await at(locale, width);
        expect(rows(el), 'rows of the picker').to.be.at.most(most);
        for (const button of parts(el, 'language-button')) {
          const box = button.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(button);
          const text = range.getBoundingClientRect();
          expect(box.height, fold(button.textContent)).to.be.at.least(44);
          expect(box.width, fold(button.textContent)).to.be.at.least(44);
          // On one line, inside its button, its own direction.
          expect(text.height, `${fold(button.textContent)} on one line`).to.be.below(box.height / 1.5);
          expect(text.left, fold(button.textContent)).to.be.at.least(box.left);
          expect(text.right, fold(button.textContent)).to.be.at.most(box.right + 0.5);
        }
        // Where the person is: pressed, and drawn so (its border).
        const pressed = parts(el, 'language-button').find((b) => b.getAttribute('aria-pressed') === 'true')!;
        expect(pressed.lang).to.equal(locale);
        expect(getComputedStyle(pressed).borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
        // On an iPhone SE (568 px tall) the first door starts on the first screen. At 200 % zoom it is one scroll down
        // (the title and the question's hint take the rest): what the picker saves is its third row.
        const top = parts(el, 'choice')[0]!.getBoundingClientRect().top - el.getBoundingClientRect().top;
        if (width === 288) expect(top, 'the first door, from the widget’s top').to.be.below(568);
        await expect(el).to.be.accessible();
      });

  it('ar, 195 px: right to left, « Français » first at the right of its row, « العربية » pressed', async () => {
    const el = await at('ar', 195);
    const [first, second] = parts(el, 'language-button');
    expect(fold(first!.textContent)).to.equal('Français');
    expect(first!.getBoundingClientRect().top).to.equal(second!.getBoundingClientRect().top);
    expect(first!.getBoundingClientRect().left).to.be.above(second!.getBoundingClientRect().right);
    expect(fold(parts(el, 'language-button').find((b) => b.ariaPressed === 'true')?.textContent)).to.equal('العربية');
  });
});
