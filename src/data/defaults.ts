/**
 * The built-in tree's defaults, named by the lycée's FAQ (`shared/source/000_bd4324bef29a3f79.txt`):
 * its portal and address, and the ids of its nodes (data/default-tree.ts builds the tree).
 */
import type { SchoolConfig } from './types.js';

/** The ENT portal named by the source (Cas 1, Cas 2). */
export const DEFAULT_PORTAL_URL = 'https://ent.iledefrance.fr';

/** The lycée's address named by the source (Cas 2 « ET SI ? », Autres cas). */
export const DEFAULT_CONTACT_EMAIL = 'campus.coulommiers@ac-creteil.fr';

/** The source's portal and address, used when the host configures none. */
export const DEFAULT_CONFIG: SchoolConfig = {
  portalUrl: DEFAULT_PORTAL_URL,
  contactEmail: DEFAULT_CONTACT_EMAIL,
};

/**
 * Ids of the default tree's nodes, in the tree's order: stable, documented in docs/tree.md,
 * used in links (`#ent-help=cas-2`) and in `node="…"`. The six of version 0.1 come first and
 * keep their meaning (`cas-2-mail-non-recu` now asks « élève ou parent ? » before the FAQ's answer).
 */
export const DEFAULT_NODE_IDS = [
  'accueil',
  'cas-1',
  'cas-2',
  'cas-2-mail-non-recu',
  'cas-3',
  'autres-cas',
  'connexion-impossible',
  'mot-de-passe-refuse',
  'oubli',
  'reinitialisation',
  'adresse-manquante',
  'cas-2-mail-non-recu-eleve',
  'cas-2-mail-non-recu-parent',
] as const;
