// What people who are still stuck, who lost the letter, or who read an outcome alone meet (branch
// triage5): « Non » under every outcome of the built-in tree, in both modes; the lost letter; the
// no-reset-mail outcome reached by a link; the screenshots advice for the sender; the message's line
// that names the page reached.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EntHelp } from '../src/ent-help.js';
import { MODES, mountIn, tree } from './fixtures/walk.js';
import { expectSame, focused, fold, labelOf, mount, nameOf, parts, resetPageState, settle, shadow } from './helpers.js';

const CHOOSE = 'Choisissez la phrase qui ressemble le plus à votre situation.';
// One way on: nothing to choose between (triage7).
const ONE = 'Continuez ci-dessous.';
const SHOTS = "N'hésitez pas à joindre des copies d'écran illustrant le problème rencontré.";
const STILL_STUCK = ['Ça ne marche toujours pas', '« Autres Cas » : à qui écrire, et quoi envoyer.'];
const NO_ADDRESS = ['On me dit qu’aucune adresse mail n’est enregistrée', ''];
const COLLEGE = ['J’avais déjà un compte ENT au collège', 'Ou dans un autre établissement d’Île-de-France.'];

/**
 * After « Non », per outcome: what is written under it, then each way on as [label, hint] ('' for
 * none), in order; at the end of the road, the one button.
 */
const AFTER_NO: Record<string, { note: string; ways?: readonly (readonly string[])[]; button?: string }> = {
  'cas-1': {
    note: CHOOSE,
    ways: [COLLEGE, ['J’ai déjà changé ce mot de passe, et je l’ai oublié', ''], STILL_STUCK],
  },
  'cas-2': {
    note: CHOOSE,
    ways: [['Vous ne recevez pas de mail de réinitialisation de mot de passe', ''], NO_ADDRESS, STILL_STUCK],
  },
  reinitialisation: {
    note: CHOOSE,
    ways: [
      [
        'Je ne reçois pas le mail de réinitialisation',
        'J’ai cliqué sur « besoin d’aide » et attendu quelques minutes, mais aucun mail n’arrive.',
      ],
      NO_ADDRESS,
      COLLEGE,
      STILL_STUCK,
    ],
  },
  'cas-3': { note: ONE, ways: [STILL_STUCK] },
  'cas-2-mail-non-recu-eleve': { note: ONE, ways: [STILL_STUCK] },
  'cas-2-mail-non-recu-parent': { note: ONE, ways: [STILL_STUCK] },
  'autres-cas': { note: 'Essayez ensuite :', button: 'Message prêt à envoyer' },
};

const status = (el: EntHelp) => fold(shadow(el).querySelector('[role="status"]')?.textContent);

