// The addresses the element accepts (src/data/addresses.ts), table-driven, in every engine: each
// engine's URL parser is the one that would follow the link.
import { expect } from '@open-wc/testing';
import { emailProblem, MAX_URL_LENGTH, urlProblem } from '../src/data/addresses.js';

const BASE = 'https://lycee.example/faq/aide.html';
const ORIGIN = 'https://lycee.example';

describe('addresses', () => {
  describe('portal URL (no base: absolute https:// only)', () => {
    const accepted = [
      'https://ent.iledefrance.fr',
      'https://ent.iledefrance.fr/',
      'HTTPS://ent.iledefrance.fr/auth?x=1#y',
      'https://ent.iledefrance.fr:8443/a%20b',
      'https://lycée.example/', // an internationalized domain
      `https://ent.iledefrance.fr/${'a'.repeat(MAX_URL_LENGTH - 27)}`,
      // No user info: "@" after the host is in the path, where it does no harm.
      'https://ent.iledefrance.fr/@evil.example',
    ];
    for (const url of accepted) it(`accepts ${url.slice(0, 60)}`, () => expect(urlProblem(url)).to.equal(''));

    const refused: [string, RegExp][] = [
      ['https://ent.iledefrance.fr@evil.example/', /has a user name before "@", so it leads to evil\.example$/],
      ['https://ent.iledefrance.fr:motdepasse@evil.example/', /user name before "@", so it leads to evil\.example/],
      // An empty user name or password reads as nothing, but the "@" is refused all the same.
      ['https://@evil.example/', /user name before "@", so it leads to evil\.example/],
      ['https://:@evil.example/', /user name before "@", so it leads to evil\.example/],
      ['https:\\\\ent.iledefrance.fr@evil.example/', /user name before "@", so it leads to evil\.example/],
      ['https://ent.iledefrance.fr\u202E/rf.ecnarfedelI.tne', /invisible character \(U\+202E\)/],
      ['https://ent.ile\u200Bdefrance.fr', /invisible character \(U\+200B\)/],
      ['https://ent.iledefrance.fr\u2066', /invisible character \(U\+2066\)/],
      ['https://ent.ile\u00ADdefrance.fr', /invisible character \(U\+00AD\)/],
      ['\uFEFFhttps://ent.iledefrance.fr', /invisible character \(U\+FEFF\)/],
      ['https://ent.ile\tdefrance.fr', /invisible character \(U\+0009\)/],
      ['https://ent.iledefrance.fr/a b', /white space/],
      [`https://ent.iledefrance.fr/${'a'.repeat(MAX_URL_LENGTH - 26)}`, /longer than 2048 characters/],
      ['http://ent.iledefrance.fr', /not https:/],
      ['https:ent.iledefrance.fr', /not https:/],
      ['https:///ent.iledefrance.fr', /not https:/],
      ['javascript:alert(1)', /not https:/],
      ['//ent.iledefrance.fr', /not an address/],
      ['https://[::1', /not an address/],
      ['', /not an address/],
    ];
    for (const [url, why] of refused)
      it(`refuses ${JSON.stringify(url).slice(0, 60)}: ${why.source}`, () => expect(urlProblem(url)).to.match(why));
  });

  describe('tree src (relative to the page, same origin also over http:)', () => {
    const cases: [string, string, RegExp | ''][] = [
      ['arbre.json', ORIGIN, ''],
      ['/arbres/arbre.json', ORIGIN, ''],
      ['https://cdn.example/arbre.json', ORIGIN, ''],
      ['http://lycee.example:8000/arbre.json', 'http://lycee.example:8000', ''],
      ['http://autre.example/arbre.json', ORIGIN, /not https:/],
      ['https://lycee.example@evil.example/arbre.json', ORIGIN, /user name before "@", so it leads to evil\.example/],
      ['//user@evil.example/arbre.json', ORIGIN, /user name before "@"/],
      ['arbre\u202Enosj.json', ORIGIN, /invisible character \(U\+202E\)/],
    ];
    for (const [src, origin, why] of cases)
      it(`${why ? 'refuses' : 'accepts'} ${src} on ${origin}`, () => {
        const problem = urlProblem(src, origin === ORIGIN ? BASE : `${origin}/page`, origin);
        if (why) expect(problem).to.match(why);
        else expect(problem).to.equal('');
      });
  });

  describe('contact e-mail address', () => {
    const label63 = 'a'.repeat(63);
    const accepted = [
      'campus.coulommiers@ac-creteil.fr',
      'élève@lycée.fr',
      'Prenom.Nom+ent@Lycee.Example.FR',
      `${'a'.repeat(64)}@lycee.fr`,
      `x@${label63}.fr`,
      // 254 octets in all: 64 + 1 + 189.
      `${'a'.repeat(64)}@${[label63, label63, 'a'.repeat(58)].join('.')}.fr`,
    ];
    for (const address of accepted)
      it(`accepts ${address.slice(0, 60)} (${address.length})`, () => expect(emailProblem(address)).to.equal(''));

    const refused: [string, RegExp][] = [
      ['campus.coulommiers@ac-creteil.fr\u202E', /invisible character \(U\+202E\)/],
      ['\u202Erf.lietserc-ca@sreimmoluoc.supmac', /invisible character \(U\+202E\)/],
      ['campus\u200B.coulommiers@ac-creteil.fr', /invisible character \(U\+200B\)/],
      ['campus.coulommiers@ac-creteil\u200D.fr', /invisible character \(U\+200D\)/],
      ['campus@ac-creteil.fr\u2069', /invisible character \(U\+2069\)/],
      [`campus@${'a'.repeat(5000)}.fr`, /part of its domain longer than 63 characters/],
      [`x@${'a'.repeat(64)}.fr`, /part of its domain longer than 63 characters/],
      [`${'a'.repeat(65)}@lycee.fr`, /more than 64 octets before "@"/],
      // 33 × « é » is 66 octets in UTF-8, though 33 characters.
      [`${'é'.repeat(33)}@lycee.fr`, /more than 64 octets before "@"/],
      // The A-label form counts: 30 × « é » is a 63-character label as written, longer as sent.
      [`x@${'é'.repeat(30)}${'a'.repeat(33)}.fr`, /part of its domain longer than 63 characters/],
      // 255 octets: 64 + 1 + 190.
      [`${'a'.repeat(64)}@${[label63, label63, 'a'.repeat(59)].join('.')}.fr`, /longer than 254 octets/],
      ['pas une adresse', /white space/],
      ['campus.coulommiers', /not shaped name@domain/],
      ['a@b@ac-creteil.fr', /not shaped name@domain/],
      ['<campus@ac-creteil.fr>', /not shaped name@domain/],
      ['campus@ac-creteil', /not shaped name@domain/],
    ];
    for (const [address, why] of refused)
      it(`refuses ${JSON.stringify(address).slice(0, 50)}: ${why.source}`, () =>
        expect(emailProblem(address)).to.match(why));
  });
});
