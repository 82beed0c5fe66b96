/**
 * The lycée's decision tree, from its FAQ « Que faire en cas de problème d'accès à
 * L'ENT ? » (`shared/source/000_bd4324bef29a3f79.txt`). That FAQ is authoritative: every
 * sentence of it appears below word for word, in the source's order. The only additions
 * are the first question and the labels of its answers, which restate the conditions of
 * the source's cases for a reader in a hurry, and the « Qui contacter ? » lines, which
 * restate the contacts the source names.
 *
 * Texts go through `msg()` so that translators can supply each locale; ids are stable
 * (`<node id>.<field>`). `msg()` is a pure function: it returns the active locale's
 * string, or the French source when there is none.
 */
import { msg } from '@lit/localize';
import type { SchoolConfig, Tree } from './types.js';

/** The ENT portal named by the source (Cas 1, Cas 2). */
export const DEFAULT_PORTAL_URL = 'https://ent.iledefrance.fr';

/** The lycée's address named by the source (Cas 2 « ET SI ? », Autres cas). */
export const DEFAULT_CONTACT_EMAIL = 'campus.coulommiers@ac-creteil.fr';

/** The source's portal and address, used when the host configures none. */
export const DEFAULT_CONFIG: SchoolConfig = {
  portalUrl: DEFAULT_PORTAL_URL,
  contactEmail: DEFAULT_CONTACT_EMAIL,
};

/** Ids of the default tree's nodes: stable, documented, used in links (`#ent-help=cas-2`). */
export const DEFAULT_NODE_IDS = ['accueil', 'cas-1', 'cas-2', 'cas-2-mail-non-recu', 'cas-3', 'autres-cas'] as const;

/**
 * Builds the default tree in the active locale. Call it again after a locale change.
 * @returns a new, valid {@link Tree} whose nodes are {@link DEFAULT_NODE_IDS}.
 */
export function createDefaultTree(): Tree {
  return {
    title: msg("Que faire en cas de problème d'accès à L'ENT ?", { id: 'tree.title' }),
    source: msg('Source : FAQ du lycée sur l’accès à l’ENT Île-de-France.', { id: 'tree.source' }),
    start: 'accueil',
    otherwise: 'autres-cas',
    nodes: [
      {
        id: 'accueil',
        kind: 'question',
        title: msg('Qu’avez-vous reçu pour vous connecter ?', { id: 'accueil.title' }),
        hint: msg('Choisissez la situation qui vous correspond.', { id: 'accueil.hint' }),
        choices: [
          {
            label: msg('Un courrier avec mon identifiant et un mot de passe provisoire', {
              id: 'accueil.choice-1',
            }),
            hint: msg('Papier ou mail. Le mot de passe provisoire s’appelle aussi code d’activation.', {
              id: 'accueil.choice-1-hint',
            }),
            next: 'cas-1',
          },
          {
            label: msg('Un courrier avec mon identifiant, mais sans mot de passe', {
              id: 'accueil.choice-2',
            }),
            hint: msg('Papier ou mail. Aucun mot de passe ne figure sur le courrier.', {
              id: 'accueil.choice-2-hint',
            }),
            next: 'cas-2',
          },
          {
            label: msg('Aucun courrier', { id: 'accueil.choice-3' }),
            hint: msg('Et je n’ai pas mon identifiant ou mon mot de passe.', {
              id: 'accueil.choice-3-hint',
            }),
            next: 'cas-3',
          },
          {
            label: msg('Autre problème', { id: 'accueil.choice-4' }),
            hint: msg('Ma situation n’est pas dans cette liste.', { id: 'accueil.choice-4-hint' }),
            next: 'autres-cas',
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
              msg("Renseignez une adresse mail valide (utilisée en cas d'oubli du mot de passe)", {
                id: 'cas-1.step-4',
              }),
              msg('Validez.', { id: 'cas-1.step-5' }),
            ],
          },
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
              msg("Connectez-vous à l'adresse {portal} **(pas à l'ENT 77 !)**", { id: 'cas-2.step-1' }),
              msg('Saisissez votre identifiant et mot de passe (utilisé au collège)', {
                id: 'cas-2.step-2',
              }),
            ],
          },
          {
            type: 'paragraph',
            text: msg(
              "Si la connexion échoue après plusieurs tentatives, il faut réinitialiser le mot de passe en cliquant sur « **besoin d'aide** ».",
              { id: 'cas-2.reset' },
            ),
          },
          {
            type: 'note',
            text: msg(
              "A l'issue de la procédure, un mail contenant un lien de réinitialisation du mot de passe sera envoyé à l'adresse mail que vous aviez renseignée pour cet autre établissement (cela peut prendre quelques minutes).",
              { id: 'cas-2.reset-mail' },
            ),
          },
        ],
        followUpsTitle: msg('ET SI ?...', { id: 'cas-2.follow-ups-title' }),
        followUps: [
          {
            label: msg('Vous ne recevez pas de mail de réinitialisation de mot de passe', {
              id: 'cas-2.follow-up-1',
            }),
            next: 'cas-2-mail-non-recu',
          },
        ],
      },
      {
        id: 'cas-2-mail-non-recu',
        kind: 'outcome',
        title: msg('ET SI ?... Vous ne recevez pas de mail de réinitialisation de mot de passe', {
          id: 'cas-2-mail-non-recu.title',
        }),
        content: [
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
          {
            type: 'contacts',
            items: [
              {
                audience: 'eleve',
                text: msg('Le professeur principal de la classe', { id: 'contact.professeur-principal' }),
              },
              { audience: 'parent', text: msg('Le lycée : {email}', { id: 'contact.lycee' }) },
            ],
          },
        ],
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
          {
            type: 'contacts',
            items: [
              {
                audience: 'tous',
                text: msg('Le professeur principal de la classe', { id: 'contact.professeur-principal' }),
              },
            ],
          },
        ],
      },
      {
        id: 'autres-cas',
        kind: 'outcome',
        title: msg('Autres Cas', { id: 'autres-cas.title' }),
        content: [
          {
            type: 'paragraph',
            text: msg(
              'Adressez vous au professeur principal de la classe ou au lycée ({email}) en donnant un maximum de précisions.',
              { id: 'autres-cas.contact' },
            ),
          },
          {
            type: 'note',
            text: msg("N'hésitez pas à joindre des copies d'écran illustrant le problème rencontré.", {
              id: 'autres-cas.screenshots',
            }),
          },
          {
            type: 'contacts',
            items: [
              {
                audience: 'tous',
                text: msg('Le professeur principal de la classe', { id: 'contact.professeur-principal' }),
              },
              { audience: 'tous', text: msg('Le lycée : {email}', { id: 'contact.lycee' }) },
            ],
          },
        ],
      },
    ],
  };
}
