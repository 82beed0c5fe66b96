/**
 * Round 7's hostile and careless cases: what a host page, a school's tree or an unusual person does
 * to what changed in round 6 (the subject cut, the nav state declared by an object key).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';

type HostWindow = Window & typeof globalThis & { __probe?: { errors: string[]; warnings: string[] } };

/** The built bundle in a host page (test/embedding/), in an iframe, once its widget has rendered. */
async function hostPage(page: string): Promise<{ win: HostWindow; el: EntHelp; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embedding/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  await waitUntil(() => win.document.querySelector('ent-help')?.shadowRoot?.querySelector('[part~="choice"]'), page);
  return { win, el: win.document.querySelector('ent-help') as EntHelp, frame };
}

describe('<ent-help> against hostile values (round 7)', () => {
  it('a page whose old library put an enumerable method on Object.prototype can still call it on the widget, and the widget still steps', async () => {
    const { win, el, frame } = await hostPage('old-library.html');
    try {
      const method = (win.Object.prototype as unknown as Record<string, unknown>)['extend'];
      expect((el as unknown as Record<string, unknown>)['extend'] === method, 'el.extend is the page’s').to.equal(true);
      const choice = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="choice"]')[2]!;
      choice.click();
      await el.updateComplete;
      expect(el.node).to.equal('cas-1');
      expect(win.__probe!.errors, 'console errors').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
