/**
 * Round 7's hostile and careless cases: what a host page, a school's tree or an unusual person does
 * to what changed in round 6 (the subject cut, the nav state declared by an object key).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { buildMessage, type MessageContext } from '../src/data/message.js';
import { DEFAULT_CONFIG } from '../src/data/default-tree.js';
import { choose, start } from '../src/data/navigator.js';
import type { Tree } from '../src/data/types.js';
import type { EntHelp } from '../src/ent-help.js';
import { mountTree, parts, rectsOf, settle, shadow } from './helpers.js';

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

  describe('the message’s subject', () => {
    const context: MessageContext = { config: DEFAULT_CONFIG, date: new Date(2026, 10, 30), locale: 'fr', device: '?' };
    const subjectOf = (lang: string, subject: string) => {
      const tree: Tree = {
        lang,
        title: 'T',
        start: 'q',
        nodes: [
          { id: 'q', kind: 'question', title: 'Q', choices: [{ label: 'A', next: 'o', subject }] },
          {
            id: 'o',
            kind: 'outcome',
            title: 'O',
            content: [{ type: 'contacts', items: [{ audience: 'tous', text: '{email}' }] }],
          },
        ],
      };
      return buildMessage(choose(start(tree), 'o'), { ...context, locale: lang })!.subject;
    };

    it('a language written without spaces after one Latin word (« ENT にログイン… »): cut near 60 characters, not after the word', () => {
      const japanese = 'アカウントにログインできません'.repeat(5);
      expect(subjectOf('ja', `ENT ${japanese}`)).to.equal(`Accès à l’ENT : ENT ${japanese.slice(0, 55)}…`);
      expect(subjectOf('zh', `ENT 账户${'无法登录'.repeat(20)}`)).to.equal(
        `Accès à l’ENT : ENT 账户${'无法登录'.repeat(20).slice(0, 53)}…`,
      );
    });

    it('Thai, whose vowel marks are characters of their own: never cut between a letter and its mark', () => {
      // « บัญชีของฉัน » (my account) then « ไม่สามารถเข้าสู่ระบบได้ » (cannot sign in): the 60th code point is
      // the tone mark of « ม่ ».
      const thai = `บัญชีของฉัน${'ไม่สามารถเข้าสู่ระบบได้'.repeat(4)}`;
      const shown = subjectOf('th', thai).replace('Accès à l’ENT : ', '').replace(/…$/, '');
      expect(thai.startsWith(shown), 'a start of the subject').to.equal(true);
      expect(
        /^\p{M}/u.test(thai.slice(shown.length)),
        `the rest « ${thai.slice(shown.length, shown.length + 3)} » starts with a mark`,
      ).to.equal(false);
      expect([...shown].length, 'code points kept').to.be.within(55, 59);
    });
  });

  // Last: it leaves the page's locale Arabic.
  describe('a tree’s blocks in its direction', () => {
    it('a French tree in an Arabic widget: « Copier l’adresse »’s Arabic echo ends with its full stop on the left, as Arabic does', async () => {
      const json = await (await fetch('/test/fixtures/tree.custom.json')).text();
      const el = await mountTree(json, { lang: 'ar' });
      try {
        await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === 'ar', 'the widget in Arabic');
        el.node = 'premiere-connexion';
        await settle(el);
        parts(el, 'copy-button')[0]!.click();
        await waitUntil(() => shadow(el).querySelector('.copy-status'), 'the echo beside the button');
        // Copied or not (the test browser may refuse the clipboard), the echo is an Arabic sentence with its full stop.
        const echo = shadow(el).querySelector('.copy-status')!;
        const walker = document.createTreeWalker(echo, NodeFilter.SHOW_TEXT);
        let text = walker.nextNode()!;
        while (!text.textContent!.trim()) text = walker.nextNode()!;
        const words = text.textContent!.trim();
        const at = text.textContent!.indexOf(words);
        expect(/^[\u0600-\u06ff].*\.$/.test(words), words).to.equal(true);
        const first = rectsOf(text, at, at + 1)[0]!;
        const stop = rectsOf(text, at + words.length - 1, at + words.length)[0]!;
        expect(stop.left < first.left, `the full stop at ${stop.left}, the first letter at ${first.left}`).to.equal(
          true,
        );
      } finally {
        el.remove();
      }
    });
  });
});
