// The default tree as triage (issue 12), without DOM: doors to outcomes in three answers or
// fewer, a way forward from every outcome to « Autres Cas », who is reading, the FAQ's words.
import { expect } from '@open-wc/testing';
import { createDefaultTree, DEFAULT_CONFIG, DEFAULT_NODE_IDS } from '../src/data/default-tree.js';
import { buildMessage, contactsOf, type MessageContext } from '../src/data/message.js';
import {
  answers,
  audienceOf,
  choicesOf,
  choose,
  current,
  getNode,
  goTo,
  nextSteps,
  position,
  start,
  type Navigation,
} from '../src/data/navigator.js';
import type { Block, Tree, TreeNode } from '../src/data/types.js';
import { validateTree, wayForwardProblems } from '../src/data/validate.js';
import { inFaq } from './fixtures/faq.js';
import { SITUATIONS } from './fixtures/situations.js';
import { WIDGET_TEXT } from './fixtures/widget-text.js';

const tree = createDefaultTree();
const context: MessageContext = { config: DEFAULT_CONFIG, date: new Date(2026, 11, 1), locale: 'fr', device: 'X' };

/** Follows the answers by their labels, as a person clicks them; fails on a label not offered. */
function walk(labels: readonly string[]): Navigation {
  return labels.reduce((nav, label) => {
    const choice = choicesOf(current(nav)).find((c) => c.label === label);
    expect(choice, `« ${label} » at ${current(nav).id}`).to.not.equal(undefined);
    return choose(nav, choice!.next);
  }, start(tree));
}

const texts = (block: Block): string[] =>
  block.type === 'steps'
    ? [...(block.intro ? [block.intro] : []), ...block.items]
    : block.type === 'contacts'
      ? []
      : [block.text];

/** Every path from the start to an outcome, each once (the tree has no cycle). */
function allPaths(t: Tree): Navigation[] {
  const found: Navigation[] = [];
  const visit = (nav: Navigation) => {
    const node = current(nav);
    if (node.kind === 'outcome') found.push(nav);
    for (const c of node.kind === 'outcome' ? nextSteps(nav) : choicesOf(node)) visit(choose(nav, c.next));
  };
  visit(start(t));
  return found;
}

