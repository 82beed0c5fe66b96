/**
 * A school's own tree: inline in a child <script type="application/json">, or at the `src`
 * address (test/fixtures/tree.custom.json, the example tree). A tree that cannot be used shows a
 * family who to ask (the school's address, or « ask your school »; never another lycée's), the
 * portal and the school's own text, writes one console warning and fires one event; what is wrong
 * shows in the widget with `debug` only. Most tests here read it: they mount with `debug`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import {
  captureRefusals,
  captureWarnings,
  expectSame,
  fold,
  labelOf,
  mountTree as mountWith,
  parts,
  shadow,
  visibleText,
} from './helpers.js';

/** The staff's view by default (`debug`); `{ debug: null }` is a family's. */
const mountTree = (json: string | undefined, attrs: Record<string, string | null> = {}) =>
  mountWith(json, { debug: '', ...attrs });

const FIXTURE = '/test/fixtures/tree.custom.json';
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** A `<script>` element of that type holding that text, not yet in the page. */
const typedScript = (type: string, text: string) =>
  Object.assign(document.createElement('script'), { type, textContent: text });
interface ExampleTree {
  nodes: { title: string; choices?: { next: string }[] }[];
}
/** examples/tree.example.json, the same tree as the fixture. */
let example: ExampleTree;
before(async () => {
  example = (await (await fetch(FIXTURE)).json()) as ExampleTree;
});

/** The school's address, given to every custom tree unless a test says otherwise (null: absent). */
const SCHOOL = 'vie-scolaire@lycee.fr';

/** Waits until the widget shows a tree (its step) or the error box. */
async function settled(el: EntHelp): Promise<void> {
  await waitUntil(() => shadow(el).querySelector('#step-title, [role="alert"]'), 'a tree or an error', {
    timeout: 4000,
  });
  await el.updateComplete;
}

const errorBox = (el: EntHelp) => shadow(el).querySelector<HTMLElement>('[role="alert"]');
const stepTitle = (el: EntHelp) => fold(shadow(el).getElementById('step-title')?.textContent);
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch')
    .map((e) => new URL(e.name).pathname);

/** The addresses the page asked `fetch` for during the test, as paths (the widget's only requests go through it). */
let requested: string[] = [];
const realFetch = window.fetch;

