// Round 9's play-through (branch player9), on a 320 px phone: what the first screen shows, and a
// student whose activation e-mail never came, who looks for « mail » and met a « courrier ».
import { expect } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { SITUATIONS } from './fixtures/situations.js';
import { answerByKeyboard, descriptionOf, mountIn, shownRegion, walkTo } from './fixtures/walk.js';
import { fold, labelOf, nameOf, parts, settle, shadow } from './helpers.js';

const CAS_3 =
  'Dans ce cas, adressez-vous au professeur principal de la classe en lui fournissant une adresse mail valide.';

/** The situation of SITUATIONS whose story starts with `start`. */
const situation = (start: string) => SITUATIONS.find((s) => s.story.startsWith(start))!;

/** How many lines an element's text is drawn on. */
function linesOf(element: Element): number {
  return Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
}

/** A widget as wide as a 320 px phone leaves it (the page's 16 px margins). */
async function onPhone(locale: string, mode = 'stepper'): Promise<EntHelp> {
  const el = await mountIn(locale, mode);
  el.style.cssText = 'display: block; width: 288px';
  await settle(el);
  return el;
}

const answerShown = (el: EntHelp, label: string) => parts(el, 'choice').find((b) => labelOf(b) === label)!;

describe('triage round 9: the first screen on a phone, and an activation e-mail that never came', () => {
  // Six lines of the first door's hint pushed the second door under the fold of a 320 px phone.
  const first: Record<string, [string, string]> = {
    fr: ['Je n’arrive pas à me connecter', 'Code ou mot de passe refusé, pas de mail de réinitialisation…'],
    en: ['I cannot sign in', 'Code or password refused, no reset e-mail…'],
    pt: ['Não consigo iniciar sessão', 'Código ou palavra-passe recusados, sem e-mail de reposição…'],
    ar: ['لا أستطيع تسجيل الدخول', 'رمز أو كلمة مرور مرفوض، لا تصل رسالة إعادة التعيين…'],
  };
  for (const [locale, [door, hint]] of Object.entries(first))
    it(`stepper, ${locale}, 288 px: the first door « ${door} » names the refused password and the missing e-mail in at most three lines`, async () => {
      const el = await onPhone(locale);
      const button = parts(el, 'choice')[0]!;
      expect(labelOf(button)).to.equal(door);
      expect(descriptionOf(el, button)).to.equal(hint);
      const seen = button.querySelector('.choice-hint')!;
      expect(fold(seen.textContent)).to.equal(hint);
      expect(linesOf(seen), `${locale}: lines of « ${hint} »`).to.be.within(1, 3);
      // The second door follows at once: less than the first door's own height below it.
      const [one, two] = parts(el, 'choice').map((b) => b.getBoundingClientRect());
      expect(two!.top - one!.bottom).to.be.below(one!.height);
      await expect(el).to.be.accessible();
    });

  const seconde = situation('in seconde, the activation e-mail never came');
  it('stepper, keyboard, 288 px: a student whose activation e-mail never came takes the first door, reads « Ni papier ni mail » under « Je n’ai reçu aucun courrier », and reaches Cas 3: the professeur principal', async () => {
    const el = await onPhone('fr');
    (document.activeElement as HTMLElement | null)?.blur();
    // What they look for on the first screen: « mail ». The first door's hint has it.
    expect(descriptionOf(el, answerShown(el, seconde.answers[0]!))).to.include('pas de mail');
    await answerByKeyboard(el, seconde.answers[0]!);
    expect(el.node).to.equal('connexion-impossible');
    expect(nameOf(shadow(el).activeElement)).to.equal('Qu’est-ce qui bloque ?');
    // « Courrier » alone reads as paper to who waits for an e-mail: the door says it is either.
    expect(descriptionOf(el, answerShown(el, seconde.answers[1]!))).to.equal(seconde.reads![1]);
    await answerByKeyboard(el, seconde.answers[1]!);
    expect(el.node).to.equal(seconde.outcome);
    const card = shownRegion(el);
    expect([...card.querySelectorAll('p')].map((p) => fold(p.textContent))).to.include(CAS_3);
    // A student: the professeur principal, no address to write to.
    expect(fold(card.querySelector('[part="contacts"]')?.textContent)).to.include(
      'Le professeur principal de la classe',
    );
    expect(card.querySelector('a[href^="mailto:"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('stepper, mouse: the same answers from the first screen (Cas 3’s door there too) read « Ni papier ni mail »', async () => {
    const el = await onPhone('fr');
    const door = answerShown(el, seconde.answers[1]!);
    expect(descriptionOf(el, door)).to.equal(seconde.reads![1]);
    expect(door.querySelector<HTMLElement>('.choice-hint')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await walkTo(el, seconde.answers);
    expect(el.node).to.equal('cas-3');
  });

  // The same door in the other languages: the word for e-mail is there.
  const mail: Record<string, [string, string]> = {
    en: ['I did not receive any letter', 'by e-mail'],
    pt: ['Não recebi nenhuma carta', 'por e-mail'],
    ar: ['لم أتلقَّ أي رسالة', 'البريد الإلكتروني'],
  };
  for (const [locale, [label, word]] of Object.entries(mail))
    it(`stepper, ${locale}: « ${label} » says « ${word} » in its description, at the first screen and at the second`, async () => {
      const el = await onPhone(locale);
      expect(descriptionOf(el, answerShown(el, label))).to.include(word);
      parts(el, 'choice')[0]!.click();
      await settle(el);
      expect(el.node).to.equal('connexion-impossible');
      expect(descriptionOf(el, answerShown(el, label))).to.include(word);
      answerShown(el, label).click();
      await settle(el);
      expect(el.node).to.equal('cas-3');
    });

  it('accordion, 288 px: inside « Je n’arrive pas à me connecter », the case « Je n’ai reçu aucun courrier » shows « Ni papier ni mail » and opens Cas 3 there', async () => {
    const el = await onPhone('fr', 'accordion');
    const root = shadow(el);
    root.getElementById('trigger-connexion-impossible')!.click();
    await settle(el);
    const inside = [...root.querySelectorAll<HTMLElement>('#panel-connexion-impossible [data-trigger]')].find(
      (b) =>
        b.parentElement!.closest('[id^="panel-"]')!.id === 'panel-connexion-impossible' &&
        labelOf(b) === seconde.answers[1],
    )!;
    expect(fold(inside.textContent)).to.include(seconde.reads![1]);
    inside.click();
    await settle(el);
    expect(el.node).to.equal('cas-3');
    expect(fold(shownRegion(el).textContent)).to.include(CAS_3);
    await expect(el).to.be.accessible();
  });
});
