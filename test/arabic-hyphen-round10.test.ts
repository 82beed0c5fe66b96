// Round 10: in Arabic at 288 px (a 320 px phone with the page's margins), « Île-de-France » in
// Cas 2's door hint broke at its first hyphen, « Île- » at the end of one line and « de-France » at
// the start of the next. A French name inside Arabic text stays on one line; its characters are
// the FAQ's (ASCII hyphens), so what a reader copies or finds in the page is « Île-de-France ».
import { expect } from '@open-wc/testing';
import { mountIn } from './fixtures/walk.js';
import { fold, linesOf, parts, rectsOf, settle } from './helpers.js';

describe('<ent-help> in Arabic: « Île-de-France » on one line', () => {
  for (const width of [288, 195, 328])
    it(`${width} px: Cas 2’s door hint says « Île-de-France » whole, on one line`, async () => {
      const el = await mountIn('ar', 'stepper');
      el.style.cssText = `display: block; width: ${width}px`;
      await settle(el);
      const door = parts(el, 'choice').find((b) => fold(b.textContent).includes('لا توجد أي كلمة مرور'))!;
      expect(door, 'the door of Cas 2').to.exist;
      expect(fold(door.textContent)).to.contain('في مؤسسة أخرى في Île-de-France.');
      const walker = document.createTreeWalker(door, NodeFilter.SHOW_TEXT);
      const found: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('Île-de-France');
        if (at >= 0) found.push(linesOf(rectsOf(n, at, at + 'Île-de-France'.length)));
      }
      expect(found, 'lines of each « Île-de-France » in one text node').to.deep.equal([1]);
    });
});
