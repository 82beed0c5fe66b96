/**
 * What a screen reader says, with @guidepup/virtual-screen-reader (a screen reader simulator that
 * runs in the test browser over the DOM: roles, names, states and live regions as the ARIA specs
 * compute them). It does not replace a test with NVDA, VoiceOver or TalkBack; it catches what
 * axe and the accessibility tree cannot: the order of what is said, what is said twice, what is
 * never said. Keys are real (sendKeys); the virtual screen reader follows focus.
 *
 * The expectations come from the default tree (src/data/default-tree.ts), so every outcome is
 * walked whatever the tree holds: its titles are the headings, its labels the buttons.
 */
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDefaultTree, DEFAULT_CONFIG } from '../src/data/default-tree.js';
import { plainText } from '../src/data/inline.js';
import { choicesOf, getNode, position, routeTo, start, type Navigation } from '../src/data/navigator.js';
import type { EntHelp } from '../src/ent-help.js';
import type { TreeNode } from '../src/data/types.js';
import { fold, mount, shadow } from './helpers.js';

const tree = createDefaultTree();
const plain = (text: string) => fold(plainText(text, DEFAULT_CONFIG));
/** A phrase as compared: white space folded (French typography puts no-break spaces before « : »). */
const said = async () => (await virtual.spokenPhraseLog()).map(fold);
const PORTAL_LINK = `link, ${DEFAULT_CONFIG.portalUrl} (nouvel onglet)`;
const EMAIL_LINK = `link, ${DEFAULT_CONFIG.contactEmail}`;

/** The status region's text after a render: what the live region says once. */
async function rendered(el: EntHelp): Promise<void> {
  await el.updateComplete;
  // The simulator hears the live region through a MutationObserver: its callback runs after this tick.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Presses Tab until the screen reader says a phrase starting with `prefix` (the control focused). */
async function tabTo(el: EntHelp, prefix: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    await rendered(el);
    if (fold(await virtual.lastSpokenPhrase()).startsWith(prefix)) return;
  }
  throw new Error(
    `no control reached by Tab is said as « ${prefix}… »; last said: ${await virtual.lastSpokenPhrase()}`,
  );
}

/** Presses a key, and returns what was said because of it. */
async function press(el: EntHelp, key: string): Promise<string[]> {
  await virtual.clearSpokenPhraseLog();
  await sendKeys({ press: key });
  await rendered(el);
  return said();
}

/** The heading and status a step should be said with. */
function stepPhrases(nav: Navigation): { heading: string; status: string } {
  const node = getNode(nav.tree, nav.path[nav.path.length - 1]!)!;
  // Where the person is, with no total (issue 12): « Question N » at a question, « Ce qu’il faut faire » at an outcome.
  const { question } = position(nav);
  const where = question === undefined ? 'Ce qu’il faut faire' : `Question ${question}`;
  return {
    heading: `heading, ${plain(node.title)}, level 3`,
    status: `polite: ${where} : ${plain(node.title)}`,
  };
}

/** Moves the virtual cursor on from where it is (the step's heading) to « Retour », and returns all it said. */
async function readStep(): Promise<string[]> {
  await virtual.clearSpokenPhraseLog();
  for (let i = 0; i < 200 && !fold(await virtual.lastSpokenPhrase()).startsWith('button, Retour'); i++)
    await virtual.next();
  return said();
}

const outcomes = tree.nodes.filter((n): n is TreeNode & { kind: 'outcome' } => n.kind === 'outcome');

