/**
 * Texts that several modules write (the default tree, the views, the message), each in one msg()
 * so that its French source is in the bundle once. Call them at render time: they return the
 * active locale's string.
 */
import { msg } from '@lit/localize';

/** « Ça n’a pas marché ? »: the follow-ups' title where the tree gives none. */
export const notSolvedText = (): string => msg('Ça n’a pas marché ?', { id: 'suite.title' });

/** « Ça ne marche toujours pas »: the answer that leads on to the tree's `otherwise` outcome. */
export const stillStuckText = (): string => msg('Ça ne marche toujours pas', { id: 'suite.autres-cas' });

/** « Choisissez la phrase… »: the first question's hint, and what « Non » says above the ways on. */
export const chooseText = (): string =>
  msg('Choisissez la phrase qui ressemble le plus à votre situation.', { id: 'accueil.question-hint' });

/** The source's advice on screenshots (Autres cas), word for word. */
export const screenshotsText = (): string =>
  msg("N'hésitez pas à joindre des copies d'écran illustrant le problème rencontré.", { id: 'autres-cas.screenshots' });

/**
 * What `{email}` reads in a school's own tree without a valid `contact-email`: never the built-in
 * tree's address, another lycée's (data/config.ts gives `contactEmail: ''` then).
 */
export const askSchoolText = (): string => msg("demandez de l'aide à votre établissement", { id: 'email.ask' });

/** « Vous êtes élève » / « Vous êtes parent »: who a contact is for, and the titles of « ET SI ? »'s two outcomes. */
export const audienceText = (audience: 'eleve' | 'parent'): string =>
  audience === 'eleve'
    ? msg('Vous êtes élève', { id: 'ui.audience-student' })
    : msg('Vous êtes parent', { id: 'ui.audience-parent' });