describe('<ent-help> with a tree of the school’s own', () => {
  const warnings = captureWarnings();
  const refused = captureRefusals();
  beforeEach(() => {
    performance.clearResourceTimings();
    requested = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return realFetch.call(window, input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows an inline tree, as text, and navigates it; the language picker is hidden', async () => {
    const tree = clone(example);
    tree.nodes[0]!.title = 'Avez-vous reçu vos identifiants ? <img src=x onerror="window.__pwned=1">';
    const el = await mountTree(JSON.stringify(tree));
    expect(fold(shadow(el).getElementById('title')!.textContent)).to.equal(
      "Vous n'arrivez pas à vous connecter à l'ENT ?",
    );
    expect(stepTitle(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expectSame(shadow(el).querySelector('img'), null, 'markup in a custom tree stays text');
    expect(parts(el, 'choice').map((b) => fold(b.querySelector('.choice-label')?.textContent))).to.deep.equal([
      'Oui, avec un mot de passe provisoire',
      'Non',
    ]);
    expect(parts(el, 'language-picker')).to.have.length(0);
    parts(el, 'choice')[0]!.click();
    await el.updateComplete;
    expect(el.node).to.equal('premiere-connexion');
    expect(stepTitle(el)).to.equal('Première connexion');
    expect(visibleText(shadow(el))).to.contain("Connectez-vous à l'adresse https://ent.iledefrance.fr");
    await expect(el).to.be.accessible();
    expect(requested, 'an inline tree needs no request').to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('shows an inline tree as an accordion too, every case of it', async () => {
    const el = await mountTree(JSON.stringify(example), { mode: 'accordion' });
    const buttons = parts(el, 'section-button').map(labelOf);
    // Each case named by its answer; « Sans identifiants » is reached two ways (an answer, a follow-up of
    // « Première connexion »): one section, where its shortest route puts it.
    expect(buttons).to.deep.equal(['Oui, avec un mot de passe provisoire', 'Non']);
    expect(new Set([...el.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id)).size).to.equal(
      el.shadowRoot!.querySelectorAll('[id]').length,
    );
    await expect(el).to.be.accessible();
    expect(warnings).to.deep.equal([]);
  });

  it('opens the node set in `node`, among the custom tree’s ids', async () => {
    const el = await mountTree(JSON.stringify(example), { node: 'sans-identifiants' });
    expect(stepTitle(el)).to.equal('Sans identifiants');
    expect(warnings).to.deep.equal([]);
  });

  it('loads a tree from `src` (one request, no cookie), then applies `node`', async () => {
    const el = await mountTree(undefined, { src: FIXTURE, node: 'premiere-connexion' });
    await settled(el);
    expect(stepTitle(el)).to.equal('Première connexion');
    expect(el.node).to.equal('premiere-connexion');
    expect(parts(el, 'language-picker')).to.have.length(0);
    await waitUntil(() => fetched().length > 0, 'the request is recorded');
    expect(fetched()).to.deep.equal([FIXTURE]);
    expect(warnings).to.deep.equal([]);
  });

  it('opens the node a #ent-help=<id> link names, once the `src` tree has arrived, without a warning', async () => {
    window.history.replaceState(null, '', '#ent-help=sans-identifiants');
    const el = await mountTree(undefined, { src: FIXTURE, node: 'premiere-connexion' });
    await settled(el);
    expect(stepTitle(el), 'the link wins over `node`').to.equal('Sans identifiants');
    expect(el.node).to.equal('sans-identifiants');
    await waitUntil(() => fetched().length > 0, 'the request is recorded');
    expect(warnings).to.deep.equal([]);
  });

  it('opens the node a #ent-help=<id> link names in an inline tree', async () => {
    window.history.replaceState(null, '', '#ent-help=premiere-connexion');
    const el = await mountTree(JSON.stringify(example));
    expect(stepTitle(el)).to.equal('Première connexion');
    expect(warnings).to.deep.equal([]);
  });

  it('says the tree is loading while `src` is on its way', async () => {
    // The response is held until the test has looked: on a busy machine the fixture could otherwise arrive first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const recording = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      await held;
      return recording.call(window, input, init);
    };
    const el = await mountTree(undefined, { src: FIXTURE });
    expect(fold(shadow(el).querySelector('[role="status"].tree-status')?.textContent)).to.equal('Chargement…');
    expect(parts(el, 'choice'), 'never the built-in tree meanwhile').to.have.length(0);
    release();
    await settled(el);
    expect(requested).to.deep.equal([new URL(FIXTURE, location.href).pathname]);
    expect(parts(el, 'choice').length, 'the tree shown once it has arrived').to.be.greaterThan(0);
  });

  it('a `src` that never answers: after the wait, the error box with who to ask, not « Chargement… » for good', async () => {
    // The server holds the request; the widget's time limit is made to run out now (AbortSignal.timeout stubbed).
    const limit = new AbortController();
    const timeout = AbortSignal.timeout;
    AbortSignal.timeout = () => limit.signal;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    try {
      const el = await mountTree(undefined, { src: FIXTURE, debug: null });
      expect(fold(shadow(el).querySelector('[role="status"].tree-status')?.textContent)).to.equal('Chargement…');
      limit.abort(new DOMException('The operation timed out.', 'TimeoutError'));
      await waitUntil(() => errorBox(el), 'the error box replaces « Chargement… »');
      expect(visibleText(errorBox(el)!)).to.equal(
        "Cette aide n'a pas pu être affichée. En attendant, écrivez à l'établissement : vie-scolaire@lycee.fr Le site de l'ENT : https://ent.iledefrance.fr",
      );
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('did not arrive within 15 s');
      expect(refused.map((e) => e.detail.attribute)).to.deep.equal(['src']);
    } finally {
      AbortSignal.timeout = timeout;
    }
  });

  /** The error box with `debug`: the plain message, the problems for the staff, the school's address for the student; one warning, one event. */
  function expectError(el: EntHelp, ...problems: RegExp[]): void {
    const box = errorBox(el);
    expect(box, 'the error box').to.exist;
    const text = fold(box!.textContent);
    expect(text).to.contain("Cette aide n'a pas pu être affichée.");
    for (const p of problems) expect(text).to.match(p);
    const mail = box!.querySelector('a[href^="mailto:"]')!;
    expect(fold(mail.textContent)).to.equal(SCHOOL);
    // Counts and booleans: chai may hang formatting a failure diff of DOM elements.
    expect(parts(el, 'choice').length, 'the built-in tree is not shown instead').to.equal(0);
    expect(!!shadow(el).querySelector('.source'), "nor the built-in tree's source").to.equal(false);
    expect(warnings, 'exactly one console warning').to.have.length(1);
    const warning = String(warnings[0]![0]);
    for (const p of problems) expect(warning).to.match(p);
    expect(warning).to.contain('npm run check-tree');
    expect(refused.map((e) => `<ent-help>: ${e.detail.reason}`)).to.deep.equal([warning]);
  }

  it('invalid JSON: says so, in the widget and once in the console', async () => {
    const el = await mountTree('{ "title": "Sans fin", ');
    await settled(el);
    expectError(el, /<script type="application\/json"> inside <ent-help> cannot be used: .*JSON/i);
    await expect(el).to.be.accessible();
  });

  it('a schema error names the node and the field', async () => {
    const tree = clone(example);
    (tree.nodes[1] as Record<string, unknown>).title = '';
    (tree.nodes[1] as Record<string, unknown>).color = 'red';
    const el = await mountTree(JSON.stringify(tree), { 'contact-email': ' vie-scolaire@lycee.fr ' });
    await settled(el);
    const mail = errorBox(el)!.querySelector('a[href^="mailto:"]')!;
    expect(mail.getAttribute('href'), "the school's own address").to.equal('mailto:vie-scolaire@lycee.fr');
    const text = fold(errorBox(el)!.textContent);
    expect(text).to.contain('node "premiere-connexion": title must NOT have fewer than 1 characters');
    expect(text).to.contain('node "premiere-connexion": has an unknown field "color"');
    expect(warnings).to.have.length(1);
  });

  it('a semantic error (a choice leading nowhere) names the node and the field', async () => {
    const tree = clone(example);
    tree.nodes[0]!.choices![1]!.next = 'cas-inconnu';
    const el = await mountTree(JSON.stringify(tree));
    await settled(el);
    expectError(el, /node "accueil": choices\[1\]\.next leads to "cas-inconnu", which does not exist/);
  });

  it('a `src` that answers 404: says so, and makes no other request', async () => {
    const el = await mountTree(undefined, { src: '/test/fixtures/absent.json' });
    await settled(el);
    expectError(el, /src="\/test\/fixtures\/absent\.json" cannot be used: it could not be loaded \(HTTP 404\)/);
    // A resource timing entry is added once the response has ended.
    await waitUntil(() => fetched().length > 0, 'the request is recorded');
    expect(fetched()).to.deep.equal(['/test/fixtures/absent.json']);
  });

  it('refuses a `src` that is neither https: nor on this site, without requesting it', async () => {
    const el = await mountTree(undefined, { src: 'http://example.invalid/tree.json' });
    await settled(el);
    expectError(el, /src="http:\/\/example\.invalid\/tree\.json" is refused: give an https:\/\/ address/);
    expect(requested).to.deep.equal([]);
  });

  it('reads the tree once: moving the element neither reloads nor warns again', async () => {
    const el = await mountTree('not json');
    await settled(el);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    el.remove();
    other.append(el);
    await el.updateComplete;
    expect(errorBox(el)).to.exist;
    expect(warnings).to.have.length(1);
  });
  for (const src of ['https://[::1', '']) {
    it(`an unparsable or empty src (src="${src}"): the error box and one warning, never the built-in tree`, async () => {
      const el = await mountTree(undefined, { src });
      await settled(el);
      const quoted = src.replace(/[[\]/.]/g, '\\$&');
      expectError(el, new RegExp(`src="${quoted}" is refused: give an https:// address`));
      expect(requested).to.deep.equal([]);
    });
  }

  it('reads a script a CMS wrapped in <p>, with type="application/json; charset=utf-8"', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    const p = document.createElement('p');
    const script = document.createElement('script');
    script.setAttribute('type', ' Application/JSON; charset=utf-8');
    script.textContent = JSON.stringify(example);
    p.append(script);
    el.append(p);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(stepTitle(el)).to.equal(fold(example.nodes[0]!.title));
    expect(parts(el, 'choice').map((b) => fold(b.querySelector('.choice-label')?.textContent))).to.deep.equal([
      'Oui, avec un mot de passe provisoire',
      'Non',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('a script of another type: the error box naming the type expected, not the built-in tree', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    el.setAttribute('debug', '');
    el.innerHTML = '<script type="text/json">{}</script>';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await settled(el);
    expectError(el, /<script type="text\/json"> inside <ent-help> is ignored: give it type="application\/json"/);
  });

  it('a JavaScript script inside the element (the widget’s own, pasted there) is not taken for a tree', async () => {
    const el = document.createElement('ent-help');
    const script = document.createElement('script');
    script.textContent = '/* the widget itself, pasted inside by mistake */';
    el.append(script);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await settled(el);
    expectSame(shadow(el).querySelector('.tree-error'), null);
    expect(stepTitle(el)).to.equal('Que se passe-t-il ?');
    expect(warnings).to.deep.equal([]);
  });

  it('structured data a CMS puts inside the element (application/ld+json), before or after the first render, is not taken for a tree', async () => {
    const el = document.createElement('ent-help');
    el.innerHTML = '<script type="application/ld+json">{"@type":"FAQPage"}</script>';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await settled(el);
    const late = typedScript('application/ld+json', '{"@type":"WebPage"}');
    el.append(late);
    await settled(el);
    expectSame(shadow(el).querySelector('.tree-error'), null);
    expect(stepTitle(el)).to.equal('Que se passe-t-il ?');
    expect(warnings).to.deep.equal([]);
  });

  it('two inline trees: the first is shown, and one warning says to keep only one', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    const other = clone(example);
    other.nodes[0]!.title = 'Un autre arbre';
    el.innerHTML = `<script type="application/json">${JSON.stringify(example)}</script><script type="application/json">${JSON.stringify(other)}</script>`;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await settled(el);
    expect(stepTitle(el)).to.equal(example.nodes[0]!.title);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.match(
      /2 <script type="application\/json"> inside <ent-help>: the first is used; remove the others/,
    );
  });

  it('a script added after the element left the page and came back elsewhere: seen; none seen while it is out', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    const [a, b] = [await fixture<HTMLDivElement>(html`<div></div>`), await fixture<HTMLDivElement>(html`<div></div>`)];
    a.append(el);
    await el.updateComplete;
    el.remove();
    const script = typedScript('application/json', JSON.stringify(example));
    el.append(script);
    await new Promise((r) => setTimeout(r, 50));
    expect(warnings, 'out of the page: not watched').to.deep.equal([]);
    script.remove();
    b.append(el);
    await el.updateComplete;
    el.append(script);
    await settled(el);
    expect(errorBox(el), 'back in the page: watched again').to.exist;
    expect(warnings).to.have.length(1);
  });

  it('a JSON script of another type added later (a CMS plugin’s data) is not taken for a tree', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    const data = typedScript('application/vnd.cms-block+json', '{"block":"faq"}');
    el.append(data);
    await settled(el);
    expectSame(shadow(el).querySelector('.tree-error'), null);
    expect(stepTitle(el)).to.equal('Que se passe-t-il ?');
    expect(warnings).to.deep.equal([]);
  });

  it('a script added after the element was connected: the error box saying so, not the built-in tree', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    el.setAttribute('debug', '');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const script = typedScript('application/json', JSON.stringify(example));
    el.append(script);
    await settled(el);
    expectError(el, /a <script> added after <ent-help> was connected is ignored: put it in before/);
  });

  it('a src set after the element was connected: the error box saying so, not the built-in tree', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    el.setAttribute('debug', '');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    el.setAttribute('src', FIXTURE);
    await settled(el);
    expectError(el, /src set after <ent-help> was connected is ignored: set it before/);
    expect(refused.map((e) => [e.detail.attribute, e.detail.value])).to.deep.equal([['src', FIXTURE]]);
  });

  it('a src set once the built-in tree is on screen: the error box replaces it, one warning, one event', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    el.setAttribute('debug', '');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(parts(el, 'choice').length, 'the built-in tree first').to.be.greaterThan(0);
    el.setAttribute('src', FIXTURE);
    await settled(el);
    expectError(el, /src set after <ent-help> was connected is ignored: set it before/);
  });

  it('a custom tree without contact-email: {email} asks the family to turn to their school, never the built-in address; one warning, one event, the notice with debug', async () => {
    const ASK = "demandez de l'aide à votre établissement";
    const family = await mountTree(JSON.stringify(example), {
      'contact-email': null,
      debug: null,
      node: 'sans-identifiants',
    });
    const text = visibleText(shadow(family));
    expect(text).not.to.contain('campus.coulommiers');
    expect(text).to.contain(`Écrivez au lycée (${ASK}) en donnant une adresse mail valide.`);
    expect(text).to.contain(`Le secrétariat : ${ASK}`);
    expectSame(shadow(family).querySelector('a[href^="mailto:"]'), null, 'no mailto: to another lycée');
    expect(parts(family, 'copy-button'), 'no address to copy').to.have.length(0);
    // The ready-to-send message: no address to write to, so to print or copy and hand over.
    expect(parts(family, 'message-mail-button')).to.have.length(0);
    expect(parts(family, 'message-print-button')).to.have.length(1);
    expect(parts(family, 'message-text')[0]!.textContent).not.to.contain('campus.coulommiers');
    expect(!!shadow(family).querySelector('[part="notice"]'), 'no notice for a family').to.equal(false);
    expect(refused.map((e) => e.detail)).to.deep.equal([
      {
        attribute: 'contact-email',
        value: null,
        reason: "contact-email is missing: set contact-email to your school's address.",
      },
    ]);
    family.printer.before();
    expect(visibleText(shadow(family)), 'on paper').not.to.contain('campus.coulommiers');
    await family.printer.after();
    family.parentElement!.remove();
    warnings.length = 0;
    const el = await mountTree(JSON.stringify(example), { 'contact-email': null, node: 'sans-identifiants' });
    const notice = shadow(el).querySelector('[part="notice"][role="note"]');
    // Nothing is ignored: the notice says what the families read, and the fix.
    expect(fold(notice?.textContent)).to.equal(
      `Pas d'adresse valable (\u2068contact-email\u2069) : les familles lisent « ${ASK} ».`,
    );
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain("set contact-email to your school's address");
    expect(stepTitle(el)).to.equal('Sans identifiants');
  });

  it('a custom tree from src with a refused contact-email: no address either, the notice says so', async () => {
    const el = await mountTree(undefined, {
      src: FIXTURE,
      'contact-email': 'pas une adresse',
      node: 'sans-identifiants',
    });
    await settled(el);
    expect(visibleText(shadow(el))).to.contain("Le secrétariat : demandez de l'aide à votre établissement");
    expect(visibleText(shadow(el))).not.to.contain('campus.coulommiers');
    expect(fold(shadow(el).querySelector('[part="notice"][role="note"]')?.textContent)).to.match(
      /^Pas d'adresse valable \(\u2068contact-email="pas une adresse"\u2069\)/,
    );
  });

  it('a script added once the built-in tree is on screen: the error box replaces it, one warning naming the fix', async () => {
    const el = document.createElement('ent-help');
    el.setAttribute('contact-email', SCHOOL);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(parts(el, 'choice').length, 'the built-in tree first').to.be.greaterThan(0);
    const script = typedScript('application/json', JSON.stringify(example));
    el.append(script);
    await settled(el);
    expect(errorBox(el), 'the error box').to.exist;
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.match(
      /a <script> added after <ent-help> was connected is ignored: put it in before/,
    );
    expect(String(warnings[0]![0])).to.contain('src');
    expect(refused.map((e) => e.detail.attribute)).to.deep.equal(['script']);
  });

  it('on a page that resets every element (* { all: unset }), the tree’s JSON stays out of view in the error box', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset !important; }';
    document.head.append(style);
    try {
      const el = await mountTree('{"title": "not a tree"}', { debug: null });
      el.insertAdjacentHTML('afterbegin', '<p>Un souci ? Passez au bureau de la vie scolaire.</p>');
      el.requestUpdate();
      await settled(el);
      await waitUntil(() => errorBox(el)?.querySelector('slot'), 'the school’s text');
      expect(el.querySelector('p')!.getClientRects().length, 'the school’s text on screen').to.be.greaterThan(0);
      expect(el.querySelector('script')!.getClientRects().length, 'the JSON out of view').to.equal(0);
    } finally {
      style.remove();
    }
  });

  describe('what a family meets when the tree cannot be used (no debug)', () => {
    /** What the family reads in the box: the shadow text, links as their text, the new-tab hint left out. */
    const familyText = (el: EntHelp) => visibleText(errorBox(el)!);

    it('with contact-email: that the help could not be shown, the school’s address, the portal; no developer text', async () => {
      const el = await mountTree('not json', { debug: null });
      await settled(el);
      const box = errorBox(el)!;
      expect(familyText(el)).to.equal(
        "Cette aide n'a pas pu être affichée. En attendant, écrivez à l'établissement : vie-scolaire@lycee.fr Le site de l'ENT : https://ent.iledefrance.fr",
      );
      expect(box.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(`mailto:${SCHOOL}`);
      expect(box.querySelector('a[href^="https:"]')!.getAttribute('href')).to.equal('https://ent.iledefrance.fr');
      expect(!!box.querySelector('[lang="en"]'), 'no English detail').to.equal(false);
      // The console and the page's script still hear what is wrong.
      expect(warnings).to.have.length(1);
      expect(refused.map((e) => [e.detail.attribute, e.detail.value])).to.deep.equal([['script', null]]);
      expect(refused[0]!.detail.reason).to.contain('cannot be used');
      await expect(el).to.be.accessible();
    });

    it('without contact-email: « ask your school » and the portal, no address (never another lycée’s)', async () => {
      const el = await mountTree(undefined, { 'contact-email': null, debug: null, src: '/test/fixtures/absent.json' });
      await settled(el);
      const box = errorBox(el)!;
      expect(familyText(el)).to.equal(
        "Cette aide n'a pas pu être affichée. En attendant, demandez de l'aide à votre établissement. Le site de l'ENT : https://ent.iledefrance.fr",
      );
      expect(!!box.querySelector('a[href^="mailto:"]'), 'no address').to.equal(false);
      expect(fold(box.textContent)).not.to.contain('campus.coulommiers');
      expect(warnings, 'the tree, and the missing address').to.have.length(2);
      expect(refused.map((e) => [e.detail.attribute, e.detail.value])).to.deep.equal([
        ['contact-email', null],
        ['src', '/test/fixtures/absent.json'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('a refused contact-email counts as none: the built-in address is not given instead', async () => {
      const el = await mountTree('not json', { 'contact-email': 'pas une adresse', debug: null });
      await settled(el);
      expect(familyText(el)).to.contain("En attendant, demandez de l'aide à votre établissement.");
      expect(fold(errorBox(el)!.textContent)).not.to.contain('campus.coulommiers');
    });

    it('the text the school wrote inside the element shows in the box; the snippet’s built-in procedure does not', async () => {
      const own = await mountTree(undefined, { src: '/test/fixtures/absent.json', debug: null });
      own.insertAdjacentHTML('beforeend', '<p>Un souci ? Passez au bureau de la vie scolaire.</p>');
      own.requestUpdate();
      await settled(own);
      await waitUntil(() => errorBox(own)?.querySelector('slot'), 'the school’s text');
      const p = own.querySelector('p')!;
      expect(errorBox(own)!.querySelector('slot')!.assignedElements()).to.deep.equal([p]);
      expect(p.getClientRects().length, 'on screen').to.be.greaterThan(0);
      await expect(own).to.be.accessible();
      // snippet.html's procedure is the built-in tree, another lycée's: its sections carry data-node.
      const snippet = await mountTree(undefined, { src: '/test/fixtures/absent.json', debug: null });
      snippet.insertAdjacentHTML(
        'beforeend',
        '<details data-node="cas-1"><summary>Cas 1</summary><p>campus.coulommiers@ac-creteil.fr</p></details>',
      );
      snippet.requestUpdate();
      await settled(snippet);
      expect(!!errorBox(snippet)!.querySelector('slot')).to.equal(false);
      expect(snippet.querySelector('details')!.getClientRects().length, 'not on screen').to.equal(0);
    });
  });

  it('a broken custom tree with debug: the English detail for the staff, in the same box', async () => {
    const el = await mountTree('not json', { 'contact-email': null });
    await settled(el);
    const detail = errorBox(el)!.querySelector('[lang="en"]');
    expect(fold(detail?.textContent)).to.match(
      /^the tree in the <script type="application\/json"> inside <ent-help> cannot be used: /,
    );
    expect(!!shadow(el).querySelector('[part="notice"][role="note"]'), 'and the missing address').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
