/**
 * The lycée's decision tree, from its FAQ « Que faire en cas de problème d'accès à
 * L'ENT ? » (`shared/source/000_bd4324bef29a3f79.txt`). That FAQ is authoritative: every
 * sentence of it appears below word for word. The widget adds only questions, answer labels
 * (first-person restatements of the FAQ's own conditions, in plain words) and the sentences a
 * ready-to-send message starts with (`statement`, `subject`: what the person said, never a
 * fact). docs/tree.md shows the tree as a diagram, door by door.
 *
 * The first screen (`accueil`) has doors by symptom (« Je n'arrive pas à me connecter »), by
 * memory (« J'ai oublié… »), by letter (the FAQ's Cas 1, 2 and 3) and « Je suis connecté(e),
 * mais… ». Each reaches its FAQ answer in at most two more answers; the first (all a 320 px phone
 * shows) offers the memory door and Cas 3's again. Where the FAQ's answer
 * differs for a student and a parent (Cas 2 « ET SI ? »), one question asks who is reading and
 * leads to an outcome per audience, whose contacts are that person's only. Every outcome's
 * follow-ups (« Ça n'a pas marché ? ») lead on to the next thing the FAQ gives, and in the end
 * to « Autres Cas » (`otherwise`): `validateTree(tree, { strict: true })` checks it.
 *
 * Texts go through `msg()` so that translators can supply each locale; ids are stable
 * (`<node id>.<field>`). `msg()` is a pure function: it returns the active locale's
 * string, or the French source when there is none.
 */
import { msg } from '@lit/localize';
import type { Tree } from './types.js';
import { audienceText, chooseText, screenshotsText } from './texts.js';
import { defaultTreeParts } from './default-tree-parts.js';
export { DEFAULT_CONFIG, DEFAULT_CONTACT_EMAIL, DEFAULT_NODE_IDS, DEFAULT_PORTAL_URL } from './defaults.js';

/**
 * Builds the default tree in the active locale. Call it again after a locale change.
 * @returns a new, valid {@link Tree} whose nodes are {@link DEFAULT_NODE_IDS}.
 */
