import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EntHelp, EntHelpOutcomeEvent, EntHelpResolveEvent } from '../src/ent-help.js';
import { focused, fold, mount, nameOf, parts, settle, shadow, visibleText } from './helpers.js';

const OUTCOMES = ['cas-1', 'cas-2', 'cas-2-mail-non-recu', 'cas-3', 'autres-cas'];
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
      expect(focused(el)).to.equal(yes);
      expect(visibleText(box(el))).to.contain('Tant mieux ! Merci d’avoir suivi ces étapes.');
      expect(status(el)).to.equal('Tant mieux ! Merci d’avoir suivi ces étapes.');
      await expect(el).to.be.accessible();
      await press(el, box(el).querySelector<HTMLElement>('[part="restart-button"]')!);
      expect(el.node).to.equal('accueil');
      expect(focused(el)?.id).to.equal('step-title');
    });

    it('no at cas-2: the « ET SI ? » case is the next thing to try', async () => {
      const el = await mount({ node: 'cas-2', history: 'none' });
      await press(el, answerButton(el, 'Non'));
      const next = box(el).querySelector<HTMLElement>('[data-next="cas-2-mail-non-recu"]')!;
      const label = fold(next.querySelector('.choice-label')!.textContent);
      expect(label.length).to.be.greaterThan(10);
      expect(status(el)).to.equal(`Essayez ensuite : ${label}`);
      // The same case is offered in « ET SI ? » above: the two buttons have distinct names.
      const names = [...shadow(el).querySelectorAll('[data-next="cas-2-mail-non-recu"]')].map(nameOf);
      expect(names).to.have.length(2);
      expect(new Set(names).size).to.equal(2);
      expect(names[1]).to.equal(`Essayez ensuite : ${label}`);
      await expect(el).to.be.accessible();
      await press(el, next);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expect(focused(el)?.id).to.equal('step-title');
    });

    for (const id of ['cas-2-mail-non-recu', 'cas-3', 'autres-cas']) {
      it(`no at ${id}: the contacts the FAQ gives for it`, async () => {
        const el = await mount({ node: id, history: 'none' });
        await press(el, answerButton(el, 'Non'));
        const shown = box(el).querySelector('[part="contacts"]')!;
        const original = parts(el, 'contacts')[0]!;
        expect(visibleText(shown)).to.equal(visibleText(original));
        expect(visibleText(shown)).to.contain('professeur principal');
        expect(status(el)).to.equal('Essayez ensuite : Qui contacter ?');
        await expect(el).to.be.accessible();
      });
    }

    it('no at cas-1 (no follow-up, no contact in the FAQ): « Autres Cas » is offered', async () => {
      const el = await mount({ node: 'cas-1', history: 'none' });
      await press(el, answerButton(el, 'Non'));
      const next = box(el).querySelector<HTMLElement>('[data-next="autres-cas"]')!;
      expect(fold(next.textContent)).to.equal('Autres Cas');
      expect(status(el)).to.equal('Essayez ensuite : Autres Cas');
      await expect(el).to.be.accessible();
      await press(el, next);
      expect(el.node).to.equal('autres-cas');
      expect(focused(el)?.id).to.equal('step-title');
      // What was tried stays on the path, so the step count and the message say it.
      expect(fold(shadow(el).querySelector('[part~="message-text"]')?.textContent)).to.contain(
        'Cas 1 : Vous avez reçu un courrier',
      );
      el.back();
      await settle(el);
      expect(el.node).to.equal('cas-1');
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
