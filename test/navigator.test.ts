import { expect } from '@open-wc/testing';
import { createDefaultTree, DEFAULT_NODE_IDS } from '../src/data/default-tree.js';
import { parseInline, plainText, segmentsOf } from '../src/data/inline.js';
import {
  back,
  choose,
  current,
  goTo,
  openFrom,
  path,
  position,
  progress,
  restart,
  routeTo,
  start,
  type Navigation,
} from '../src/data/navigator.js';
import type { Tree } from '../src/data/types.js';
import { treeProblems } from '../src/data/schema-problems.js';
import { validateTree } from '../src/data/validate.js';

const tree = createDefaultTree();
type Step = (nav: Navigation) => Navigation;
const steps = {
  choose:
    (id: string): Step =>
    (nav) =>
      choose(nav, id),
  goTo:
    (id: string): Step =>
    (nav) =>
      goTo(nav, id),
  openFrom:
    (from: string, id: string): Step =>
    (nav) =>
      openFrom(nav, from, id),
  back: (): Step => back,
  restart: (): Step => restart,
};
const run = (...sequence: Step[]): Navigation => sequence.reduce((nav, step) => step(nav), start(tree));

describe('navigator', () => {
  const cases: { name: string; sequence: Step[]; path: string[] }[] = [
    { name: 'starts at the first question', sequence: [], path: ['accueil'] },
    { name: 'choose follows an answer', sequence: [steps.choose('cas-1')], path: ['accueil', 'cas-1'] },
    {
      name: 'choose follows a follow-up of an outcome',
      sequence: [steps.choose('cas-2'), steps.choose('cas-2-mail-non-recu')],
      path: ['accueil', 'cas-2', 'cas-2-mail-non-recu'],
    },
    {
      name: 'choose refuses a node the current node does not offer',
      sequence: [steps.choose('cas-2-mail-non-recu')],
      path: ['accueil'],
    },
    { name: 'choose refuses an unknown id', sequence: [steps.choose('nope')], path: ['accueil'] },
    {
      name: 'choose goes on from an outcome to the otherwise node, keeping what was tried',
      sequence: [steps.choose('cas-1'), steps.choose('autres-cas')],
      path: ['accueil', 'cas-1', 'autres-cas'],
    },
    {
      name: 'choose does not go from the otherwise node to itself',
      sequence: [steps.choose('autres-cas'), steps.choose('autres-cas')],
      path: ['accueil', 'autres-cas'],
    },
    {
      name: 'back returns one step',
      sequence: [steps.choose('cas-2'), steps.choose('cas-2-mail-non-recu'), steps.back()],
      path: ['accueil', 'cas-2'],
    },
    { name: 'back at the start stays there', sequence: [steps.back()], path: ['accueil'] },
    {
      name: 'restart goes back to the start',
      sequence: [steps.choose('cas-2'), steps.choose('cas-2-mail-non-recu'), steps.restart()],
      path: ['accueil'],
    },
    {
      name: 'goTo reaches a deep node by its shortest path',
      sequence: [steps.goTo('cas-2-mail-non-recu')],
      path: ['accueil', 'connexion-impossible', 'cas-2-mail-non-recu'],
    },
    {
      name: 'goTo reaches an audience outcome through the door that asks who is reading',
      sequence: [steps.goTo('cas-2-mail-non-recu-parent')],
      path: ['accueil', 'connexion-impossible', 'cas-2-mail-non-recu', 'cas-2-mail-non-recu-parent'],
    },
    {
      name: 'goTo a node on the path cuts the path there',
      sequence: [steps.goTo('cas-2-mail-non-recu'), steps.goTo('cas-2')],
      path: ['accueil', 'cas-2'],
    },
    {
      name: 'goTo from one case to another',
      sequence: [steps.choose('cas-3'), steps.goTo('autres-cas')],
      path: ['accueil', 'autres-cas'],
    },
    {
      name: 'openFrom opens a node under the one where it was found, not by its shortest route',
      sequence: [steps.choose('connexion-impossible'), steps.openFrom('connexion-impossible', 'autres-cas')],
      path: ['accueil', 'connexion-impossible', 'autres-cas'],
    },
    {
      name: 'openFrom cuts the path after the node it opens from',
      sequence: [steps.choose('cas-2'), steps.choose('cas-2-mail-non-recu'), steps.openFrom('accueil', 'cas-3')],
      path: ['accueil', 'cas-3'],
    },
    {
      name: 'openFrom goes on from an outcome to the otherwise node',
      sequence: [steps.choose('cas-3'), steps.openFrom('cas-3', 'autres-cas')],
      path: ['accueil', 'cas-3', 'autres-cas'],
    },
    {
      name: 'openFrom a node off the path, or to a node it does not offer, is goTo',
      sequence: [steps.openFrom('oubli', 'cas-3'), steps.openFrom('cas-3', 'cas-1')],
      path: ['accueil', 'cas-1'],
    },
    {
      name: 'goTo an unknown id changes nothing',
      sequence: [steps.choose('cas-1'), steps.goTo('cas-9')],
      path: ['accueil', 'cas-1'],
    },
  ];
  for (const { name, sequence, path: expected } of cases) {
    it(name, () => {
      const nav = run(...sequence);
      expect(nav.path).to.deep.equal(expected);
      expect(current(nav).id).to.equal(expected[expected.length - 1]);
      expect(path(nav).map((n) => n.id)).to.deep.equal(expected);
    });
  }

  it('returns the same object when nothing changes, and never mutates', () => {
    const nav = start(tree);
    const frozen = Object.freeze({ ...nav, path: Object.freeze([...nav.path]) });
    expect(choose(frozen, 'nope')).to.equal(frozen);
    expect(back(frozen)).to.equal(frozen);
    expect(restart(frozen)).to.equal(frozen);
    expect(goTo(frozen, 'accueil')).to.equal(frozen);
    const next = choose(frozen, 'cas-1');
    expect(next).not.to.equal(frozen);
    expect(frozen.path).to.deep.equal(['accueil']);
  });

  const positionCases: [string, { step: number; question: number | undefined }][] = [
    ['accueil', { step: 1, question: 1 }],
    ['cas-1', { step: 2, question: undefined }],
    ['connexion-impossible', { step: 2, question: 2 }],
    ['mot-de-passe-refuse', { step: 3, question: 3 }],
    ['cas-2-mail-non-recu', { step: 3, question: 3 }],
    ['cas-2-mail-non-recu-eleve', { step: 4, question: undefined }],
  ];
  for (const [id, expected] of positionCases) {
    it(`position at ${id}: step ${expected.step}, question ${expected.question ?? '(none: an outcome)'}`, () => {
      expect(position(goTo(start(tree), id))).to.deep.equal(expected);
    });
  }

  it('progress (deprecated) still answers a step and a total', () => {
    const { step, total } = progress(goTo(start(tree), 'cas-2'));
    expect(step).to.equal(2);
    expect(total).to.be.at.least(step);
  });

  it('routeTo finds every node of the default tree, and nothing else', () => {
    for (const id of DEFAULT_NODE_IDS) expect(routeTo(tree, id)?.at(-1)).to.equal(id);
    expect(routeTo(tree, 'missing')).to.equal(undefined);
  });
});