export function createDefaultTree(): Tree {
  // What several nodes share (the last way forward, « élève / parent », FAQ sentences quoted twice).
  const p = defaultTreeParts();
  // « Autre chose »: where no answer fits (an identifier refused, another password, a lost letter, a locked account).
  const other = {
    label: msg('Autre chose', { id: 'porte.autre' }),
    next: 'autres-cas',
    statement: msg('Mon problème n’est pas dans la liste de l’aide du site.', { id: 'porte.autre-statement' }),
  };
  // Cas 3's door, on the first screen and again under « Qu’est-ce qui bloque ? »: on a phone the first
  // screen shows only the first door, which a parent without a letter takes (« Je n’arrive pas à me connecter »).
  const noLetter = {
    label: msg('Je n’ai reçu aucun courrier', { id: 'porte.cas-3' }),
    // « Ni papier ni mail »: Cas 1 and 2's « courrier (papier ou mail) »; who waits for an e-mail reads « courrier » as paper.
    hint: msg('Ni papier ni mail, et je n’ai pas mon identifiant ou mon mot de passe.', {
      id: 'accueil.choice-3-hint',
    }),
    next: 'cas-3',
    statement: msg('Je n’ai reçu aucun courrier et je n’ai pas mon identifiant ou mon mot de passe.', {
      id: 'porte.cas-3-statement',
    }),
    subject: msg('aucun courrier reçu', { id: 'porte.cas-3-subject' }),
  };
  // The memory door, also under « Qu’est-ce qui bloque ? »: the first door, which a phone shows alone, is taken by all.
  const forgot = {
    label: msg('J’ai oublié mon mot de passe ou mon identifiant', { id: 'porte.oubli' }),
    next: 'oubli',
  };
  return {
    title: msg("Que faire en cas de problème d'accès à L'ENT ?", { id: 'tree.title' }),
    source: msg('Source : FAQ du lycée sur l’accès à l’ENT Île-de-France.', { id: 'tree.source' }),
    start: 'accueil',
    otherwise: 'autres-cas',
    nodes: [
      {
        id: 'accueil',
        kind: 'question',
        title: msg('Que se passe-t-il ?', { id: 'accueil.question' }),
        hint: chooseText(),
        choices: [
          {
            label: msg('Je n’arrive pas à me connecter', { id: 'porte.connexion' }),
            // Three lines on a 320 px phone (six before), so that the next door shows too; « …refusé »
            // is the FAQ's « la connexion échoue »; the rest waits at « Qu’est-ce qui bloque ? ».
            hint: msg('Code ou mot de passe refusé, pas de mail de réinitialisation…', { id: 'porte.connexion-hint' }),
            next: 'connexion-impossible',
            statement: msg('Je n’arrive pas à me connecter à l’ENT.', { id: 'porte.connexion-statement' }),
            subject: msg('je n’arrive pas à me connecter', { id: 'porte.connexion-subject' }),
          },
          forgot,
          {
            label: msg('J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire', {
              id: 'porte.cas-1',
            }),
            hint: msg('Papier ou mail. Le mot de passe provisoire s’appelle aussi code d’activation.', {
              id: 'accueil.choice-1-hint',
            }),
            next: 'cas-1',
            statement: msg('J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire.', {
              id: 'porte.cas-1-statement',
            }),
            subject: msg('courrier avec un mot de passe provisoire', { id: 'porte.cas-1-subject' }),
          },
          {
            label: msg('J’ai reçu un courrier avec mon identifiant, mais sans mot de passe', {
              id: 'porte.cas-2',
            }),
            hint: msg(
              'Papier ou mail. Aucun mot de passe ne figure sur le courrier : vous utilisez déjà l’ENT au collège ou dans un autre établissement d’Île-de-France.',
              {
                id: 'accueil.choice-2-hint',
              },
            ),
            next: 'cas-2',
            statement: msg('J’ai reçu un courrier avec mon identifiant, mais sans mot de passe.', {
              id: 'porte.cas-2-statement',
            }),
            subject: msg('courrier sans mot de passe', { id: 'porte.cas-2-subject' }),
          },
          noLetter,
          {
            label: msg('Je suis connecté(e), mais quelque chose ne va pas', { id: 'porte.connecte' }),
            hint: msg('Un service ou une page manque, ou ne marche pas.', { id: 'porte.connecte-hint' }),
            next: 'autres-cas',
            statement: msg('Je suis connecté(e) à l’ENT, mais quelque chose ne va pas.', {
              id: 'porte.connecte-statement',
            }),
            subject: msg('connecté(e), mais quelque chose ne va pas', { id: 'porte.connecte-subject' }),
          },
        ],
      },
      {
        id: 'cas-1',
        kind: 'outcome',
        title: msg(
          "Cas 1 : Vous avez reçu un courrier (papier ou mail) indiquant votre identifiant et votre mot de passe provisoire (code d'activation)",
          { id: 'cas-1.title' },
        ),
        content: [
          {
            type: 'paragraph',
            text: msg("Cela signifie que vous n'avez jamais utilisé d'ENT dans un établissement d'île de France.", {
              id: 'cas-1.meaning',
            }),
          },
          {
            type: 'steps',
            intro: msg('Dans ce cas :', { id: 'cas-1.steps-intro' }),
            items: [
              msg("Connectez-vous à l'adresse {portal}", { id: 'cas-1.step-1' }),
              msg('Saisissez votre identifiant et mot de passe provisoire', { id: 'cas-1.step-2' }),
              msg('Modifiez votre mot de passe et **mémorisez-le !**', { id: 'cas-1.step-3' }),
              p.validAddress,
              msg('Validez.', { id: 'cas-1.step-5' }),
            ],
          },
        ],
        followUpsTitle: p.notSolved,
        followUps: [
          p.hadCollegeAccount,
          {
            label: msg('J’ai déjà changé ce mot de passe, et je l’ai oublié', { id: 'cas-1.suite-oubli' }),
            next: 'reinitialisation',
            ...p.forgotten,
          },
          p.stillStuck,
        ],
      },
      {
        id: 'cas-2',
        kind: 'outcome',
        title: msg(
          'Cas 2 : Vous avez reçu un courrier (papier ou mail) rappelant votre identifiant mais aucun mot de passe ne figurait sur le courrier',
          { id: 'cas-2.title' },
        ),
        content: [
          {
            type: 'paragraph',
            text: msg(
              "Cela signifie que vous utilisez l'ENT au collège ou dans un autre établissement d'Île de France.",
              { id: 'cas-2.meaning' },
            ),
          },
          {
            type: 'paragraph',
            text: msg(
              "Dans ce cas, c'est le mot de passe que vous utilisez dans cet autre établissement qui doit être utilisé.",
              { id: 'cas-2.password' },
            ),
          },
          {
            type: 'steps',
            intro: msg('Vérifiez votre accès :', { id: 'cas-2.steps-intro' }),
            items: [
              p.portalStep,
              msg('Saisissez votre identifiant et mot de passe (utilisé au collège)', {
                id: 'cas-2.step-2',
              }),
            ],
          },
          { type: 'paragraph', text: p.reset },
          { type: 'note', text: p.resetMail },
        ],
        followUpsTitle: msg('ET SI ?...', { id: 'cas-2.follow-ups-title' }),
        followUps: [
          {
            label: msg('Vous ne recevez pas de mail de réinitialisation de mot de passe', {
              id: 'cas-2.follow-up-1',
            }),
            next: 'cas-2-mail-non-recu',
            statement: p.noMail.statement!,
            subject: p.noMail.subject!,
          },
          p.noAddress,
          p.stillStuck,
        ],
      },
      {
        id: 'cas-2-mail-non-recu',
        kind: 'question',
        title: msg('Pas de mail de réinitialisation : vous êtes élève ou parent ?', {
          id: 'cas-2-mail-non-recu.question',
        }),
        hint: p.etSi[0]!.text,
        choices: p.audiences,
      },
      {
        id: 'cas-3',
        kind: 'outcome',
        title: msg(
          "Cas 3 : Vous n'avez reçu aucun courrier et vous ne disposez pas de votre identifiant ou mot de passe.",
          { id: 'cas-3.title' },
        ),
        content: [
          {
            type: 'paragraph',
            text: msg(
              'Dans ce cas, adressez-vous au professeur principal de la classe en lui fournissant une adresse mail valide.',
              { id: 'cas-3.contact' },
            ),
          },
          { type: 'contacts', items: [{ audience: 'tous', text: p.professeurPrincipal }] },
        ],
        followUpsTitle: p.notSolved,
        followUps: [p.stillStuck],
      },
      {
        id: 'autres-cas',
        kind: 'outcome',
        title: msg('Autres Cas', { id: 'autres-cas.title' }),
        content: [
          // Before writing, the FAQ's address and « pas à l'ENT 77 ! »: signed in on the ENT 77, the lycée is not there.
          { type: 'steps', items: [p.portalStep] },
          {
            type: 'paragraph',
            text: msg(
              'Adressez vous au professeur principal de la classe ou au lycée ({email}) en donnant un maximum de précisions.',
              { id: 'autres-cas.contact' },
            ),
          },
          {
            type: 'note',
            text: screenshotsText(),
          },
          {
            type: 'contacts',
            items: [
              { audience: 'tous', text: p.professeurPrincipal },
              { audience: 'tous', text: p.lycee },
            ],
          },
        ],
      },
      {
        id: 'connexion-impossible',
        kind: 'question',
        title: msg('Qu’est-ce qui bloque ?', { id: 'connexion-impossible.question' }),
        // The FAQ's address and its warning first: on the wrong ENT (« l'ENT 77 »), nothing else can work.
        hint: p.portalStep,
        choices: [
          {
            label: msg('Mon identifiant ou mon mot de passe est refusé', { id: 'porte.refuse' }),
            hint: msg(
              'Par exemple « mot de passe incorrect », un code qui ne marche pas, ou un échec après plusieurs tentatives.',
              {
                id: 'porte.refuse-hint',
              },
            ),
            next: 'mot-de-passe-refuse',
            statement: msg('Mon identifiant ou mon mot de passe est refusé.', { id: 'porte.refuse-statement' }),
            subject: msg('identifiant ou mot de passe refusé', { id: 'porte.refuse-subject' }),
          },
          forgot,
          p.noMail,
          p.noAddress,
          noLetter,
          {
            ...other,
            hint: msg('Un compte bloqué, un lien expiré, une page qui ne s’ouvre pas, un autre message…', {
              id: 'porte.autre-hint',
            }),
          },
        ],
      },
      {
        id: 'mot-de-passe-refuse',
        kind: 'question',
        title: msg('Quel mot de passe avez-vous essayé ?', { id: 'mot-de-passe-refuse.question' }),
        choices: [
          {
            label: msg('Le mot de passe provisoire du courrier', { id: 'mot-de-passe-refuse.provisoire' }),
            hint: msg('Le code d’activation.', { id: 'mot-de-passe-refuse.provisoire-hint' }),
            next: 'cas-1',
            statement: msg('J’ai essayé le mot de passe provisoire du courrier.', {
              id: 'mot-de-passe-refuse.provisoire-statement',
            }),
          },
          {
            label: msg('Le mot de passe du collège', { id: 'mot-de-passe-refuse.college' }),
            hint: p.otherSchool,
            next: 'cas-2',
            statement: msg('J’ai essayé le mot de passe du collège.', { id: 'mot-de-passe-refuse.college-statement' }),
          },
          {
            label: msg('Un mot de passe que j’avais choisi', { id: 'mot-de-passe-refuse.choisi' }),
            hint: msg('À ma première connexion, par exemple.', { id: 'mot-de-passe-refuse.choisi-hint' }),
            next: 'reinitialisation',
            statement: msg('J’ai essayé le mot de passe que j’avais choisi.', {
              id: 'mot-de-passe-refuse.choisi-statement',
            }),
          },
          // Named, or who cannot tell which password it was hesitates between the three above.
          { ...other, hint: msg('Un autre, ou je ne sais pas lequel.', { id: 'mot-de-passe-refuse.autre-hint' }) },
        ],
      },
      {
        id: 'oubli',
        kind: 'question',
        title: msg('Qu’avez-vous oublié ?', { id: 'oubli.question' }),
        choices: [
          {
            label: msg('Mon mot de passe', { id: 'oubli.mot-de-passe' }),
            hint: msg('Celui que j’avais choisi, au lycée ou au collège.', { id: 'oubli.mot-de-passe-hint' }),
            next: 'reinitialisation',
            ...p.forgotten,
          },
          {
            // Cas 3 is « identifiant ou mot de passe » (« ou les deux ») and « aucun courrier »: a lost letter is « Autre chose ».
            label: msg('Mon identifiant, ou les deux', { id: 'oubli.identifiant' }),
            hint: msg('Et je n’ai reçu aucun courrier.', { id: 'oubli.identifiant-hint' }),
            next: 'cas-3',
            statement: msg('J’ai oublié mon identifiant et je n’ai reçu aucun courrier.', {
              id: 'oubli.identifiant-statement',
            }),
            subject: msg('identifiant oublié', { id: 'oubli.identifiant-subject' }),
          },
          // Named, or the person who lost the letter takes « Mon identifiant » (Cas 3: « aucun courrier »).
          {
            ...other,
            hint: msg('J’ai perdu le courrier.', { id: 'oubli.autre-hint' }),
          },
        ],
      },
      {
        id: 'reinitialisation',
        kind: 'outcome',
        title: msg('Réinitialiser le mot de passe', { id: 'reinitialisation.title' }),
        // Neither Cas 2's « …renseignée pour cet autre établissement » (a collège account goes on to
        // Cas 2, where that sentence is) nor Cas 1 step 4 (« Renseignez une adresse mail valide… »:
        // read here, by someone who forgot the password, as an order they cannot carry out).
        content: [
          { type: 'steps', items: [p.portalStep] },
          { type: 'paragraph', text: p.reset },
        ],
        followUpsTitle: p.notSolved,
        followUps: [p.noMail, p.noAddress, p.hadCollegeAccount, p.stillStuck],
      },
      {
        id: 'adresse-manquante',
        kind: 'question',
        title: msg('Aucune adresse mail enregistrée : vous êtes élève ou parent ?', {
          id: 'adresse-manquante.question',
        }),
        choices: p.audiences,
      },
      {
        id: 'cas-2-mail-non-recu-eleve',
        kind: 'outcome',
        title: audienceText('eleve'),
        content: [
          // « Dans ce cas » with its reason, so that the outcome reads alone (by a link, on paper).
          ...p.etSi,
          { type: 'contacts', items: [{ audience: 'eleve', text: p.professeurPrincipal }] },
        ],
        followUpsTitle: p.notSolved,
        followUps: [p.stillStuck],
      },
      {
        id: 'cas-2-mail-non-recu-parent',
        kind: 'outcome',
        title: audienceText('parent'),
        content: [...p.etSi, { type: 'contacts', items: [{ audience: 'parent', text: p.lycee }] }],
        followUpsTitle: p.notSolved,
        followUps: [p.stillStuck],
      },
    ],
  };
}
