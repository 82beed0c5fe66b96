// Round 10's play-through (branch player10), on a 320 px phone: thirteen situations no round had
// played, and the two people who found no answer with their words: who forgot the identifier and
// the password, and who read « compte bloqué » on the portal.
import { expect } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { answerByKeyboard, descriptionOf, mountIn, shownRegion, walkTo } from './fixtures/walk.js';
import { fold, labelOf, nameOf, parts, settle } from './helpers.js';

// FAQ sentences, word for word, that tell a person they reached their case.
const CAS_1 = 'Saisissez votre identifiant et mot de passe provisoire';
const CAS_2 =
  "Dans ce cas, c'est le mot de passe que vous utilisez dans cet autre établissement qui doit être utilisé.";
const CAS_3 =
  'Dans ce cas, adressez-vous au professeur principal de la classe en lui fournissant une adresse mail valide.';
const AUTRES = 'Adressez vous au professeur principal de la classe ou au lycée (campus.coulommiers@ac-creteil.fr)';
const ET_SI = 'Dans ce cas, adressez-vous au professeur principal de la classe ou, si vous êtes parent, au lycée';
const RESET = "il faut réinitialiser le mot de passe en cliquant sur « besoin d'aide ».";

const CONNEXION = 'Je n’arrive pas à me connecter';
const REFUSE = 'Mon identifiant ou mon mot de passe est refusé';
const OUBLI = 'J’ai oublié mon mot de passe ou mon identifiant';

/** [who, story, the words they look for on the first door, answers, outcome, a FAQ sentence there]. */
const NEW: [string, string, string, string[], string, string][] = [
  [
    'élève',
    'changed lycée in Île-de-France; the letter has no password',
    'sans mot de passe',
    ['J’ai reçu un courrier avec mon identifiant, mais sans mot de passe'],
    'cas-2',
    CAS_2,
  ],
  [
    'élève',
    'changed lycée; the old lycée’s password is refused',
    'connecter',
    [CONNEXION, REFUSE, 'Le mot de passe du collège'],
    'cas-2',
    CAS_2,
  ],
  [
    'parent',
    'the child is in seconde, nothing ever came',
    'aucun courrier',
    ['Je n’ai reçu aucun courrier'],
    'cas-3',
    CAS_3,
  ],
  ['élève', 'the portal says the account is locked', 'connecter', [CONNEXION, 'Autre chose'], 'autres-cas', AUTRES],
  [
    'élève',
    'forgot the identifier and the password, no letter at the lycée',
    'oublié',
    [OUBLI, 'Mon identifiant, ou les deux'],
    'cas-3',
    CAS_3,
  ],
  [
    'élève',
    'typed the collège password on the ENT 77',
    'connecter',
    [CONNEXION, REFUSE, 'Le mot de passe du collège'],
    'cas-2',
    CAS_2,
  ],
  [
    'parent',
    'two children in two lycées: one account works, not the other',
    'connecter',
    [CONNEXION, 'Autre chose'],
    'autres-cas',
    AUTRES,
  ],
  [
    'élève',
    'on the family phone, signed in on the parent’s account',
    'connecté',
    ['Je suis connecté(e), mais quelque chose ne va pas'],
    'autres-cas',
    AUTRES,
  ],
  [
    'élève',
    'landed on another portal from a search, has the activation letter',
    'provisoire',
    ['J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire'],
    'cas-1',
    CAS_1,
  ],
  [
    'élève',
    'the activation code is refused, even on the right address',
    'connecter',
    [CONNEXION, REFUSE, 'Le mot de passe provisoire du courrier', 'Ça ne marche toujours pas'],
    'autres-cas',
    AUTRES,
  ],
  [
    'élève',
    'the reset e-mail goes to the collège address, no longer read',
    'connecter',
    [CONNEXION, 'Je ne reçois pas le mail de réinitialisation', 'Élève'],
    'cas-2-mail-non-recu-eleve',
    ET_SI,
  ],
  [
    'parent',
    'skipped the e-mail at the first sign-in, then forgot the password',
    'oublié',
    [OUBLI, 'Mon mot de passe', 'On me dit qu’aucune adresse mail n’est enregistrée', 'Parent'],
    'cas-2-mail-non-recu-parent',
    ET_SI,
  ],
  [
    'élève',
    'the account is locked after several tries, then forgot which password',
    'connecter',
    [CONNEXION, REFUSE, 'Un mot de passe que j’avais choisi'],
    'reinitialisation',
    RESET,
  ],
];

