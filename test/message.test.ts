import { expect } from '@open-wc/testing';
import { createDefaultTree, DEFAULT_CONFIG } from '../src/data/default-tree.js';
import { buildMessage, contactsOf, describeBrowser, mailtoUrl, type MessageContext } from '../src/data/message.js';
import { choose, getNode, goTo, start } from '../src/data/navigator.js';
import type { Tree } from '../src/data/types.js';

const tree = createDefaultTree();
const context: MessageContext = {
  config: DEFAULT_CONFIG,
  date: new Date(2026, 10, 30),
  locale: 'fr',
  device: 'Firefox 128 / Android',
};
const messageAt = (id: string, ctx: MessageContext = context) => buildMessage(goTo(start(tree), id), ctx);

describe('message', () => {
  const recipients: { id: string; to: string | undefined }[] = [
    { id: 'cas-2-mail-non-recu-parent', to: DEFAULT_CONFIG.contactEmail },
    { id: 'cas-2-mail-non-recu-eleve', to: undefined },
    { id: 'cas-3', to: undefined },
    { id: 'autres-cas', to: DEFAULT_CONFIG.contactEmail },
  ];
  for (const { id, to } of recipients) {
    it(`${id}: a message ${to ? `to ${to}` : 'without an address (the professeur principal)'}`, () => {
      const message = messageAt(id)!;
      expect(message.to).to.equal(to);
      expect(Object.keys(message).includes('to')).to.equal(to !== undefined);
    });
  }

  for (const id of ['accueil', 'cas-1', 'cas-2', 'cas-2-mail-non-recu', 'reinitialisation']) {
    it(`${id}: no message (the source says to write to no one there)`, () => {
      expect(messageAt(id)).to.equal(undefined);
    });
  }

  it('uses the configured contact address where the source names the lycée', () => {
    const config = { ...DEFAULT_CONFIG, contactEmail: 'vie.scolaire@lycee.fr' };
    expect(messageAt('autres-cas', { ...context, config })!.to).to.equal('vie.scolaire@lycee.fr');
  });

  it('lists the answers, the page reached, the date, the device and the blanks', () => {
    const nav = ['cas-2', 'cas-2-mail-non-recu', 'cas-2-mail-non-recu-parent'].reduce(choose, start(tree));
    const message = buildMessage(nav, context)!;
    expect(message.subject).to.equal('Accès à l’ENT : pas de mail de réinitialisation');
    expect(message.body.split('\n')).to.deep.equal([
      'Bonjour,',
      '',
      'J’ai reçu un courrier avec mon identifiant, mais sans mot de passe. Je ne reçois pas le mail de réinitialisation du mot de passe.',
      'Mes réponses à l’aide du site sur l’accès à l’ENT :',
      '- Que se passe-t-il ? — J’ai reçu un courrier avec mon identifiant, mais sans mot de passe',
      '- ET SI ?... — Vous ne recevez pas de mail de réinitialisation de mot de passe',
      '- Pas de mail de réinitialisation : vous êtes élève ou parent ? — Parent',
      'Page de l’aide : « Vous êtes parent »',
      'Date : 30 novembre 2026',
      'Navigateur et appareil : Firefox 128 / Android',
      '',
      // Who is writing, from the answer to « élève ou parent ? ».
      'Je suis (élève ou parent) : Parent',
      'Nom : ',
      'Prénom : ',
      'Classe : ',
      'Une adresse e-mail valide : ',
      'Ce qu’affiche l’écran : ',
      '',
      'Merci.',
    ]);
  });

  it('leaves who is writing blank where no answer said it', () => {
    expect(messageAt('cas-3')!.body.split('\n')).to.include('Je suis (élève ou parent) : ');
  });

  it('a short subject from the last answer that names one, never a case title', () => {
    expect(messageAt('cas-3')!.subject).to.equal('Accès à l’ENT : aucun courrier reçu');
    expect(messageAt('autres-cas')!.subject).to.equal('Accès à l’ENT : connecté(e), mais quelque chose ne va pas');
    expect(buildMessage(['cas-1', 'autres-cas'].reduce(choose, start(tree)), context)!.subject).to.equal(
      'Accès à l’ENT : courrier avec un mot de passe provisoire',
    );
  });

  it('a long subject in a language written without spaces is shortened too, never inside a character', () => {
    // 𠮷 (U+20BB7, two UTF-16 code units) stands across the 59th and 60th code units.
    const subject = `${'アカウントにログインできません'.repeat(4).slice(0, 58)}𠮷${'パスワード'.repeat(4)}`;
    const japanese: Tree = {
      lang: 'ja',
      title: 'ログインできませんか？',
      start: 'q',
      nodes: [
        { id: 'q', kind: 'question', title: '質問', choices: [{ label: 'はい', next: 'o', subject }] },
        {
          id: 'o',
          kind: 'outcome',
          title: '結果',
          content: [{ type: 'contacts', items: [{ audience: 'tous', text: '学校に書いてください。' }] }],
        },
      ],
    };
    const shown = buildMessage(choose(start(japanese), 'o'), { ...context, locale: 'ja' })!.subject;
    expect(shown).to.equal(`Accès à l’ENT : ${subject.slice(0, 58)}𠮷…`);
    // Where there is a space, before the last one within the first 60 characters, as before.
    const spaced = `${'mot '.repeat(14)}passe-partout`;
    const french: Tree = {
      ...japanese,
      lang: 'fr',
      nodes: [
        { ...japanese.nodes[0]!, choices: [{ label: 'Oui', next: 'o', subject: spaced }] } as Tree['nodes'][number],
        japanese.nodes[1]!,
      ],
    };
    expect(buildMessage(choose(start(french), 'o'), context)!.subject).to.equal(
      `Accès à l’ENT : ${'mot '.repeat(14).trim()}…`,
    );
  });

  it('the screenshot reminder is not in the body: it is for the sender (the view shows it beside the message)', () => {
    const node = getNode(tree, 'autres-cas')!;
    const sentence = node.kind === 'outcome' ? node.content.find((b) => b.type === 'note') : undefined;
    for (const { id } of recipients) {
      expect(messageAt(id)!.body).to.not.contain((sentence as { text: string }).text);
    }
  });

  it('never asks for a password: no line to fill mentions one', () => {
    for (const { id } of recipients) {
      const lines = messageAt(id)!.body.split('\n');
      const toFill = lines.filter((line) => /: $/.test(line));
      // The five blanks, and « Je suis (élève ou parent) : » where no answer said it.
      expect(toFill.filter((line) => !line.startsWith('Je suis'))).to.have.length(5);
      for (const line of toFill) expect(line).to.not.match(/mot de passe|password|code d.activation/i);
      // Password words appear only where the person's own answers, what they said or the case title quote the tree.
      for (const line of lines.filter((l) => /mot de passe/i.test(l))) {
        expect(line).to.match(/^(- |Page de l’aide : |J’|Je |Mon )/);
      }
    }
  });

  it('mailto: the address, then the subject and body percent-encoded with CRLF line breaks', () => {
    const message = messageAt('autres-cas')!;
    const url = mailtoUrl(message)!;
    expect(url.startsWith('mailto:campus.coulommiers@ac-creteil.fr?subject=')).to.equal(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(params.get('subject')).to.equal(message.subject);
    expect(params.get('body')).to.equal(message.body.replace(/\n/g, '\r\n'));
    expect(url).to.not.match(/[\s<>"]/);
    expect(mailtoUrl(messageAt('cas-3')!)).to.equal(undefined);
  });

  it('contactsOf tells an address from a person met at school', () => {
    expect(contactsOf(getNode(tree, 'cas-3')!)).to.deep.equal({ email: false, other: true });
    expect(contactsOf(getNode(tree, 'autres-cas')!)).to.deep.equal({ email: true, other: true });
    expect(contactsOf(getNode(tree, 'cas-1')!)).to.equal(undefined);
    expect(contactsOf(getNode(tree, 'cas-2-mail-non-recu-eleve')!)).to.deep.equal({ email: false, other: true });
    expect(contactsOf(getNode(tree, 'cas-2-mail-non-recu-parent')!)).to.deep.equal({ email: true, other: false });
  });

  const agents: { name: string; ua: string; data?: Parameters<typeof describeBrowser>[1]; expected: string }[] = [
    {
      name: 'Firefox on Android',
      ua: 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0',
      expected: 'Firefox 128 / Android',
    },
    {
      name: 'Safari on iPhone',
      ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      expected: 'Safari 17 / iOS',
    },
    {
      name: 'Edge on Windows',
      ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      expected: 'Edge 126 / Windows',
    },
    {
      name: 'Chrome with client hints',
      ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
      data: {
        brands: [
          { brand: 'Not?A_Brand', version: '99' },
          { brand: 'Chromium', version: '130' },
          { brand: 'Google Chrome', version: '130' },
        ],
        platform: 'Linux',
      },
      expected: 'Google Chrome 130 / Linux',
    },
    { name: 'something unknown', ua: 'curl/8.0', expected: '? / ?' },
  ];
  for (const { name, ua, data, expected } of agents) {
    it(`describes ${name} as « ${expected} », nothing finer`, () => {
      expect(describeBrowser(ua, data)).to.equal(expected);
    });
  }
});
