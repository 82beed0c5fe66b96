/**
 * The BUILT bundles (dist/ent-help.js and the IIFE, `npm run build` first) shows the built-in tree as the source
 * does, in every locale: in the bundle most of the tree's messages carry no id and are numbered
 * by the order createDefaultTree() reads them (scripts/lib/rollup-slim.mjs, treeMessageOrder and
 * shortMsgIds), so a message read out of that order would show another message's words. The
 * bundle runs in an iframe; the source element (test/helpers.ts imports it) beside it, in this
 * page. Each node is opened in both, and each answer of each question pressed, and their step,
 * trail and ready-to-send message compared (these show every title, hint, label, block,
 * statement and subject of the tree).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { createDefaultTree } from '../src/data/default-tree.js';
import { fold, mount } from './helpers.js';

const ATTRS = { history: 'none', persist: 'none', 'no-language-picker': '' };

/** The built widget (`script`: its <script>), alone in an iframe, in `lang`. */
async function builtWidget(lang: string, script: string): Promise<{ el: EntHelp; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const attrs = Object.entries(ATTRS)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  frame.srcdoc = `${script}<ent-help lang="${lang}"${attrs}></ent-help>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('ent-help')?.shadowRoot?.querySelector('[part~="step"]'), 'built: rendered', {
    timeout: 5000,
  });
  return { el: doc.querySelector('ent-help') as EntHelp, frame };
}

/**
 * What the person reads of the widget's title, trail, step and message, without white space (the
 * bundle's templates are minified: no space between two blocks' tags).
 */
function shown(el: EntHelp): string {
  const root = el.shadowRoot!;
  return ['title', 'trail', 'step', 'message-text']
    .map((part) => (root.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ''))
    .join(' | ');
}

describe('the built bundle shows the built-in tree as the source does (message numbers by order)', () => {
  const builds: [string, string][] = [
    ['dist/ent-help.js', '<script type="module" src="/dist/ent-help.js"></script>'],
    ['dist/ent-help.iife.js', '<script src="/dist/ent-help.iife.js"></script>'],
  ];
  for (const [file, script] of builds)
    for (const lang of ['fr', 'en', 'ar', 'pt']) {
      it(`${file}: every node and answer of the built-in tree in ${lang}, as the source shows it`, async function () {
        this.timeout(60000);
        const source = await mount({ ...ATTRS, lang });
        const { el: built, frame } = await builtWidget(lang, script);
        try {
          const title = () => fold(source.shadowRoot!.querySelector('[part~="title"]')?.textContent);
          await waitUntil(() => lang === 'fr' || !/ENT \?$/.test(title()), `source: ${lang} shown (${title()})`);
          await waitUntil(() => shown(built) === shown(source), `${lang}: first screen`).catch(() => undefined);
          expect(shown(built), `${lang}: first screen`).to.equal(shown(source));
          const both = async (act: (el: EntHelp) => void) => {
            act(source);
            act(built);
            await Promise.all([source.updateComplete, built.updateComplete]);
          };
          const tree = createDefaultTree();
          let answers = 0;
          for (const node of tree.nodes) {
            await both((el) => el.goTo(node.id));
            expect(shown(built), `${lang}: ${node.id}`).to.equal(shown(source));
            if (node.kind !== 'question') continue;
            for (let i = 0; i < node.choices.length; i++) {
              await both((el) => el.goTo(node.id));
              await both((el) =>
                el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="step"] [part~="choice"]')[i]!.click(),
              );
              expect(shown(built), `${lang}: ${node.id}, answer ${i + 1}`).to.equal(shown(source));
              answers++;
            }
          }
          expect(answers).to.be.greaterThan(20);
        } finally {
          source.remove();
          frame.remove();
        }
      });
    }
});