describe('validateTree', () => {
  it('finds nothing wrong with the default tree', () => {
    expect(validateTree(tree)).to.deep.equal([]);
    expect(validateTree(tree, { strict: true })).to.deep.equal([]);
    expect(tree.nodes.map((n) => n.id)).to.deep.equal([...DEFAULT_NODE_IDS]);
  });

  const q = (id: string, ...next: string[]) => ({
    id,
    kind: 'question' as const,
    title: `Question ${id}`,
    choices: next.map((n) => ({ label: `to ${n}`, next: n })),
  });
  const o = (id: string) => ({
    id,
    kind: 'outcome' as const,
    title: `Outcome ${id}`,
    content: [{ type: 'paragraph' as const, text: 'Do this.' }],
  });
  const broken: [string, Tree, string][] = [
    [
      'a link to a missing node',
      { title: 'T', start: 'a', nodes: [q('a', 'b')] },
      'choices[0].next leads to "b", which does not exist',
    ],
    [
      'an unreachable node',
      { title: 'T', start: 'a', nodes: [q('a', 'b'), o('b'), o('c')] },
      'no path from the start reaches this node',
    ],
    [
      'a cycle',
      { title: 'T', start: 'a', nodes: [q('a', 'b'), q('b', 'a')] },
      'a choice leads back to "a": the path loops',
    ],
    ['a duplicate id', { title: 'T', start: 'a', nodes: [q('a', 'b'), o('b'), o('b')] }, 'the id "b" is used twice'],
    ['an empty title', { title: 'T', start: 'a', nodes: [{ ...q('a', 'b'), title: ' ' }, o('b')] }, 'title is empty'],
    [
      'an empty label',
      { title: 'T', start: 'a', nodes: [{ ...q('a'), choices: [{ label: '', next: 'b' }] }, o('b')] },
      'choices[0].label is empty',
    ],
    ['a missing start', { title: 'T', start: 'z', nodes: [o('a')] }, 'the start node "z" does not exist'],
    [
      'an empty step',
      { title: 'T', start: 'a', nodes: [{ ...o('a'), content: [{ type: 'steps', items: ['ok', ' '] }] }] },
      'content[0] is empty',
    ],
  ];
  for (const [name, bad, message] of broken) {
    it(`reports ${name}`, () => {
      expect(validateTree(bad).map((p) => p.message)).to.include(message);
    });
  }
  // What the schema checks, validateTree does not check again: the widget runs both (treeProblems).
  const misshapen: [string, unknown, string][] = [
    [
      'a question without choices',
      { title: 'T', start: 'a', nodes: [q('a')] },
      'choices must NOT have fewer than 1 items',
    ],
    [
      'an id that is not kebab-case',
      { title: 'T', start: 'Cas 1', nodes: [o('Cas 1')] },
      'id must be lowercase kebab-case (e.g. "cas-2")',
    ],
    [
      'an outcome without content',
      { title: 'T', start: 'a', nodes: [{ ...o('a'), content: [] }] },
      'content must NOT have fewer than 1 items',
    ],
    [
      'an empty list of steps',
      { title: 'T', start: 'a', nodes: [{ ...o('a'), content: [{ type: 'steps', items: [] }] }] },
      'content[0].items must NOT have fewer than 1 items',
    ],
  ];
  for (const [name, bad, message] of misshapen) {
    it(`reports ${name} (the schema's check)`, () => {
      expect(treeProblems(bad).map((p) => p.message)).to.include(message);
    });
  }
});

