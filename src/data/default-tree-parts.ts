/**
 * The parts of the default tree (data/default-tree.ts) that several of its nodes share: the last
 * way forward (« Autres Cas »), the « élève / parent » answers, the doors' answers that come back
 * as ways on, and the FAQ sentences quoted in more than one case (Cas 1 step 4, Cas 2's portal
 * step, reset and its e-mail, « ET SI ? »'s reason and contacts). Built in the active locale at each call.
 * Source: the lycée's FAQ (`shared/source/000_bd4324bef29a3f79.txt`), word for word.
 */
import { msg } from '@lit/localize';
import type { Block, Choice } from './types.js';
import { notSolvedText, stillStuckText } from './texts.js';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/**
 * The shared parts. Their names are tagged `@internal`, so the bundle shortens them (terser's
 * property mangling, scripts/lib/rollup-slim.mjs: −77 B gzip on dist/ent-help.js).
 */
export interface DefaultTreeParts {
  /** @internal */ readonly stillStuck: Choice;
  /** @internal */ readonly notSolved: string;
  /** @internal */ readonly otherSchool: string;
  /** @internal */ readonly forgotten: Pick<Choice, 'statement' | 'subject'>;
  /** @internal */ readonly audiences: Choice[];
  /** @internal */ readonly noAddress: Choice;
  /** @internal */ readonly noMail: Choice;
  /** @internal */ readonly validAddress: string;
  /** @internal */ readonly hadCollegeAccount: Choice;
  /** @internal */ readonly portalStep: string;
  /** @internal */ readonly reset: string;
  /** @internal */ readonly resetMail: string;
  /** @internal */ readonly etSi: Paragraph[];
  /** @internal */ readonly professeurPrincipal: string;
  /** @internal */ readonly lycee: string;
}

/** The shared parts, in the active locale. */
export function defaultTreeParts(): DefaultTreeParts {
  // The last way forward of every outcome: « Autres Cas » (the FAQ's answer for anything else).
  const stillStuck: Choice = {
    label: stillStuckText(),
    hint: msg('« Autres Cas » : à qui écrire, et quoi envoyer.', { id: 'suite.autres-cas-hint' }),
    next: 'autres-cas',
  };
  const notSolved = notSolvedText();
  const otherSchool = msg('Ou dans un autre établissement d’Île-de-France.', { id: 'suite.autre-etablissement' });
  // What « I forgot my password » says in the message, by either door.
  const forgotten = {
    statement: msg('J’ai oublié le mot de passe que j’avais choisi.', { id: 'porte.oubli-statement' }),
    subject: msg('mot de passe oublié', { id: 'porte.oubli-subject' }),
  };
  // The two answers of « Vous êtes élève ou parent ? » (asked where the FAQ's contacts differ).
  const audiences: Choice[] = [
    {
      label: msg('Élève', { id: 'audience.eleve' }),
      next: 'cas-2-mail-non-recu-eleve',
      audience: 'eleve',
    },
    {
      label: msg('Parent', { id: 'audience.parent' }),
      hint: msg('Ou responsable de l’élève.', { id: 'audience.parent-hint' }),
      next: 'cas-2-mail-non-recu-parent',
      audience: 'parent',
    },
  ];
  const noAddress: Choice = {
    label: msg('On me dit qu’aucune adresse mail n’est enregistrée', { id: 'porte.adresse-manquante' }),
    next: 'adresse-manquante',
    statement: msg('La page de réinitialisation dit qu’aucune adresse mail n’est enregistrée.', {
      id: 'porte.adresse-manquante-statement',
    }),
    subject: msg('aucune adresse mail enregistrée', { id: 'porte.adresse-manquante-subject' }),
  };
  const noMail: Choice = {
    label: msg('Je ne reçois pas le mail de réinitialisation', { id: 'porte.mail-non-recu' }),
    hint: msg('J’ai cliqué sur « besoin d’aide » et attendu quelques minutes, mais aucun mail n’arrive.', {
      id: 'porte.mail-non-recu-hint',
    }),
    next: 'cas-2-mail-non-recu',
    statement: msg('Je ne reçois pas le mail de réinitialisation du mot de passe.', {
      id: 'porte.mail-non-recu-statement',
    }),
    subject: msg('pas de mail de réinitialisation', { id: 'porte.mail-non-recu-subject' }),
  };
  // Cas 1 step 4: the address given at the first sign-in is the one for a forgotten password.
  const validAddress = msg("Renseignez une adresse mail valide (utilisée en cas d'oubli du mot de passe)", {
    id: 'cas-1.step-4',
  });
  // A collège account is Cas 2 (its password, its reset mail to that establishment's address).
  const hadCollegeAccount: Choice = {
    label: msg('J’avais déjà un compte ENT au collège', { id: 'cas-1.suite-college' }),
    hint: otherSchool,
    next: 'cas-2',
    statement: msg('J’avais déjà un compte ENT au collège ou dans un autre établissement.', {
      id: 'cas-1.suite-college-statement',
    }),
  };
  // « ENT 77 » with a no-break space: « (pas à l'ENT » alone at a line's end reads « not to the ENT ».
  const portalStep = msg("Connectez-vous à l'adresse {portal} **(pas à l'ENT\u00a077 !)**", { id: 'cas-2.step-1' });
  const reset = msg(
    "Si la connexion échoue après plusieurs tentatives, il faut réinitialiser le mot de passe en cliquant sur « **besoin d'aide** ».",
    { id: 'cas-2.reset' },
  );
  const resetMail = msg(
    "A l'issue de la procédure, un mail contenant un lien de réinitialisation du mot de passe sera envoyé à l'adresse mail que vous aviez renseignée pour cet autre établissement (cela peut prendre quelques minutes).",
    { id: 'cas-2.reset-mail' },
  );
  // Cas 2 « ET SI ? »: its reason (on its question and, so that « Dans ce cas » reads alone, on its outcomes).
  const etSi: Paragraph[] = [
    {
      type: 'paragraph',
      text: msg(
        "Vous ne recevez pas de mail de réinitialisation de mot de passe, cela signifie que l'adresse mail renseignée est incorrecte.",
        { id: 'cas-2-mail-non-recu.meaning' },
      ),
    },
    {
      type: 'paragraph',
      text: msg(
        'Dans ce cas, adressez-vous au professeur principal de la classe ou, si vous êtes parent, au lycée ({email}) en lui fournissant une adresse mail valide.',
        { id: 'cas-2-mail-non-recu.contact' },
      ),
    },
  ];

  const professeurPrincipal = msg('Le professeur principal de la classe', { id: 'contact.professeur-principal' });
  const lycee = msg('Le lycée : {email}', { id: 'contact.lycee' });
  return {
    stillStuck,
    notSolved,
    otherSchool,
    forgotten,
    audiences,
    noAddress,
    noMail,
    validAddress,
    hadCollegeAccount,
    portalStep,
    reset,
    resetMail,
    etSi,
    professeurPrincipal,
    lycee,
  };
}