describe('<ent-help> through a screen reader', () => {
  let el: EntHelp;
  afterEach(async () => {
    await virtual.stop();
  });

  async function listen(attrs: Record<string, string> = {}): Promise<void> {
    el = await mount({ history: 'none', persist: 'none', ...attrs });
    await virtual.start({ container: shadow(el).querySelector<HTMLElement>('.base')! });
    // Focus starts before the widget, as on a page that a person tabs through.
    (document.activeElement as HTMLElement | null)?.blur();
  }

  describe('stepper', () => {
    for (const outcome of outcomes) {
      const route = routeTo(tree, outcome.id)!;
      it(`to « ${outcome.id} » and back: each answer says the step's heading, then its status once`, async () => {
        await listen();
        let nav = start(tree);
        for (const next of route.slice(1)) {
          const here = getNode(tree, nav.path[nav.path.length - 1]!)!;
          const choice = choicesOf(here).find((c) => c.next === next)!;
          await tabTo(el, `button, ${plain(choice.label)}`);
          const phrases = await press(el, 'Enter');
          nav = { tree, path: [...nav.path, next] };
          const { heading, status } = stepPhrases(nav);
          expect(phrases, 'the new step’s heading, focused').to.include(heading);
          expect(phrases.filter((p) => p.startsWith('polite:'))).to.deep.equal([status]);
          // The heading first, then the status: focus speaks at once, a polite region waits its turn.
          expect(phrases.indexOf(heading)).to.be.below(phrases.indexOf(status));
        }
        // The links are said with their address and, for the portal, that it opens a new tab.
        const step = await readStep();
        const texts = JSON.stringify(outcome.content);
        if (texts.includes('{portal}')) expect(step).to.include(PORTAL_LINK);
        // A student is not offered the lycée's mailto: (issue 12): there the address is said as text.
        const forStudent = JSON.stringify(outcome.content).includes('"audience":"eleve"');
        if (texts.includes('{email}')) expect(step.includes(EMAIL_LINK)).to.equal(!forStudent);
        for (const link of step.filter((p) => p.startsWith('link, ')))
          expect([PORTAL_LINK, EMAIL_LINK, 'link, Écrire le message']).to.include(link);
        // « Retour » step by step to the start: focus on the answer that led on, the step said once.
        while (nav.path.length > 1) {
          const left = nav.path[nav.path.length - 1]!;
          nav = { tree, path: nav.path.slice(0, -1) };
          const here = getNode(tree, nav.path[nav.path.length - 1]!)!;
          const choice = choicesOf(here).find((c) => c.next === left)!;
          await tabTo(el, 'button, Retour');
          const phrases = await press(el, 'Enter');
          expect(phrases[0], 'focus back on the answer given').to.match(
            new RegExp(`^button, ${plain(choice.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          );
          expect(phrases.filter((p) => p.startsWith('polite:'))).to.deep.equal([stepPhrases(nav).status]);
        }
        expect(el.node).to.equal(tree.start);
      });
    }

    it('an answer with a hint: its label is its name, the hint its description (not one run-on sentence)', async () => {
      await listen();
      const first = getNode(tree, tree.start)!;
      const hinted = choicesOf(first).find((c) => c.hint)!;
      await tabTo(el, `button, ${plain(hinted.label)}`);
      expect(fold(await virtual.lastSpokenPhrase())).to.equal(`button, ${plain(hinted.label)}, ${plain(hinted.hint!)}`);
    });

    it('« Copier l’adresse »: the confirmation is said once', async () => {
      const withPortal = outcomes.find((n) => JSON.stringify(n.content).includes('{portal}'))!;
      await listen({ node: withPortal.id });
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        await tabTo(el, 'button, Copier l’adresse');
        const phrases = await press(el, 'Enter');
        await waitUntil(() => copied, 'copied');
        await rendered(el);
        expect((await said()).filter((p) => p.startsWith('polite:'))).to.deep.equal(['polite: Adresse copiée.']);
        expect(phrases.filter((p) => p.startsWith('button,'))).to.deep.equal([]);
        expect(copied).to.equal(DEFAULT_CONFIG.portalUrl);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (clipboard && !Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard'))
          Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  describe('accordion', () => {
    // A case's button says the answer that leads to it, then its hint (its description), the
    // stepper's first screen in its order.
    const sections = choicesOf(getNode(tree, tree.start)!).map((c) =>
      [c.label, c.hint]
        .filter((t) => t !== undefined)
        .map(plain)
        .join(', '),
    );
    const trigger = (title: string, expanded: boolean) =>
      `button, ${title}, 1 control, ${expanded ? 'expanded' : 'not expanded'}`;

    it('Up, Down, Home, End say each case and whether it is open; Enter opens and closes it, with no status', async () => {
      await listen({ mode: 'accordion' });
      await tabTo(el, `button, ${sections[0]}`);
      expect(await press(el, 'ArrowDown')).to.deep.equal([trigger(sections[1]!, false)]);
      // The simulator says nothing when the focused button's state changes (NVDA says « développé »):
      // leaving the button and coming back says it.
      expect((await press(el, 'Enter')).filter((p) => p.startsWith('polite:'))).to.deep.equal([]);
      expect(await press(el, 'ArrowUp')).to.deep.equal([trigger(sections[0]!, false)]);
      expect(await press(el, 'ArrowDown')).to.deep.equal([trigger(sections[1]!, true)]);
      expect(await press(el, 'End')).to.deep.equal([trigger(sections[sections.length - 1]!, false)]);
      expect(await press(el, 'Home')).to.deep.equal([trigger(sections[0]!, false)]);
      expect(await press(el, 'ArrowDown')).to.deep.equal([trigger(sections[1]!, true)]);
      expect((await press(el, 'Enter')).filter((p) => p.startsWith('polite:'))).to.deep.equal([]);
      expect(await press(el, 'ArrowUp')).to.deep.equal([trigger(sections[0]!, false)]);
      expect(await press(el, 'ArrowDown')).to.deep.equal([trigger(sections[1]!, false)]);
    });

    // The WAI-ARIA APG accordion: an open case's panel is a region named by its button. Only the cases
    // on the route to the node shown are open, one per level, so regions do not proliferate (the APG
    // advises against the region role only with more than about six panels open at once). The
    // simulator also reads the closed panels' content (to it, hidden="until-found" is not hidden;
    // browsers leave it out of the accessibility tree: test/accessibility.test.ts), so the walk
    // starts where a person who follows a link to the case lands: its button.
    const withPortal = outcomes.filter((n) => JSON.stringify(n.content).includes('{portal}'));
    const depth = (n: TreeNode) => routeTo(tree, n.id)!.length;
    for (const outcome of [withPortal.find((n) => depth(n) === 2)!, withPortal.find((n) => depth(n) > 2)!]) {
      it(`an open case is a region named by its button, and its links are said as in the stepper (${outcome.id})`, async () => {
        const route = routeTo(tree, outcome.id)!;
        // Each open case's button is named by the answer that leads to it (an outcome's title heads its panel).
        const answers = route.slice(1).map((id, i) => choicesOf(getNode(tree, route[i]!)!).find((c) => c.next === id)!);
        const names = answers.map((c) => plain(c.label));
        // The button says its answer's hint too, as its description.
        const hint = answers[0]!.hint ? `, ${plain(answers[0]!.hint)}` : '';
        await listen({ mode: 'accordion', node: outcome.id });
        const outer = `button, ${names[0]}${hint}, 1 control, expanded`;
        for (let i = 0; i < 400 && !fold(await virtual.lastSpokenPhrase()).startsWith(outer); i++) await virtual.next();
        expect(fold(await virtual.lastSpokenPhrase())).to.equal(outer);
        await virtual.clearSpokenPhraseLog();
        const end = `end of region, ${names[0]}`;
        for (let i = 0; i < 400 && !(await said()).includes(end); i++) await virtual.next();
        const phrases = await said();
        // One region per open case, each named by its button, entered in order; none for a closed case.
        expect(phrases.filter((p) => p.startsWith('region, '))).to.deep.equal(names.map((n) => `region, ${n}`));
        expect(phrases.filter((p) => p.startsWith('end of region, '))).to.deep.equal(
          names.map((n) => `end of region, ${n}`).reverse(),
        );
        const own = phrases.slice(
          phrases.indexOf(`region, ${names[names.length - 1]}`),
          phrases.indexOf(`end of region, ${names[names.length - 1]}`),
        );
        expect(own).to.include(PORTAL_LINK);
        for (const link of own.filter((p) => p.startsWith('link, ')))
          expect([PORTAL_LINK, EMAIL_LINK, 'link, Écrire le message']).to.include(link);
      });
    }
  });
});
