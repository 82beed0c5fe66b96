// People who cannot sign in, played on the built-in tree with the keyboard: what they meet on the
// screen their own words lead to. Each test is a finding of a play-through (branch player4).
import { expect } from '@open-wc/testing';
import { DEFAULT_PORTAL_URL } from '../src/data/default-tree.js';
import { answerByKeyboard, MODES, mountIn, shownRegion } from './fixtures/walk.js';
import { fold, linesOf, mount, rectsOf, resetPageState, settle, shadow } from './helpers.js';

describe('triage personas', () => {
  beforeEach(resetPageState);

  it('a parent on the ENT 77 who cannot sign in reads the FAQ’s address and « (pas à l’ENT 77 !) » at the next question', async () => {
    const el = await mount({ history: 'none', persist: 'none' });
    await settle(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await answerByKeyboard(el, 'Je n’arrive pas à me connecter');
    expect(el.node).to.equal('connexion-impossible');
    const hint = shadow(el).querySelector('[part="step"] p.hint');
    expect(fold(hint?.textContent)).to.equal(`Connectez-vous à l'adresse ${DEFAULT_PORTAL_URL} (pas à l'ENT 77 !)`);
    expect(hint?.querySelector('a')?.getAttribute('href')).to.equal(DEFAULT_PORTAL_URL);
    // Before the answers: read before one of them is chosen.
    const first = shadow(el).querySelector('[part="step"] [data-next]');
    expect(hint!.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  // At 320 px the first screen shows only the first door; Cas 3's is the fifth, ~1,370 px down (branch player7).
  it('a parent with no letter, who takes the first door on a phone, finds « Je n’ai reçu aucun courrier » at « Qu’est-ce qui bloque ? » and reaches Cas 3', async () => {
    const el = await mount({ history: 'none', persist: 'none' });
    await settle(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await answerByKeyboard(el, 'Je n’arrive pas à me connecter');
    expect(el.node).to.equal('connexion-impossible');
    await answerByKeyboard(el, 'Je n’ai reçu aucun courrier');
    expect(el.node).to.equal('cas-3');
    expect(fold(shadow(el).querySelector('[part="step"]')?.textContent)).to.include(
      'Dans ce cas, adressez-vous au professeur principal de la classe en lui fournissant une adresse mail valide.',
    );
  });

  it('a parent signed in on the ENT 77, who finds nothing of the lycée there, reads the FAQ’s address and « (pas à l’ENT 77 !) » at « Autres Cas », before writing', async () => {
    const el = await mount({ history: 'none', persist: 'none' });
    await settle(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await answerByKeyboard(el, 'Je suis connecté(e), mais quelque chose ne va pas');
    expect(el.node).to.equal('autres-cas');
    const card = shadow(el).querySelector('[part="step"]')!;
    const step = [...card.querySelectorAll('li')].find((li) => fold(li.textContent).includes('ENT 77'));
    expect(fold(step?.textContent)).to.equal(
      `Connectez-vous à l'adresse ${DEFAULT_PORTAL_URL} (pas à l'ENT 77 !) Copier l’adresse`,
    );
    expect(step?.querySelector('a')?.getAttribute('href')).to.equal(DEFAULT_PORTAL_URL);
    // Read before the FAQ's « Adressez vous… » and the message.
    const write = [...card.querySelectorAll('p')].find((q) => fold(q.textContent).startsWith('Adressez vous'))!;
    expect(step!.compareDocumentPosition(write) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  // At the line's end, « (pas à l'ENT » reads « not to the ENT », the address just before it.
  // One test per mode and locale: 72 widths and nodes took over 10 s in WebKit for all four.
  for (const mode of MODES)
    for (const locale of ['fr', 'en', 'pt', 'ar'])
      it(`${mode}, ${locale}: « ENT 77 » is never cut between its two words, on a 288–390 px widget`, async () => {
        const split: string[] = [];
        const el = await mountIn(locale, mode);
        for (const node of ['connexion-impossible', 'cas-2', 'reinitialisation', 'autres-cas']) {
          el.node = node;
          await settle(el);
          for (let width = 288; width <= 390; width += 6) {
            el.style.cssText = `display: block; width: ${width}px`;
            await settle(el);
            const walker = document.createTreeWalker(shownRegion(el), NodeFilter.SHOW_TEXT);
            let seen = 0;
            for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
              const at = text.data.search(/ENT[ \u00a0]77/);
              if (at < 0) continue;
              seen++;
              if (linesOf(rectsOf(text, at, at + 6)) > 1) split.push(`${node}, ${width} px`);
            }
            expect(seen, node).to.be.greaterThan(0);
          }
        }
        expect(split).to.deep.equal([]);
      });
});
