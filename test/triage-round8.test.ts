// Round 8's play-through (branch player8), on a phone-wide widget: two people who met a question
// whose answers did not name their situation, and what they meet now.
import { expect } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { answerByKeyboard, descriptionOf, mountIn } from './fixtures/walk.js';
import { fold, labelOf, nameOf, parts, settle, shadow } from './helpers.js';

const RESET =
  "Si la connexion échoue après plusieurs tentatives, il faut réinitialiser le mot de passe en cliquant sur « besoin d'aide ».";

/** The answers' labels at the question shown (stepper). */
const answersShown = (el: EntHelp) => parts(el, 'choice').map(labelOf);

describe('triage round 8: a phone, a person whose answer was missing', () => {
  // At 320 px the first screen shows only its first door; who forgot the password takes it too.
  it('stepper, keyboard: who forgot the password takes « Je n’arrive pas à me connecter », finds « J’ai oublié… » second at « Qu’est-ce qui bloque ? », and reaches the FAQ’s reset', async () => {
    const el = await mountIn('fr', 'stepper');
    el.style.cssText = 'display: block; width: 320px';
    await settle(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await answerByKeyboard(el, 'Je n’arrive pas à me connecter');
    expect(el.node).to.equal('connexion-impossible');
    expect(answersShown(el)).to.deep.equal([
      'Mon identifiant ou mon mot de passe est refusé',
      'J’ai oublié mon mot de passe ou mon identifiant',
      'Je ne reçois pas le mail de réinitialisation',
      'On me dit qu’aucune adresse mail n’est enregistrée',
      'Je n’ai reçu aucun courrier',
      'Autre chose',
    ]);
    await answerByKeyboard(el, 'J’ai oublié mon mot de passe ou mon identifiant');
    expect(el.node).to.equal('oubli');
    expect(nameOf(shadow(el).activeElement)).to.equal('Qu’avez-vous oublié ?');
    await answerByKeyboard(el, 'Mon mot de passe');
    expect(el.node).to.equal('reinitialisation');
    const card = shadow(el).querySelector('[part="step"]')!;
    expect([...card.querySelectorAll('p')].map((p) => fold(p.textContent))).to.include(RESET);
    // The trail says how they came: three answers, each one to change.
    expect(parts(el, 'trail')[0]!.querySelectorAll('button')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('accordion: inside « Je n’arrive pas à me connecter », « J’ai oublié… » is a case that opens « Qu’avez-vous oublié ? » there', async () => {
    const el = await mountIn('fr', 'accordion');
    const root = shadow(el);
    root.getElementById('trigger-connexion-impossible')!.click();
    await settle(el);
    const inside = [...root.querySelectorAll<HTMLElement>('#panel-connexion-impossible [data-trigger]')].filter(
      (b) => b.parentElement!.closest('[id^="panel-"]')!.id === 'panel-connexion-impossible',
    );
    expect(inside.map(labelOf).slice(0, 2)).to.deep.equal([
      'Mon identifiant ou mon mot de passe est refusé',
      'J’ai oublié mon mot de passe ou mon identifiant',
    ]);
    inside[1]!.click();
    await settle(el);
    expect(el.node).to.equal('oubli');
    const panel = root.getElementById('panel-oubli')!;
    expect(root.getElementById('panel-connexion-impossible')!.contains(panel)).to.equal(true);
    expect(fold(panel.textContent)).to.include('Qu’avez-vous oublié ?');
    await expect(el).to.be.accessible();
  });

  // Who tried several passwords (the collège's, one chosen, a provisional one) cannot tell which was refused.
  const unsure: Record<string, [string, string, string, string]> = {
    fr: [
      'Je n’arrive pas à me connecter',
      'Mon identifiant ou mon mot de passe est refusé',
      'Autre chose',
      'Un autre, ou je ne sais pas lequel.',
    ],
    en: [
      'I cannot sign in',
      'My login or my password is refused',
      'Something else',
      'Another password, or I do not know which.',
    ],
    pt: [
      'Não consigo iniciar sessão',
      'O meu identificador ou a minha palavra-passe não é aceite',
      'Outra coisa',
      'Outra palavra-passe, ou não sei qual.',
    ],
    ar: ['لا أستطيع تسجيل الدخول', 'اسم المستخدم أو كلمة المرور مرفوض', 'شيء آخر', 'كلمة مرور أخرى، أو لا أعرف أيّها.'],
  };
  for (const [locale, [door, refused, other, hint]] of Object.entries(unsure))
    it(`stepper, ${locale}: who cannot tell which password was refused reads « ${hint} » as « ${other} »’s description, and reaches « Autres Cas »`, async () => {
      const el = await mountIn(locale, 'stepper');
      const tap = async (label: string) => {
        parts(el, 'choice')
          .find((b) => labelOf(b) === label)!
          .click();
        await settle(el);
      };
      await tap(door);
      await tap(refused);
      expect(el.node).to.equal('mot-de-passe-refuse');
      const last = parts(el, 'choice').at(-1)!;
      expect(labelOf(last)).to.equal(other);
      expect(descriptionOf(el, last)).to.equal(hint);
      // Seen, under the label, not only heard.
      expect(last.querySelector<HTMLElement>('.choice-hint')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await tap(other);
      expect(el.node).to.equal('autres-cas');
      if (locale === 'fr')
        expect(fold(shadow(el).querySelector('[part="step"]')?.textContent)).to.include(
          'Adressez vous au professeur principal de la classe ou au lycée (campus.coulommiers@ac-creteil.fr) en donnant un maximum de précisions.',
        );
      await expect(el).to.be.accessible();
    });
});