describe('triage: the default tree', () => {
  it('is valid when held to a way forward at every outcome (strict)', () => {
    expect(validateTree(tree, { strict: true })).to.deep.equal([]);
    expect(tree.nodes.map((n) => n.id)).to.deep.equal([...DEFAULT_NODE_IDS]);
  });

  it('keeps every documented id of version 0.1 as a node', () => {
    for (const id of ['accueil', 'cas-1', 'cas-2', 'cas-2-mail-non-recu', 'cas-3', 'autres-cas'])
      expect(getNode(tree, id), id).to.not.equal(undefined);
  });

  it('gives every new node a lowercase French kebab-case id', () => {
    for (const id of DEFAULT_NODE_IDS) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe('situations: each reaches its FAQ answer in three answers or fewer', () => {
    expect(SITUATIONS.length).to.be.at.least(10);
    for (const s of SITUATIONS) {
      it(`${s.who}, ${s.story}: ${s.answers.join(' › ')} → ${s.outcome}`, () => {
        expect(s.answers.length).to.be.at.most(3);
        const nav = walk(s.answers);
        const node = current(nav);
        expect(node.id).to.equal(s.outcome);
        const shown = node.kind === 'outcome' ? node.content.flatMap(texts) : [];
        expect(
          shown.map((t) =>
            t
              .replace(/\{portal\}/g, DEFAULT_CONFIG.portalUrl)
              .replace(/\{email\}/g, DEFAULT_CONFIG.contactEmail)
              .replace(/\*\*/g, ''),
          ),
        ).to.include(s.faq);
        const audience = audienceOf(nav);
        if (audience) expect(audience).to.equal(s.who === 'élève' ? 'eleve' : 'parent');
        const hints = answers(nav).map((a) => a.choice?.hint);
        for (const hint of s.reads ?? []) expect(hints, 'a hint on the way').to.include(hint);
      });
    }
  });

  it('each door of the first screen reaches an outcome in at most two more answers', () => {
    const depth = (node: TreeNode): number =>
      node.kind === 'outcome' ? 0 : 1 + Math.min(...node.choices.map((c) => depth(getNode(tree, c.next)!)));
    const first = getNode(tree, tree.start)!;
    for (const door of choicesOf(first)) expect(depth(getNode(tree, door.next)!), door.next).to.be.at.most(2);
  });

  it('from every outcome on every path, the ways forward end at « Autres Cas », never back on the path', () => {
    const paths = allPaths(tree);
    expect(paths.length).to.be.greaterThan(20);
    for (const nav of paths) {
      const here = current(nav);
      const steps = nextSteps(nav);
      if (here.id === 'autres-cas') {
        expect(steps).to.deep.equal([]);
        continue;
      }
      expect(steps.length, nav.path.join(' › ')).to.be.greaterThan(0);
      for (const step of steps) {
        expect(nav.path, `${nav.path.join(' › ')} offers ${step.next}`).to.not.include(step.next);
        expect(step.next).to.not.equal(here.id);
      }
      // The last way is « Autres Cas », listed by the tree itself (a label of its own, no title as answer).
      expect(steps.at(-1)!.next).to.equal('autres-cas');
      expect(steps.at(-1)!.label).to.not.equal('');
    }
  });

  it('where the FAQ differs for a student and a parent, asks once and gives each only their contact', () => {
    const paths = allPaths(tree);
    for (const nav of paths) {
      const asked = answers(nav).filter((a) => a.choice?.audience);
      expect(asked.length, nav.path.join(' › ')).to.be.at.most(1);
      const message = buildMessage(nav, context);
      const audience = audienceOf(nav);
      const node = current(nav);
      const contacts =
        node.kind === 'outcome' ? node.content.flatMap((b) => (b.type === 'contacts' ? b.items : [])) : [];
      if (audience === 'eleve' && node.id !== 'autres-cas') {
        // The FAQ sends a student to the professeur principal: no mailto: to the lycée.
        expect(message?.to, nav.path.join(' › ')).to.equal(undefined);
        expect(contacts.every((c) => c.audience === 'eleve')).to.equal(true);
      }
      if (audience === 'parent' && node.id !== 'autres-cas') {
        expect(message?.to).to.equal(DEFAULT_CONFIG.contactEmail);
        expect(contacts.every((c) => c.audience === 'parent')).to.equal(true);
      }
    }
    // The FAQ's « ET SI ? » contacts are split by audience: none of its outcomes offers both.
    for (const id of ['cas-2-mail-non-recu-eleve', 'cas-2-mail-non-recu-parent'])
      expect(contactsOf(getNode(tree, id)!)).to.deep.equal(
        id.endsWith('eleve') ? { email: false, other: true } : { email: true, other: false },
      );
  });

  it('a position that cannot change along a path: the step number grows by one, no total', () => {
    for (const nav of allPaths(tree)) {
      let walked = start(tree);
      let last = position(walked);
      for (const id of nav.path.slice(1)) {
        walked = choose(walked, id);
        const now = position(walked);
        expect(now.step).to.equal(last.step + 1);
        expect(Object.keys(now)).to.deep.equal(['step', 'question']);
        last = now;
      }
    }
  });

  it('states as facts only the FAQ’s sentences; every other text is listed as the widget’s own', () => {
    const unlisted: string[] = [];
    const check = (text: string | undefined, factual: boolean) => {
      if (text === undefined) return;
      if (inFaq(text)) return;
      if (!factual && WIDGET_TEXT.includes(text)) return;
      unlisted.push(text);
    };
    check(tree.title, false);
    check(tree.source, false);
    for (const node of tree.nodes) {
      check(node.title, false);
      if (node.kind === 'question') check(node.hint, false);
      else {
        for (const block of node.content) for (const t of texts(block)) check(t, true);
        check(node.followUpsTitle, false);
      }
      for (const c of choicesOf(node)) {
        check(c.label, false);
        check(c.hint, false);
        check(c.statement, false);
        check(c.subject, false);
      }
    }
    expect(unlisted).to.deep.equal([]);
  });

  it('never shows Cas 1’s « jamais utilisé d’ENT » to someone whose door says they had an ENT account', () => {
    for (const nav of allPaths(tree)) {
      const said = answers(nav).map((a) => a.answer ?? '');
      if (said.some((l) => /collège/.test(l))) expect(current(nav).id, nav.path.join(' › ')).to.not.equal('cas-1');
    }
  });
});

describe('triage: the message says what happened', () => {
  it('opens with what the person said, not « Je n’arrive pas à me connecter » when they are signed in', () => {
    const signedIn = buildMessage(walk(['Je suis connecté(e), mais quelque chose ne va pas']), context)!;
    expect(signedIn.subject).to.equal('Accès à l’ENT : connecté(e), mais quelque chose ne va pas');
    const lines = signedIn.body.split('\n');
    expect(lines[2]).to.equal('Je suis connecté(e) à l’ENT, mais quelque chose ne va pas.');
    expect(signedIn.body).to.not.contain('Je n’arrive pas à me connecter');
    const refused = buildMessage(
      walk(['Je n’arrive pas à me connecter', 'Je ne reçois pas le mail de réinitialisation', 'Parent']),
      context,
    )!;
    expect(refused.subject).to.equal('Accès à l’ENT : pas de mail de réinitialisation');
    expect(refused.body.split('\n')[2]).to.equal(
      'Je n’arrive pas à me connecter à l’ENT. Je ne reçois pas le mail de réinitialisation du mot de passe.',
    );
  });

  it('lists questions and answers, never a node’s title as an answer; keeps the blank « Ce qu’affiche l’écran »', () => {
    const titles = new Set(tree.nodes.map((n) => n.title));
    for (const nav of allPaths(tree)) {
      const message = buildMessage(nav, context);
      if (!message) continue;
      const listed = message.body.split('\n').filter((l) => l.startsWith('- '));
      expect(listed.length).to.equal(nav.path.length - 1);
      for (const line of listed) {
        const [, answer] = line.slice(2).split(' — ');
        expect(titles.has(answer!), line).to.equal(false);
      }
      expect(message.body.split('\n')).to.include('Ce qu’affiche l’écran : ');
    }
  });

  it('a tree without statements opens neutrally, with the plain subject', () => {
    const plain: Tree = {
      title: 'T',
      start: 'a',
      otherwise: 'z',
      nodes: [
        { id: 'a', kind: 'question', title: 'Q ?', choices: [{ label: 'Oui', next: 'z' }] },
        {
          id: 'z',
          kind: 'outcome',
          title: 'Z',
          content: [{ type: 'contacts', items: [{ audience: 'tous', text: '{email}' }] }],
        },
      ],
    };
    const message = buildMessage(choose(start(plain), 'z'), context)!;
    expect(message.subject).to.equal('Accès à l’ENT');
    expect(message.body.split('\n').slice(0, 4)).to.deep.equal([
      'Bonjour,',
      '',
      'Mes réponses à l’aide du site sur l’accès à l’ENT :',
      '- Q ? — Oui',
    ]);
  });
});

describe('triage: the validator and the navigator on any tree', () => {
  const o = (id: string, followUps?: { label: string; next: string }[]) => ({
    id,
    kind: 'outcome' as const,
    title: id,
    content: [{ type: 'paragraph' as const, text: 'Do this.' }],
    ...(followUps ? { followUps } : {}),
  });
  const q = (id: string, ...next: string[]) => ({
    id,
    kind: 'question' as const,
    title: `${id} ?`,
    choices: next.map((n) => ({ label: `to ${n}`, next: n })),
  });

  it('an outcome with no way to « otherwise »: a warning for a custom tree, an error in strict mode', () => {
    const noOtherwise: Tree = { title: 'T', start: 'a', nodes: [q('a', 'b'), o('b')] };
    expect(validateTree(noOtherwise)).to.deep.equal([]);
    expect(wayForwardProblems(noOtherwise).map((p) => p.node)).to.deep.equal(['b']);
    expect(validateTree(noOtherwise, { strict: true }).map((p) => p.node)).to.deep.equal(['b']);
    // With an otherwise outcome, the widget offers it: no warning; strict asks the tree to list it.
    const offered: Tree = { title: 'T', start: 'a', otherwise: 'z', nodes: [q('a', 'b', 'z'), o('b'), o('z')] };
    expect(wayForwardProblems(offered)).to.deep.equal([]);
    expect(validateTree(offered, { strict: true }).map((p) => p.node)).to.deep.equal(['b']);
    const listed: Tree = {
      ...offered,
      nodes: [q('a', 'b', 'z'), o('b', [{ label: 'still stuck', next: 'z' }]), o('z')],
    };
    expect(validateTree(listed, { strict: true })).to.deep.equal([]);
  });

  it('refuses two answers of one node to the same node (the path could not tell them apart)', () => {
    const twice: Tree = { title: 'T', start: 'a', nodes: [q('a', 'b', 'b'), o('b')] };
    expect(validateTree(twice).map((p) => p.message)).to.deep.equal([
      'choices[1].next leads to "b" as choices[0] does: give each answer a node of its own',
    ]);
  });

  it('nextSteps offers « otherwise » with an empty label where the tree does not list it, never twice', () => {
    const t: Tree = { title: 'T', start: 'a', otherwise: 'z', nodes: [q('a', 'b', 'z'), o('b'), o('z')] };
    const atB = choose(start(t), 'b');
    expect(nextSteps(atB)).to.deep.equal([{ label: '', next: 'z' }]);
    expect(nextSteps(choose(atB, 'z'))).to.deep.equal([]);
    expect(answers(choose(atB, 'z')).map((a) => a.answer)).to.deep.equal(['to b', undefined]);
  });

  it('redirects: an old id shows the node in its place; a redirect that cannot apply is reported', () => {
    const t: Tree = { title: 'T', start: 'a', redirects: { 'ancien-b': 'b' }, nodes: [q('a', 'b'), o('b')] };
    expect(validateTree(t)).to.deep.equal([]);
    expect(goTo(start(t), 'ancien-b').path).to.deep.equal(['a', 'b']);
    const bad: Tree = { ...t, redirects: { b: 'a', vieux: 'absent' } };
    expect(validateTree(bad).map((p) => p.message)).to.deep.equal([
      'redirects["b"]: a node has this id, so the redirect never applies',
      'redirects["vieux"] leads to "absent", which does not exist',
    ]);
  });
});
