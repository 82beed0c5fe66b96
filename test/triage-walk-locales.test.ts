// Situations played in English, Arabic and Portuguese by parents and students who read little
// French, on a 390 px phone: the answers clicked (French labels, as in SITUATIONS), then the
// FAQ's facts as the person reads them in their language, the contact the FAQ names for them,
// and the ready-to-send message (French first, for the lycée, then their language).
import { expect } from '@open-wc/testing';
import { mountIn, shownRegion, walkTo } from './fixtures/walk.js';
import { expectSame, fold, parts } from './helpers.js';

const CONNEXION = 'Je n’arrive pas à me connecter';
const CONNECTE = 'Je suis connecté(e), mais quelque chose ne va pas';
const LYCEE = 'campus.coulommiers@ac-creteil.fr';

interface Played {
  readonly locale: 'en' | 'ar' | 'pt';
  readonly who: 'élève' | 'parent';
  readonly story: string;
  readonly answers: readonly string[];
  readonly outcome: string;
  /** Sentences read on the outcome, in the person's language, word for word. */
  readonly reads: readonly string[];
  /** « Écrire le message » opens a mail to the lycée (a parent, or « Autres Cas »). */
  readonly mail: boolean;
  /** Lines of the message, French part then own-language part. */
  readonly message?: readonly [string, string];
}