async function press(el: EntHelp, button: HTMLElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('triage after « Non », the lost letter, an outcome read alone', () => {
  beforeEach(resetPageState);

  it('the table covers every outcome of the built-in tree', () => {
    const outcomes = tree.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
    expect(Object.keys(AFTER_NO).sort()).to.deep.equal(outcomes.sort());
  });

  for (const mode of MODES)
    for (const [id, after] of Object.entries(AFTER_NO))
      it(`${mode}, ${id}: « Non » shows what to do next, every way on as its answer says`, async () => {
        const el = await mount({ mode, node: id, history: 'none', persist: 'none' });
        const group = parts(el, 'resolved')[0]!;
        const no = parts(el, 'resolved-button').find((b) => fold(b.textContent) === 'Non')!;
        await press(el, no);
        expectSame(focused(el), no);
        expect(fold(group.querySelector('.resolved-answer')?.textContent)).to.equal(after.note);
        // The ways on once in the widget, under « Non » (the box moved there, not copied).
        const boxes = parts(el, 'next-steps');
        if (!after.ways) {
          expect(boxes).to.have.length(0);
          const button = group.querySelector<HTMLElement>('[part="choice"]')!;
          expect(nameOf(button)).to.equal(after.button);
          expect(status(el)).to.equal(`${after.note} ${after.button}`);
          await expect(el).to.be.accessible();
          return;
        }
        expect(boxes).to.have.length(1);
        expect(group.contains(boxes[0]!)).to.equal(true);
        const buttons = [...boxes[0]!.querySelectorAll<HTMLElement>('[part="choice"]')];
        const shown = buttons.map((b) => [
          fold(b.querySelector('.choice-label')?.textContent),
          fold(b.querySelector('.choice-hint')?.textContent),
        ]);
        expect(shown).to.deep.equal(after.ways);
        // Never « Essayez ensuite : » before a sentence that is the person's own (« J'avais déjà… »).
        expect(fold(group.textContent)).to.not.contain('Essayez ensuite');
        expect(status(el)).to.equal(after.note);
        // The next key press reaches the first way on.
        await sendKeys({ press: 'Tab' });
        expectSame(focused(el), buttons[0]);
        await expect(el).to.be.accessible();
      });

  // One way on (Cas 3, the two no-reset-mail outcomes): no « Choisissez… » in any locale, that one way under « Non ».
  const ONE_IN: Record<string, readonly [string, string]> = {
    fr: [ONE, CHOOSE],
    en: ['Carry on below.', 'Choose the sentence closest to your situation.'],
    pt: ['Continue abaixo.', 'Escolha a frase mais parecida com a sua situação.'],
    ar: ['تابعوا أدناه.', 'اختاروا الجملة الأقرب إلى وضعكم.'],
  };
  for (const mode of MODES)
    for (const [locale, [one, choose]] of Object.entries(ONE_IN))
      it(`${mode}, ${locale}: at Cas 3, « Non » shows its one way on without asking to choose`, async () => {
        const el = await mountIn(locale, mode);
        el.node = 'cas-3';
        await settle(el);
        const group = parts(el, 'resolved')[0]!;
        await press(el, group.querySelector<HTMLElement>('[data-resolved="no"]')!);
        expect(fold(group.querySelector('.resolved-answer')?.textContent)).to.equal(one);
        expect(fold(group.textContent)).to.not.contain(choose);
        expect(status(el)).to.equal(one);
        const ways = [...group.querySelectorAll<HTMLElement>('[part="next-steps"] [part="choice"]')];
        expect(ways.map((w) => w.dataset['next'])).to.deep.equal(['autres-cas']);
        await expect(el).to.be.accessible();
      });

  it('a student who lost the letter is never told « Vous n’avez reçu aucun courrier »: « Autre chose » leads to « Autres Cas »', async () => {
    const el = await mount({ node: 'oubli', history: 'none', persist: 'none' });
    const buttons = [...shadow(el).querySelectorAll<HTMLElement>('[part="step"] [data-next]')];
    const toCas3 = buttons.find((b) => b.dataset['next'] === 'cas-3')!;
    // The answer to Cas 3 says what Cas 3's title says: no letter, not a letter lost.
    expect(fold(toCas3.textContent)).to.equal('Mon identifiant, ou les deux Et je n’ai reçu aucun courrier.');
    // Every answer of the tree that leads to Cas 3 is about no letter at all.
    for (const node of tree.nodes)
      for (const c of node.kind === 'question' ? node.choices : (node.followUps ?? []))
        if (c.next === 'cas-3') expect(`${c.label} ${c.hint ?? ''}`).to.not.match(/plus le courrier|perdu/);
    await press(
      el,
      buttons.find((b) => labelOf(b) === 'Autre chose')!,
    );
    expect(el.node).to.equal('autres-cas');
    expect(fold(shadow(el).querySelector('[part="step-title"]')?.textContent)).to.equal('Autres Cas');
  });

  // « Qu’avez-vous oublié ? »: the person who lost the letter with the identifier is told where to go (triage7).
  const LOST: Record<string, readonly [string, string]> = {
    fr: ['Autre chose', 'J’ai perdu le courrier.'],
    en: ['Something else', 'I lost the letter.'],
    pt: ['Outra coisa', 'Perdi a carta.'],
    ar: ['شيء آخر', 'أضعت الرسالة.'],
  };
  for (const mode of MODES)
    for (const [locale, [label, hint]] of Object.entries(LOST))
      it(`${mode}, ${locale}: « Autre chose » under « Qu’avez-vous oublié ? » names the lost letter`, async () => {
        const el = await mountIn(locale, mode);
        el.node = 'oubli';
        await settle(el);
        const region = mode === 'accordion' ? shadow(el).getElementById('panel-oubli')! : parts(el, 'step')[0]!;
        const button = [
          ...region.querySelectorAll<HTMLElement>('button[data-next="autres-cas"], button[data-node="autres-cas"]'),
        ].find((b) => labelOf(b) === label)!;
        expect(!!button, 'the « Autre chose » button').to.equal(true);
        // Its description, read after its name.
        const described = shadow(el).getElementById(button.getAttribute('aria-describedby') ?? '');
        expect(fold(described?.textContent)).to.equal(hint);
        expect(button.contains(described)).to.equal(true);
        await press(el, button);
        expect(el.node).to.equal('autres-cas');
        await expect(el).to.be.accessible();
      });

  for (const mode of MODES)
    for (const id of ['cas-2-mail-non-recu-eleve', 'cas-2-mail-non-recu-parent'])
      it(`${mode}, ${id} opened by a link: « Dans ce cas » follows its reason, on screen and on paper`, async () => {
        const el = await mount({ mode, node: id, history: 'none', persist: 'none' });
        const region =
          mode === 'accordion' ? shadow(el).getElementById(`panel-${id}`)! : shadow(el).querySelector('[part="step"]')!;
        const read = () => [...region.querySelectorAll(':scope > p')].map((p) => fold(p.textContent));
        const texts = read();
        const at = texts.findIndex((t) => t.startsWith('Dans ce cas, adressez-vous'));
        expect(at).to.be.above(0);
        expect(texts[at - 1]).to.equal(
          "Vous ne recevez pas de mail de réinitialisation de mot de passe, cela signifie que l'adresse mail renseignée est incorrecte.",
        );
        window.dispatchEvent(new Event('beforeprint'));
        await settle(el);
        expect(fold(shadow(el).querySelector('[part="base"]')?.textContent)).to.match(
          /renseignée est incorrecte\.\s*Dans ce cas, adressez-vous/,
        );
        window.dispatchEvent(new Event('afterprint'));
        await settle(el);
      });

  for (const mode of MODES)
    it(`${mode}: Cas 2's « ET SI ? » reason is on screen once, at the question and in Élève or Parent opened below it`, async () => {
      const REASON = "cela signifie que l'adresse mail renseignée est incorrecte.";
      const el = await mount({ mode, node: 'cas-2-mail-non-recu', history: 'none', persist: 'none' });
      // What is on screen: hidden panels and visually hidden text left out.
      const times = () => {
        const shown = shadow(el).querySelector('[part="base"]')!.cloneNode(true) as Element;
        shown.querySelectorAll('[hidden], .visually-hidden').forEach((n) => n.remove());
        return fold(shown.textContent).split(REASON).length - 1;
      };
      expect(times(), 'at the question').to.equal(1);
      for (const who of ['eleve', 'parent']) {
        const id = `cas-2-mail-non-recu-${who}`;
        const button =
          mode === 'accordion'
            ? shadow(el).querySelector<HTMLElement>(`[part~="section-button"][data-node="${id}"]`)!
            : shadow(el).querySelector<HTMLElement>(`[data-next="${id}"]`)!;
        await press(el, button);
        expect(el.node).to.equal(id);
        expect(times(), `${who} opened`).to.equal(1);
        // Still before « Dans ce cas », in the case itself.
        const region = mode === 'accordion' ? shadow(el).getElementById(`panel-${id}`)! : parts(el, 'step')[0]!;
        expect(fold(region.textContent)).to.match(/renseignée est incorrecte\.\s*Dans ce cas, adressez-vous/);
        await expect(el).to.be.accessible();
        if (mode === 'stepper') {
          el.node = 'cas-2-mail-non-recu';
          await settle(el);
        }
      }
    });

  for (const id of ['cas-3', 'cas-2-mail-non-recu-eleve', 'cas-2-mail-non-recu-parent', 'autres-cas'])
    it(`${id}: the screenshots advice is for the sender, beside the message, not in the text the lycée reads`, async () => {
      const el = await mount({ node: id, history: 'none', persist: 'none' });
      const box = parts(el, 'message')[0]!;
      const text = fold(box.querySelector('[part="message-text"]')?.textContent);
      expect(text).to.contain('Merci.');
      expect(text).to.not.contain('copies d');
      expect(box.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? '').to.not.contain('copies');
      // Once on the outcome, word for word: beside the message, or where the FAQ's Autres Cas says it.
      const card = shadow(el).querySelector('[part="step"]')!;
      const notes = [...card.querySelectorAll('[part="note"]')].filter((n) => fold(n.textContent) === SHOTS);
      expect(notes).to.have.length(1);
      if (id !== 'autres-cas') expect(box.contains(notes[0]!)).to.equal(true);
      await expect(el).to.be.accessible();
    });

  const PAGE: Record<string, string> = {
    fr: 'Page de l’aide : « Vous êtes élève »',
    en: 'Help page: “If you are a student”',
    pt: 'Página da ajuda: «Se é aluno»',
    ar: 'صفحة المساعدة: «للتلميذ(ة)»',
  };
  for (const [locale, line] of Object.entries(PAGE))
    it(`${locale}: the message names the page reached by its title, in quotes`, async () => {
      const el = await mountIn(locale, 'stepper');
      el.node = 'cas-2-mail-non-recu-eleve';
      await settle(el);
      const lines = (parts(el, 'message-text')[0]!.textContent ?? '').split('\n').map((l) => fold(l));
      expect(lines).to.include(line);
      if (locale !== 'fr') expect(lines).to.include(PAGE['fr']);
      expect(lines.join('\n')).to.not.match(/Cas atteint|Case reached|Resultado:|النتيجة:/);
    });
});