describe('parseInline', () => {
  const cases: [string, ReturnType<typeof parseInline>][] = [
    ['', []],
    ['plain', [{ type: 'text', text: 'plain' }]],
    [
      'Go to {portal} **(not 77!)**.',
      [
        { type: 'text', text: 'Go to ' },
        { type: 'portal' },
        { type: 'text', text: ' ' },
        { type: 'strong', text: '(not 77!)' },
        { type: 'text', text: '.' },
      ],
    ],
    ['({email})', [{ type: 'text', text: '(' }, { type: 'email' }, { type: 'text', text: ')' }]],
    ['{unknown} and ** alone', [{ type: 'text', text: '{unknown} and ** alone' }]],
    ['<b>not html</b>', [{ type: 'text', text: '<b>not html</b>' }]],
  ];
  for (const [input, expected] of cases) {
    it(`parses ${JSON.stringify(input)}`, () => expect(parseInline(input)).to.deep.equal(expected));
  }
  const isolated: [string, string[]][] = [
    // French text: no isolate, whatever its words.
    ['Cliquez sur « Île-de-France ».', []],
    // Arabic text: each French run, with its guillemets, without the spaces and punctuation around it.
    ['أي مؤسسة في Île-de-France.', ['Île-de-France']],
    ['رمز مرفوض، « mot de passe incorrect » («كلمة مرور غير صحيحة»)', ['«\u00a0mot de passe incorrect\u00a0»']],
    ['اسم المستخدم (identifiant) وكلمة المرور (mot de passe)', ['identifiant', 'mot de passe']],
    ['ادخلوا {portal} ثم ENT 77 هنا', ['ENT 77']],
    // A bold run is not cut (its French would lose its weight).
    ['انقروا على « **besoin d’aide** »', []],
  ];
  for (const [input, expected] of isolated) {
    it(`isolates the French names of ${JSON.stringify(input)}`, () =>
      expect(segmentsOf(input).flatMap((s) => (s.type === 'ltr' ? [s.text] : []))).to.deep.equal(expected));
  }
  it('plainText fills in the placeholders', () => {
    expect(plainText('At {portal}, write to {email}.', { portalUrl: 'https://x.fr', contactEmail: 'a@b.fr' })).to.equal(
      'At https://x.fr, write to a@b.fr.',
    );
  });
});
