// `npm run release` (after `npm run build`): writes release/ent-help-<version>.zip, what a school
// uploads or pastes, for people without Node:
//   ent-help-<version>/ent-help.js, ent-help.iife.js   the two builds (dist/), no source maps
//   snippet.html, snippet-classic.html, snippet-cdn.html  the snippets (own site, classic, CDN),
//                                                      SRI hash and full fallback inside
//   ent-help.html                                      the procedure as a static page
//   LISEZ-MOI.txt                                      in French: the files, where to put them, what to paste
//   LICENCES.txt                                       ours (MIT) and those of the code bundled in (Lit…)
// Reproducible: entries sorted by name, each dated the version's release day in CHANGELOG.md
// (« ## 0.2.0 — 2026-12-02 »), fixed permissions, deflate by fflate (a pinned devDependency):
// two runs on the same commit write the same bytes. Prints the archive's SHA-256.
import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import {
  cdnUrl,
  fallbackStyleHash,
  loadTree,
  scriptTags,
  sri,
  version as packageVersion,
} from './static-procedure.mjs';

/** The date of `## <version> — YYYY-MM-DD` in CHANGELOG.md, as [year, month, day]; throws without one. */
export function releaseDate(changelog, version) {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^## \\[?${escaped}\\]? [—-] (\\d{4})-(\\d{2})-(\\d{2})\\s*$`, 'm').exec(changelog);
  if (!m)
    throw new Error(`CHANGELOG.md has no heading « ## ${version} — YYYY-MM-DD »: write the release's entry first.`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The licences of the packages whose code is inside dist/ent-help.js (rollup's size report names them). */
async function licences() {
  const report = JSON.parse(await readFile('dist/size-report.json', 'utf8'));
  const packages = new Set();
  for (const { module } of report['ent-help.js']) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module)?.[1];
    if (name) packages.add(name);
  }
  const parts = [`ent-help\n\n${await readFile('LICENSE', 'utf8')}`];
  for (const name of [...packages].sort()) {
    const { version } = JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8'));
    parts.push(
      `${name} ${version} (inclus dans ent-help.js et ent-help.iife.js)\n\n${await readFile(`node_modules/${name}/LICENSE`, 'utf8')}`,
    );
  }
  return parts.join('\n' + '-'.repeat(78) + '\n\n');
}

/**
 * LISEZ-MOI.txt: for a school web admin, in French, with this build's hashes and addresses, and the
 * built-in tree's first question (`firstQuestion`, its start node's title) as the sign that it works,
 * and the CSP hash of the snippets' <style> (`styleHash`).
 */
export function readme({ version, tags, styleHash, firstQuestion, contactEmail }) {
  return `<ent-help> ${version} : l'aide à la connexion à l'ENT Île-de-France
${'='.repeat(64)}

Cette archive contient tout ce qu'il faut pour mettre l'aide dans une page du
site du lycée, sans Node.js ni aucun outil : trois fichiers à déposer sur le
site, puis quelques lignes de HTML à coller dans la page.


LES FICHIERS

  ent-help.js           L'aide (un module JavaScript). À déposer sur le site.
  ent-help.iife.js      La même aide en script « classique », pour un éditeur
                        qui retire type="module". À déposer à côté du premier.
  snippet.html          Le code à coller dans la page : la ligne du script
                        (avec son empreinte SRI) et toute la procédure en HTML
                        simple, affichée si le script ne peut pas s'exécuter.
  snippet-classic.html  Le même code avec le script classique.
  snippet-cdn.html      Le même code avec le script chargé depuis un CDN
                        public : rien à déposer sur le site.
  ent-help.html         La procédure seule, en page HTML sans script : à
                        mettre en lien, à imprimer, ou à recopier là où les
                        scripts sont refusés (page du portail ENT).
  LICENCES.txt          Les licences (MIT ; Lit et @lit/localize : BSD).
  LISEZ-MOI.txt         Ce fichier.


EN TROIS ÉTAPES

1. Déposez ent-help.js, ent-help.iife.js et ent-help.html sur le site, dans un
   dossier dont les fichiers sont servis tels quels, par exemple le dossier
   du thème (WordPress), des squelettes (SPIP) ou du gabarit (Joomla). Notez
   l'adresse du fichier, par exemple https://www.mon-lycee.fr/js/ent-help.js.
   Avant de déposer ent-help.html, remplacez-y ${contactEmail}
   par votre adresse de contact, comme à l'étape 2 : sinon cette page donne
   celle du lycée de la FAQ.

2. Ouvrez snippet.html avec un éditeur de texte (le Bloc-notes suffit) et
   remplacez /chemin/vers/ent-help.js par cette adresse (ou par /js/ent-help.js
   si le fichier est sur le même site que la page) : Édition › Remplacer
   (Ctrl+H), puis « Remplacer tout », car le chemin est écrit deux fois. Puis,
   de la même façon, votre adresse de contact : remplacez ${contactEmail}
   (celle du lycée de la FAQ) par celle de votre établissement, et cliquez sur
   « Remplacer tout ». Enregistrez.

3. Dans l'éditeur de la page, passez en mode HTML (« Code source », « HTML
   personnalisé ») et collez tout le contenu de snippet.html. Enregistrez.

Sans snippet.html, ces lignes suffisent (la procédure en HTML est alors
remplacée par un lien vers ent-help.html, affiché si le script ne s'exécute
pas) ; remplacez /chemin/vers/ par le dossier où sont les fichiers, et
vie-scolaire@mon-lycee.fr par votre adresse de contact :

${tags.module}
<ent-help contact-email="vie-scolaire@mon-lycee.fr">
  <p><a href="/chemin/vers/ent-help.html">Que faire en cas de problème d'accès à l'ENT ?</a></p>
</ent-help>

Si l'éditeur retire type="module", collez snippet-classic.html à la place (ou
cette ligne de script à la place de la première) :

${tags.classic}

Sans rien déposer sur le site, depuis un CDN public (jsDelivr, qui voit alors
l'adresse IP des visiteurs) : collez snippet-cdn.html, dont la ligne de
script est :

${tags.cdn}

WordPress : l'extension ent-help-wordpress-${version}.zip (sur la page des
versions du projet, à côté de cette archive) s'installe par
Extensions › Ajouter une extension › Téléverser une extension, puis on
insère le bloc « Aide connexion ENT » dans une page (voir le guide
ci-dessous).


L'EMPREINTE (integrity="sha384-…")

C'est l'empreinte du fichier : le navigateur refuse d'exécuter un fichier qui
ne lui correspond pas exactement. Elle ne change que si le contenu du fichier
change, c'est-à-dire avec une nouvelle version : déposez alors le nouveau
fichier ET collez le nouveau snippet.html. Si l'empreinte n'est plus la bonne,
la page n'affiche que la procédure en HTML simple (l'aide interactive ne
s'affiche pas) et la console du navigateur (touche F12) indique « Failed to
find a valid digest in the 'integrity' attribute ».

Un fichier déposé sur un autre domaine que la page (un serveur de fichiers, un
autre site) doit être servi avec l'en-tête Access-Control-Allow-Origin (par
exemple « Access-Control-Allow-Origin: * »), sinon le navigateur le refuse
(erreur CORS dans la console). Sur le même site que la page, rien à faire.

Si le site envoie une politique Content-Security-Policy, elle doit autoriser
l'origine du fichier dans script-src ('self' s'il est sur le site,
https://cdn.jsdelivr.net pour le CDN). La balise <style> des snippets (la
présentation de la procédure avant l'arrivée de l'aide) demande, elle, son
empreinte dans style-src :

  style-src 'self' ${styleHash}

Sans elle, le navigateur ignore ce style et la console le dit : la procédure
garde le style de la page jusqu'à l'arrivée de l'aide, qui n'en a pas besoin.
L'empreinte ne vaut que pour le style tel qu'il est dans les snippets : si
l'éditeur de la page le modifie (espaces, retours à la ligne), prenez celle
que donne la console de Chromium.


VÉRIFIER QUE ÇA MARCHE

Ouvrez la page dans une fenêtre de navigation privée : l'aide pose la
première question (« ${firstQuestion} ») avec des
boutons. Ouvrez la console (F12) : elle ne doit rien afficher au sujet de
ent-help. Si seule la procédure en texte s'affiche, le script n'a pas été
chargé : vérifiez son adresse (ouvrez-la dans un onglet) et l'empreinte.


LE GUIDE COMPLET

Pas à pas pour WordPress (site simple et multisite), SPIP, Joomla, Drupal et
la page du portail ENT :
https://github.com/ent-help/ent-help/blob/main/docs/fr/installer.md

Version ${version}. Adresse CDN de cette version : ${cdnUrl(version)}
`;
}

/** The built-in tree's first question, in French (its start node's title), and its default contact address. */
async function fromTree() {
  const { createDefaultTree, DEFAULT_CONFIG } = await loadTree();
  const tree = createDefaultTree();
  return {
    firstQuestion: tree.nodes.find((n) => n.id === tree.start).title,
    contactEmail: DEFAULT_CONFIG.contactEmail,
  };
}

async function main() {
  const version = await packageVersion();
  const [year, month, day] = releaseDate(await readFile('CHANGELOG.md', 'utf8'), version);
  // fflate writes the DOS date from local time: a date built from local fields is the same in any time zone.
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const js = await readFile('dist/ent-help.js');
  const iife = await readFile('dist/ent-help.iife.js');
  const tags = scriptTags({ integrity: sri(js), classicIntegrity: sri(iife), version });
  const files = {
    'ent-help.js': js,
    'ent-help.iife.js': iife,
    'snippet.html': await readFile('dist/snippet.html'),
    'snippet-classic.html': await readFile('dist/snippet-classic.html'),
    'snippet-cdn.html': await readFile('dist/snippet-cdn.html'),
    'ent-help.html': await readFile('dist/ent-help.html'),
    'LISEZ-MOI.txt': Buffer.from(readme({ version, tags, styleHash: fallbackStyleHash(), ...(await fromTree()) })),
    'LICENCES.txt': Buffer.from(await licences()),
  };
  for (const [name, tag] of [
    ['snippet.html', tags.module],
    ['snippet-classic.html', tags.classic],
  ])
    if (!files[name].toString().includes(tag)) throw new Error(`dist/${name} is not this build's: run npm run build.`);
  const folder = `ent-help-${version}`;
  const entries = {};
  for (const name of Object.keys(files).sort())
    entries[`${folder}/${name}`] = [files[name], { mtime, level: 9, os: 3, attrs: 0o100644 << 16 }];
  const zip = zipSync(entries);
  await mkdir('release', { recursive: true });
  const out = `release/${folder}.zip`;
  await writeFile(out, zip);
  console.log(`${out}  ${zip.length} B  sha256 ${createHash('sha256').update(zip).digest('hex')}`);
  for (const name of Object.keys(files).sort()) console.log(`  ${folder}/${name}  ${files[name].length} B`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
