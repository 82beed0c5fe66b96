import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EntHelp, EntHelpOutcomeEvent, EntHelpResolveEvent } from '../src/ent-help.js';
import { expectSame, focused, fold, mount, nameOf, parts, settle, shadow, visibleText } from './helpers.js';

const OUTCOMES = [
  'cas-1',
  'cas-2',
  'cas-2-mail-non-recu-eleve',
  'cas-2-mail-non-recu-parent',
  'reinitialisation',
  'cas-3',
  'autres-cas',
];
const status = (el: EntHelp) => fold(shadow(el).querySelector('[role="status"]')?.textContent);
const box = (el: EntHelp) => parts(el, 'resolved')[0]!;

/** Focuses a button and presses Enter, as a keyboard user does. */
async function press(el: EntHelp, button: HTMLElement): Promise<void> {
  button.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

const answerButton = (el: EntHelp, label: 'Oui' | 'Non') =>
  parts(el, 'resolved-button').find((b) => fold(b.textContent) === label)!;

describe('<ent-help>', () => {
  describe('events', () => {
    it('counts outcomes reached and answers given, as a statistics script would', async () => {
      const counts: Record<string, number> = {};
      const count = (event: Event) => {
        const { node } = (event as CustomEvent<{ node: string }>).detail;
        const key = `${event.type} ${node}`;
        counts[key] = (counts[key] ?? 0) + 1;
      };
      const types = ['ent-help-outcome', 'ent-help-resolve'] as const;
      for (const type of types) document.addEventListener(type, count);
      try {
        const el = await mount({ history: 'none' });
        const outcome = oneEvent(el, 'ent-help-outcome') as Promise<EntHelpOutcomeEvent>;
        await press(el, shadow(el).querySelector<HTMLElement>('[data-next="cas-1"]')!);
        const reached = await outcome;
        expect(reached.detail).to.deep.equal({ node: 'cas-1', path: ['accueil', 'cas-1'] });
        expect(reached.bubbles && reached.composed).to.equal(true);
        const resolve = oneEvent(el, 'ent-help-resolve') as Promise<EntHelpResolveEvent>;
        await press(el, answerButton(el, 'Non'));
        expect((await resolve).detail).to.deep.equal({ node: 'cas-1', resolved: false });
        parts(el, 'back-button')[0]!.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(counts).to.deep.equal({ 'ent-help-outcome cas-1': 1, 'ent-help-resolve cas-1': 1 });
      } finally {
        for (const type of types) document.removeEventListener(type, count);
      }
    });
  });

  describe('problème résolu ?', () => {
    for (const id of OUTCOMES) {
      it(`asks « Problème résolu ? » at ${id}, with Oui and Non as 44 px buttons`, async () => {
        const el = await mount({ node: id, history: 'none' });
        const group = box(el);
        expect(group.getAttribute('role')).to.equal('group');
        expect(visibleText(group)).to.equal('Problème résolu ? Oui Non');
        for (const b of parts(el, 'resolved-button')) {
          expect(b.getAttribute('aria-pressed')).to.equal('false');
          expect(b.getBoundingClientRect().height).to.be.at.least(44);
          expect(parseFloat(getComputedStyle(b).fontSize)).to.be.at.least(16);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('is not asked at a question', async () => {
      const el = await mount({ history: 'none' });
      expect(parts(el, 'resolved')).to.have.length(0);
    });

    it('yes: a short thank-you, announced, and Recommencer; focus stays on Oui', async () => {
      const el = await mount({ node: 'cas-1', history: 'none' });
      const yes = answerButton(el, 'Oui');
      const event = oneEvent(el, 'ent-help-resolve') as Promise<EntHelpResolveEvent>;
      await press(el, yes);
      expect((await event).detail).to.deep.equal({ node: 'cas-1', resolved: true });
      expect(yes.getAttribute('aria-pressed')).to.equal('true');
      expectSame(focused(el), yes);
      expect(visibleText(box(el))).to.contain('Tant mieux ! Merci d’avoir suivi ces étapes.');
      expect(status(el)).to.equal('Tant mieux ! Merci d’avoir suivi ces étapes.');
      await expect(el).to.be.accessible();
      await press(el, box(el).querySelector<HTMLElement>('[part="restart-button"]')!);
      expect(el.node).to.equal('accueil');
      expect(focused(el)?.id).to.equal('step-title');
    });

    it('no at cas-2: « ET SI ? » and its ways on move under « Non », never shown twice', async () => {
      const el = await mount({ node: 'cas-2', history: 'none' });
      await press(el, answerButton(el, 'Non'));
      expect(status(el)).to.equal('Choisissez la phrase qui ressemble le plus à votre situation.');
      // The same box, now inside « Problème résolu ? », under the answer: a person on a phone sees every
      // next step there, each named as its answer (no copy of the ways on above).
      expect(parts(el, 'next-steps')).to.have.length(1);
      const ways = [...box(el).querySelectorAll<HTMLElement>('[part="next-steps"] [data-next]')];
      expect(ways.map((w) => w.dataset['next'])).to.deep.equal([
        'cas-2-mail-non-recu',
        'adresse-manquante',
        'autres-cas',
      ]);
      expect(nameOf(ways[0])).to.equal('Vous ne recevez pas de mail de réinitialisation de mot de passe');
      await expect(el).to.be.accessible();
      await press(el, ways[0]!);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expect(focused(el)?.id).to.equal('step-title');
    });

    it('no in the accordion: the first way on under « Non » opens inside the case, focus on it', async () => {
      const el = await mount({ mode: 'accordion', node: 'cas-1', history: 'none' });
      await press(el, answerButton(el, 'Non'));
      const go = box(el).querySelector<HTMLElement>('[part="choice"]')!;
      expect(go.dataset['next']).to.equal('cas-2');
      go.click();
      await settle(el);
      expect(el.node).to.equal('cas-2');
      const trigger = shadow(el).getElementById('trigger-cas-2')!;
      expect(shadow(el).getElementById('panel-cas-1')!.contains(trigger)).to.equal(true);
      expectSame(focused(el), trigger);
      await expect(el).to.be.accessible();
    });

    for (const id of ['cas-2-mail-non-recu-eleve', 'cas-2-mail-non-recu-parent', 'cas-3', 'cas-1']) {
      it(`no at ${id}: the way on ends at « Autres Cas », not at the contacts already on screen`, async () => {
        const el = await mount({ node: id, history: 'none' });
        await press(el, answerButton(el, 'Non'));
        expectSame(box(el).querySelector('[part="contacts"]'), null);
        const ways = [...shadow(el).querySelectorAll<HTMLElement>('[part="next-steps"] [data-next]')];
        expect(ways.at(-1)!.dataset['next']).to.equal('autres-cas');
        await expect(el).to.be.accessible();
        await press(el, ways.at(-1)!);
        expect(el.node).to.equal('autres-cas');
        expect(focused(el)?.id).to.equal('step-title');
        // What was tried stays on the path: the message lists it as an answer, not as a case title.
        expect(fold(shadow(el).querySelector('[part~="message-text"]')?.textContent)).to.contain(
          'Ça n’a pas marché ? — Ça ne marche toujours pas',
        );
        el.back();
        await settle(el);
        expect(el.node).to.equal(id);
      });
    }

    it('no at autres-cas, the end of the road: the message, the last thing the FAQ gives', async () => {
      const el = await mount({ node: 'autres-cas', history: 'none' });
      expect(parts(el, 'next-steps')).to.have.length(0);
      await press(el, answerButton(el, 'Non'));
      expect(status(el)).to.equal('Essayez ensuite : Message prêt à envoyer');
      await press(el, box(el).querySelector<HTMLElement>('[part="choice"]')!);
      expect(focused(el)?.id).to.equal('message-title');
      // Something to see: the message's text opens.
      expect(shadow(el).querySelector<HTMLDetailsElement>('[part="message"] details')!.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('the answer is forgotten when the node changes', async () => {
      const el = await mount({ node: 'cas-3', history: 'none' });
      await press(el, answerButton(el, 'Oui'));
      el.goTo('cas-1');
      await settle(el);
      expect(answerButton(el, 'Oui').getAttribute('aria-pressed')).to.equal('false');
      expect(status(el)).to.not.contain('Merci');
    });
  });
});
