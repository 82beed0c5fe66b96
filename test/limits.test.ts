// The custom-tree limits (src/data/limits.ts) in the validator, and navigation that no tree's
// depth or shape can overflow or make exponential: pure functions, table-driven.
import { expect } from '@open-wc/testing';
import { sizeProblem, TREE_LIMITS } from '../src/data/limits.js';
import { progress, start } from '../src/data/navigator.js';
import { treeProblems } from '../src/data/schema-problems.js';
import { validateTree } from '../src/data/validate.js';
import { chain, diamonds } from './fixtures/hostile-trees.js';

const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('custom-tree limits', () => {
  const cases: [string, () => unknown, RegExp[]][] = [
    ['a chain of 32 nodes', () => chain(32), []],
    ['a chain of 33 nodes', () => chain(33), [/the longest path from the start has 33 nodes; at most 32/]],
    ['a chain of 500 nodes', () => chain(500), [/the longest path from the start has 500 nodes; at most 32/]],
    ['a chain of 501 nodes (schema)', () => chain(501), [/^nodes must NOT have more than 500 items$/]],
    ['a chain of 10,000 nodes (schema)', () => chain(10_000), [/^nodes must NOT have more than 500 items$/]],
    ['7 diamonds in a row (508 sections)', () => diamonds(7), []],
    [
      '8 diamonds in a row (1,020 sections)',
      () => diamonds(8),
      [/the accordion would show more than 1000 sections \(a node reached from several places is shown under each\)/],
    ],
    [
      '30 diamonds in a row (2^30 ways through)',
      () => diamonds(30),
      [/the longest path from the start has 61 nodes; at most 32/, /the accordion would show more than 1000 sections/],
    ],
  ];
  for (const [name, make, expected] of cases)
    it(`${name}: ${expected.length ? expected.map((e) => e.source).join(', ') : 'valid'}`, () => {
      const found = messages(treeProblems(make()));
      expect(found).to.have.length(expected.length, found.join('; '));
      expected.forEach((e, i) => expect(found[i]).to.match(e));
    });

  it('validateTree refuses more than 500 nodes before any other work, without throwing', () => {
    expect(messages(validateTree(chain(10_000)))).to.deep.equal(['the tree has 10000 nodes; at most 500']);
  });

  it('a JSON text is measured before it is parsed: 262,144 characters pass, one more does not', () => {
    expect(TREE_LIMITS.characters).to.equal(256 * 1024);
    expect(sizeProblem(' '.repeat(TREE_LIMITS.characters))).to.equal('');
    expect(sizeProblem(' '.repeat(TREE_LIMITS.characters + 1))).to.equal(
      'it is 262145 characters long; at most 262144 (256 KB) are read',
    );
  });
});

describe('navigator on hostile trees', () => {
  it('progress on a 20,000-node chain: no recursion to overflow the stack', () => {
    expect(progress(start(chain(20_000)))).to.deep.equal({ step: 1, total: 20_000 });
  });

  it('progress on 17 diamonds in a row (2^17 ways): each node is walked once', () => {
    const began = performance.now();
    expect(progress(start(diamonds(17)))).to.deep.equal({ step: 1, total: 35 });
    // Linear: well under a millisecond here; walking every way took seconds.
    expect(performance.now() - began).to.be.below(250);
  });
});