const PLAYED: readonly Played[] = [
  {
    locale: 'pt',
    who: 'parent',
    story: 'never received the activation letter',
    answers: ['Je n’ai reçu aucun courrier'],
    outcome: 'cas-3',
    reads: [
      'Neste caso, dirija-se ao diretor de turma, indicando um endereço de e-mail válido.',
      'O diretor de turma (professeur principal)',
    ],
    mail: false,
    message: ['Page de l’aide : « Cas 3 : ', 'Página da ajuda: «Caso 3: '],
  },
  {
    locale: 'ar',
    who: 'parent',
    story: 'signed in, the account shows another child',
    answers: [CONNECTE],
    outcome: 'autres-cas',
    reads: [
      `تواصلوا مع الأستاذ الرئيسي للقسم أو مع الثانوية (${LYCEE}) مع تقديم أكبر قدر ممكن من التفاصيل.`,
      'لا تتردّدوا في إرفاق لقطات شاشة توضّح المشكلة.',
    ],
    mail: true,
    message: ['Page de l’aide : « Autres Cas »', 'صفحة المساعدة: «حالات أخرى»'],
  },
  {
    locale: 'en',
    who: 'élève',
    story: 'forgot the identifier and never received a letter',
    answers: ['J’ai oublié mon mot de passe ou mon identifiant', 'Mon identifiant, ou les deux'],
    outcome: 'cas-3',
    reads: ['In this case, contact the class teacher and give them a valid e-mail address.'],
    mail: false,
    message: ['identifiant et je n’ai reçu aucun courrier.', 'I forgot my login and I never received a letter.'],
  },
  {
    locale: 'en',
    who: 'parent',
    story: 'clicked « besoin d’aide », no reset e-mail',
    answers: [CONNEXION, 'Je ne reçois pas le mail de réinitialisation', 'Parent'],
    outcome: 'cas-2-mail-non-recu-parent',
    reads: [
      `In this case, contact the class teacher or, if you are a parent, the school (${LYCEE}), and give them a valid e-mail address.`,
    ],
    mail: true,
    message: ['Je suis (élève ou parent) : Parent', 'I am (student or parent): Parent'],
  },
  {
    locale: 'ar',
    who: 'parent',
    story: '« besoin d’aide » says no address is on file',
    answers: [CONNEXION, 'On me dit qu’aucune adresse mail n’est enregistrée', 'Parent'],
    outcome: 'cas-2-mail-non-recu-parent',
    reads: [
      `في هذه الحالة، تواصلوا مع الأستاذ الرئيسي للقسم، أو مع الثانوية (${LYCEE}) إذا كنتم أولياء أمور، وزوّدوهم بعنوان بريد إلكتروني صالح.`,
    ],
    mail: true,
    message: ['Je suis (élève ou parent) : Parent', 'أنا (تلميذ(ة) أو وليّ أمر): وليّ أمر\nاسم العائلة:'],
  },
  {
    locale: 'ar',
    who: 'élève',
    story: 'came from a collège, letter without password',
    answers: ['J’ai reçu un courrier avec mon identifiant, mais sans mot de passe'],
    outcome: 'cas-2',
    reads: [
      'ادخلوا إلى العنوان https://ent.iledefrance.fr (وليس إلى ENT 77!)',
      "يجب إعادة تعيين كلمة المرور بالنقر على « besoin d'aide » («أحتاج إلى مساعدة»).",
      '(قد يستغرق ذلك بضع دقائق).',
    ],
    mail: false,
  },
  {
    locale: 'ar',
    who: 'élève',
    story: 'new, the letter with a provisional password',
    answers: ['J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire'],
    outcome: 'cas-1',
    reads: [
      'أدخلوا اسم المستخدم (identifiant) وكلمة المرور المؤقتة (mot de passe)',
      'غيّروا كلمة المرور واحفظوها جيدًا!',
      'أدخلوا عنوان بريد إلكتروني صالحًا (يُستخدم في حال نسيان كلمة المرور)',
    ],
    mail: false,
  },
  {
    locale: 'pt',
    who: 'élève',
    story: 'the collège password refused',
    answers: [CONNEXION, 'Mon identifiant ou mon mot de passe est refusé', 'Le mot de passe du collège'],
    outcome: 'cas-2',
    reads: [
      'Aceda ao endereço https://ent.iledefrance.fr (não ao ENT 77!)',
      "Se o início de sessão falhar após várias tentativas, tem de repor a palavra-passe clicando em « besoin d'aide » («preciso de ajuda»).",
    ],
    mail: false,
  },
  {
    locale: 'en',
    who: 'élève',
    story: 'forgot the password chosen at the first sign-in',
    answers: ['J’ai oublié mon mot de passe ou mon identifiant', 'Mon mot de passe'],
    outcome: 'reinitialisation',
    reads: [
      'Go to https://ent.iledefrance.fr (not to ENT 77!)',
      "you must reset your password by clicking « besoin d'aide » (“need help”).",
    ],
    mail: false,
  },
  {
    locale: 'pt',
    who: 'parent',
    story: 'signed in, a page is missing',
    answers: [CONNECTE],
    outcome: 'autres-cas',
    reads: [
      `Dirija-se ao diretor de turma ou à escola (${LYCEE}), dando o máximo de pormenores.`,
      'Não hesite em juntar capturas de ecrã que mostrem o problema.',
    ],
    mail: true,
  },
  {
    locale: 'en',
    who: 'parent',
    story: 'the temporary password refused (on the ENT 77)',
    answers: [CONNEXION, 'Mon identifiant ou mon mot de passe est refusé', 'Le mot de passe provisoire du courrier'],
    outcome: 'cas-1',
    // « at collège », as in Case 2 (« in collège » read as being enrolled there).
    reads: ['I already had an ENT account at collège', 'Or at another school in Île-de-France.'],
    mail: false,
  },
  {
    locale: 'en',
    who: 'parent',
    story: 'the identifier refused, none of the answers',
    answers: [CONNEXION, 'Autre chose'],
    outcome: 'autres-cas',
    reads: ['Feel free to attach screenshots that show the problem.'],
    mail: true,
    message: [
      'Mon problème n’est pas dans la liste de l’aide du site.',
      'My problem is not listed in the website’s help.',
    ],
  },
  {
    locale: 'pt',
    who: 'parent',
    story: 'the identifier refused, none of the passwords',
    answers: [CONNEXION, 'Mon identifiant ou mon mot de passe est refusé', 'Autre chose'],
    outcome: 'autres-cas',
    reads: ['Não hesite em juntar capturas de ecrã que mostrem o problema.'],
    mail: true,
    // « palavra-passe » is feminine: « não é aceite », not « é recusado ».
    message: [
      'Mon identifiant ou mon mot de passe est refusé.',
      'O meu identificador ou a minha palavra-passe não é aceite.',
    ],
  },
];

describe('triage walk in English, Arabic and Portuguese', () => {
  for (const p of PLAYED)
    it(`${p.locale}, ${p.who}: ${p.story}`, async () => {
      const el = await mountIn(p.locale, 'stepper');
      await walkTo(el, p.answers);
      expect(el.node).to.equal(p.outcome);
      const region = shownRegion(el);
      const text = fold(region.textContent);
      for (const line of p.reads) expect(text).to.contain(fold(line));
      const mail = parts(el, 'message-mail-button')[0] as HTMLAnchorElement | undefined;
      expect(mail?.href.startsWith(`mailto:${LYCEE}?`) ?? false, 'a mail to the lycée').to.equal(p.mail);
      if (p.who === 'élève') expectSame(region.querySelector('a[href^="mailto:"]'), null, 'no mailto for a student');
      if (p.message) {
        const [french, own] = parts(el, 'message-text')[0]!.textContent!.split('\n----------\n');
        expect(french).to.contain(p.message[0]);
        expect(own).to.contain(p.message[1]);
        // The case reached is named once (« Caso: Caso 3 » read as a stutter).
        expect(own).not.to.match(/^(Caso|الحالة): (Caso|الحالة) \d/m);
      }
      el.remove();
    });
});