/** A widget as wide as a 320 px phone leaves it (the page's 16 px margins). */
async function onPhone(locale: string): Promise<EntHelp> {
  const el = await mountIn(locale, 'stepper');
  el.style.cssText = 'display: block; width: 288px';
  await settle(el);
  return el;
}

const answerShown = (el: EntHelp, label: string) => parts(el, 'choice').find((b) => labelOf(b) === label);

describe('triage round 10: thirteen new situations on a phone, « ou les deux » and « un compte bloqué »', () => {
  for (const [who, story, words, answers, outcome, faq] of NEW)
    it(`stepper, 288 px, ${who}: ${story} → ${outcome}`, async () => {
      const el = await onPhone('fr');
      // The door they need is on the first screen, and its name has their words.
      expect(answerShown(el, answers[0]!), `« ${answers[0]} » at the start`).to.not.equal(undefined);
      expect(answers[0]).to.include(words);
      await walkTo(el, answers);
      expect(el.node).to.equal(outcome);
      expect(fold(shownRegion(el).textContent)).to.include(faq);
      await expect(el).to.be.accessible();
    });

  // Who forgot both had « Mon mot de passe » (a reset, which needs the identifier) or « Mon identifiant ».
  const both: Record<string, [string, string]> = {
    fr: [OUBLI, 'Mon identifiant, ou les deux'],
    en: ['I forgot my password or my login', 'My login, or both'],
    pt: ['Esqueci-me da palavra-passe ou do identificador', 'O meu identificador, ou os dois'],
    ar: ['نسيت كلمة المرور أو اسم المستخدم', 'اسم المستخدم، أو كلاهما'],
  };
  for (const [locale, [door, label]] of Object.entries(both))
    it(`stepper, keyboard, ${locale}: who forgot the identifier and the password answers « ${label} » and reaches Cas 3`, async () => {
      const el = await onPhone(locale);
      (document.activeElement as HTMLElement | null)?.blur();
      await answerByKeyboard(el, door);
      expect(el.node).to.equal('oubli');
      await answerByKeyboard(el, label);
      expect(el.node).to.equal('cas-3');
      expect(nameOf(shownRegion(el).querySelector('[part="contacts"]'))).to.not.equal('');
      await expect(el).to.be.accessible();
    });

  // « Qu’est-ce qui bloque ? »: the words a locked account shows, on the answer for what the FAQ does not cover.
  const locked: Record<string, [string, string, string]> = {
    fr: [CONNEXION, 'Autre chose', 'Un compte bloqué'],
    en: ['I cannot sign in', 'Something else', 'A locked account'],
    pt: ['Não consigo iniciar sessão', 'Outra coisa', 'Conta bloqueada'],
    ar: ['لا أستطيع تسجيل الدخول', 'شيء آخر', 'حساب مقفل'],
  };
  for (const [locale, [door, other, words]] of Object.entries(locked))
    it(`stepper, keyboard, ${locale}: « ${words} » is in « ${other} »’s description, in at most four lines, and leads to « Autres Cas »`, async () => {
      const el = await onPhone(locale);
      (document.activeElement as HTMLElement | null)?.blur();
      await answerByKeyboard(el, door);
      const button = answerShown(el, other)!;
      expect(descriptionOf(el, button).startsWith(words), descriptionOf(el, button)).to.equal(true);
      expect(parts(el, 'choice').filter((b) => descriptionOf(el, b).includes(words))).to.have.length(1);
      const hint = button.querySelector('.choice-hint')!;
      const lines = hint.getBoundingClientRect().height / parseFloat(getComputedStyle(hint).lineHeight);
      expect(Math.round(lines)).to.be.within(1, 4);
      await answerByKeyboard(el, other);
      expect(el.node).to.equal('autres-cas');
      await expect(el).to.be.accessible();
    });
});
