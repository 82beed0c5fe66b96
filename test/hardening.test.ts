/**
 * What a hostile tester found (issue 15) and the element must now hold against: spoofed portal
 * links, invisible characters in addresses, custom trees too large or too deep to walk. Each test
 * was checked to fail without its fix.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EntHelp } from '../src/ent-help.js';
import { chain } from './fixtures/hostile-trees.js';
import { captureWarnings, expectSame, fold, mountTree as mountWith, mount, parts, shadow } from './helpers.js';

/** The staff's view (`debug`): these tests read what is wrong with a tree in its error box. */
const mountTree = (json: string | undefined, attrs: Record<string, string | null> = {}) =>
  mountWith(json, { debug: '', ...attrs });

/** The error box, once the widget has shown a tree or the error (never « Chargement… » for good). */
async function errorText(el: EntHelp): Promise<string> {
  await waitUntil(() => shadow(el).querySelector('#step-title, [role="alert"]'), 'a tree or an error', {
    timeout: 4000,
  });
  return fold(shadow(el).querySelector('[role="alert"]')?.textContent);
}

describe('<ent-help> against hostile values', () => {
  const warnings = captureWarnings();
  const warned = () => warnings.map((w) => String(w[0]));

  describe('addresses', () => {
    it('portal-url with a user name before "@" (reads as the ENT, goes elsewhere): refused, the warning says why', async () => {
      const el = await mount({ 'portal-url': 'https://ent.iledefrance.fr@evil.example/', node: 'cas-1' });
      const links = parts(el, 'link').map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://ent.iledefrance.fr']);
      expectSame(shadow(el).querySelector('a[href*="evil"]'), null);
      expect(warned()).to.deep.equal([
        '<ent-help>: portal-url="https://ent.iledefrance.fr@evil.example/" is refused: give an https:// address; this one has a user name before "@", so it leads to evil.example.',
      ]);
      // Said to the staff (console, event, `debug`), never shown to a family.
      expect(parts(el, 'notice')).to.have.length(0);
    });

    it('« Copier l’adresse » copies the default portal, not a refused one', async () => {
      const el = await mount({ 'portal-url': 'https://ent.iledefrance.fr@evil.example/', node: 'cas-1' });
      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        parts(el, 'copy-button')[0]!.click();
        await waitUntil(() => copied, 'copied');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (clipboard && !Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard'))
          Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      expect(copied).to.equal('https://ent.iledefrance.fr');
    });

    it('the portalUrl property is held to the same rule', async () => {
      const el = await mount({ node: 'cas-1' });
      el.portalUrl = 'https://ent.iledefrance.fr:x@evil.example/';
      await el.updateComplete;
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['https://ent.iledefrance.fr']);
      expect(warned()[0]).to.contain('so it leads to evil.example');
    });

    const emails: [string, string, string][] = [
      ['a right-to-left override', 'campus.coulommiers@ac-creteil.fr\u202E', 'invisible character (U+202E)'],
      ['a zero-width space', 'campus\u200B.coulommiers@ac-creteil.fr', 'invisible character (U+200B)'],
      ['a 5,000-character domain', `campus@${'a'.repeat(5000)}.fr`, 'part of its domain longer than 63 characters'],
      ['a 65-character local part', `${'a'.repeat(65)}@lycee.fr`, 'more than 64 octets before "@"'],
    ];
    for (const [what, value, why] of emails)
      it(`contact-email with ${what}: refused, the default kept, one warning saying why`, async () => {
        const el = await mount({ 'contact-email': value, node: 'autres-cas' });
        const mailtos = [...shadow(el).querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute('href'));
        expect(mailtos).to.include('mailto:campus.coulommiers@ac-creteil.fr');
        // The address link and « Écrire le message »: both to the default address.
        expect(mailtos.filter((href) => !/^mailto:campus\.coulommiers@ac-creteil\.fr(\?|$)/.test(href!))).to.deep.equal(
          [],
        );
        expect(warned()).to.have.length(1);
        expect(warned()[0]).to.contain('contact-email="').and.contain(why);
        expect(parts(el, 'notice')).to.have.length(0);
      });

    it('a portal-url with a bidi override: refused', async () => {
      const el = await mount({ 'portal-url': 'https://ent.iledefrance.fr/\u202Eexe.lave', node: 'cas-1' });
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['https://ent.iledefrance.fr']);
      expect(warned()[0]).to.contain('invisible character (U+202E)');
    });

    it('a tree src with a user name before "@": refused, never requested', async () => {
      performance.clearResourceTimings();
      const el = await mountTree(undefined, { src: `https://${location.host}@evil.example/tree.json` });
      expect(await errorText(el)).to.contain('this one has a user name before "@", so it leads to evil.example');
      expect(warned()).to.have.length(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('evil'))).to.deep.equal([]);
    });
  });

  describe('custom-tree limits', () => {
    it('a 10,000-node chain: the error box and one warning, not « Chargement… » for ever', async () => {
      const el = await mountTree(JSON.stringify(chain(10_000)));
      const text = await errorText(el);
      expect(text).to.contain('characters long; at most 262144 (256 KB) are read');
      expect(warned()).to.have.length(1);
    });

    it('a tree of 87,000 empty nodes (just under 256 KB): the error box and one short warning, without freezing the page', async () => {
      // ajv added each node's errors to those found before by copying them all (Array#concat): minutes
      // of a frozen page for 435,000 errors; wording them all took seconds and a warning of 26 MB.
      const json = `{"title":"T","start":"a","nodes":[${Array(87_000).fill('{}').join(',')}]}`;
      const start = performance.now();
      const el = await mountTree(json);
      const text = await errorText(el);
      expect(performance.now() - start, 'ms until the error box').to.be.below(3000);
      expect(text).to.contain('nodes must NOT have more than 500 items');
      expect(text).to.contain(`node "nodes[0]": must have required property 'id'`);
      expect(warned()).to.have.length(1);
      expect(warned()[0]!.split('\n').length, 'lines of the warning').to.be.below(110);
    });

    it('a page whose old script added an enumerable method to Object.prototype: a valid tree is still shown, not « unknown field »', async () => {
      const json = JSON.stringify(chain(2));
      const el = document.createElement('ent-help');
      el.setAttribute('contact-email', 'vie-scolaire@lycee.fr');
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: json }));
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      // What some old libraries did (`Object.prototype.extend = function () {…}`): enumerable, seen by for…in.
      // Only while the element reads its inline tree (on connection), so the test runner is spared.
      (Object.prototype as Record<string, unknown>)['extend'] = () => undefined;
      try {
        wrapper.append(el);
      } finally {
        delete (Object.prototype as Record<string, unknown>)['extend'];
      }
      await waitUntil(() => shadow(el).querySelector('#step-title, [role="alert"]'), 'a tree or an error');
      expect(fold(shadow(el).querySelector('[role="alert"]')?.textContent)).to.equal('');
      expect(fold(shadow(el).getElementById('step-title')?.textContent)).to.equal('Question 0');
      expect(warned()).to.deep.equal([]);
    });

    it('an inline tree over 256 KB is refused before it is parsed', async () => {
      const json = JSON.stringify(chain(3, () => 'x'.repeat(90_000)));
      const parse = JSON.parse;
      let parsed = 0;
      JSON.parse = ((text: string, ...rest: []) => {
        if (text === json) parsed++;
        return parse(text, ...rest);
      }) as typeof JSON.parse;
      let el: EntHelp;
      try {
        el = await mountTree(json);
      } finally {
        JSON.parse = parse;
      }
      expect(await errorText(el)).to.contain(`it is ${json.length} characters long; at most 262144 (256 KB) are read`);
      expect(parsed).to.equal(0);
      expect(warned()).to.have.length(1);
    });

    it('a fetched tree over 256 KB: the same error, one warning', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(chain(3, () => 'x'.repeat(90_000)))]));
      try {
        const el = await mountTree(undefined, { src: url });
        expect(await errorText(el)).to.match(/src="blob:.*" cannot be used: it is \d+ characters long; at most 262144/);
        expect(warned()).to.have.length(1);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    for (const [what, tree, why] of [
      ['600 nodes', chain(600, () => 'q'), 'nodes must NOT have more than 500 items'],
      ['a path of 40 nodes', chain(40), 'the longest path from the start has 40 nodes; at most 32'],
    ] as const)
      it(`a tree with ${what}: refused with a readable error`, async () => {
        const el = await mountTree(JSON.stringify(tree));
        expect(await errorText(el)).to.contain(why);
        expect(warned()).to.have.length(1);
      });

    it('a tree at the depth limit (32) is shown, in both modes', async () => {
      const el = await mountTree(JSON.stringify(chain(32)), { node: 'n31' });
      await waitUntil(() => shadow(el).querySelector('#step-title'), 'the stepper');
      expect(fold(shadow(el).getElementById('step-title')!.textContent)).to.equal('Question 31');
      el.mode = 'accordion';
      await el.updateComplete;
      expect(parts(el, 'section')).to.have.length(31);
      expect(warned()).to.deep.equal([]);
    });
  });

  describe('on the page', () => {
    /** The accessible name of the widget's landmark, as the ARIA name computation gives it. */
    const landmarkName = (el: EntHelp) => {
      const base = shadow(el).querySelector('.base')!;
      return (
        base.getAttribute('aria-label') ??
        fold(
          (base.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => shadow(el).getElementById(id)?.textContent ?? '')
            .join(' '),
        )
      );
    };
    const isLandmark = (el: EntHelp) => {
      const base = shadow(el).querySelector('.base')!;
      const role = base.getAttribute('role') ?? (base.localName === 'section' ? 'region' : 'generic');
      return role === 'region' && landmarkName(el) !== '';
    };

    it('two widgets are two landmarks with distinct names, numbered (axe landmark-unique)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <ent-help history="none"></ent-help>
          <ent-help history="none" mode="accordion"></ent-help>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('ent-help')] as EntHelp[];
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      expect(isLandmark(a!) && isLandmark(b!)).to.equal(true);
      expect(landmarkName(a!)).to.not.equal(landmarkName(b!));
      expect(landmarkName(b!)).to.match(/ENT.*2/);
      await expect(wrapper).to.be.accessible();
      // One left alone: its name is the title again.
      b!.remove();
      await a!.updateComplete;
      expect(landmarkName(a!)).to.equal(fold(shadow(a!).getElementById('title')!.textContent));
    });

    it('a host aria-label names the landmark', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <ent-help history="none" aria-label="Aide ENT pour les élèves"></ent-help>
          <ent-help history="none" aria-label="Aide ENT pour les parents"></ent-help>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('ent-help')] as EntHelp[];
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      expect([landmarkName(a!), landmarkName(b!)]).to.deep.equal([
        'Aide ENT pour les élèves',
        'Aide ENT pour les parents',
      ]);
      await expect(wrapper).to.be.accessible();
    });

    it('a host aria-labelledby names the landmark with the text it points to', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <h2 id="aide-eleves">Aide pour les élèves</h2>
          <ent-help history="none" aria-labelledby="aide-eleves"></ent-help>
          <ent-help history="none"></ent-help>
        </div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('ent-help')] as EntHelp[];
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      expect(landmarkName(a!)).to.equal('Aide pour les élèves');
      expect(landmarkName(b!)).to.not.equal(landmarkName(a!));
      await expect(wrapper).to.be.accessible();
    });

    it('`* { box-sizing: content-box !important }` on the page at 390 px: the answers stay inside the card', async () => {
      const style = document.createElement('style');
      style.textContent = '* { box-sizing: content-box !important; }';
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 390px"></div>`);
        const el = document.createElement('ent-help') as EntHelp;
        el.setAttribute('history', 'none');
        wrapper.append(el);
        await el.updateComplete;
        const card = parts(el, 'step')[0]!.getBoundingClientRect();
        expect(parts(el, 'choice')).to.have.length.above(1);
        for (const choice of parts(el, 'choice')) {
          const box = choice.getBoundingClientRect();
          expect(box.right, 'answer inside the card').to.be.at.most(card.right + 0.5);
        }
        expect(el.getBoundingClientRect().width).to.be.at.most(390.5);
        const base = shadow(el).querySelector('.base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      } finally {
        style.remove();
      }
    });

    it('history="push": only a person’s own navigation adds a history entry; node and goTo() replace it', async () => {
      const el = await mount({ history: 'push' });
      // Calls counted, not history.length: browsers stop it at 50.
      const calls: string[] = [];
      const { pushState, replaceState } = window.history;
      window.history.pushState = (...args: Parameters<History['pushState']>) => {
        calls.push('push');
        pushState.apply(window.history, args);
      };
      window.history.replaceState = (...args: Parameters<History['replaceState']>) => {
        calls.push('replace');
        replaceState.apply(window.history, args);
      };
      try {
        const before = 0;
        const pushes = () => calls.filter((c) => c === 'push').length;
        for (const id of ['cas-1', 'cas-2', 'cas-3', 'autres-cas', 'cas-2-mail-non-recu']) {
          el.node = id;
          await el.updateComplete;
        }
        el.setAttribute('node', 'cas-1');
        await el.updateComplete;
        el.goTo('cas-3');
        el.back();
        el.restart();
        await el.updateComplete;
        expect(pushes(), 'changes by code').to.equal(before);
        expect(location.hash).to.equal('');
        el.goTo('cas-2');
        await el.updateComplete;
        expect(location.hash, 'the URL still follows').to.equal('#ent-help=cas-2');
        expect(pushes()).to.equal(before);
        // A person's answer pushes.
        const next = shadow(el).querySelector<HTMLElement>('[part~="choice"]')!;
        next.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(location.hash).to.equal('#ent-help=cas-2-mail-non-recu');
        expect(pushes(), 'an answer').to.equal(before + 1);
      } finally {
        delete (window.history as Partial<History>).pushState;
        delete (window.history as Partial<History>).replaceState;
      }
    });

    for (const [what, wrap] of [
      ['a closed details element', (inner: string) => `<details><summary>Aide ENT</summary>${inner}</details>`],
      ['an until-found hidden block', (inner: string) => `<div hidden="until-found">${inner}</div>`],
      [
        'a <details> inside a closed <details>',
        (inner: string) =>
          `<details><summary>Aide</summary><p>…</p><details><summary>ENT</summary>${inner}</details></details>`,
      ],
    ] as const)
      it(`a link to a node of a widget inside ${what} opens what hides it and scrolls the widget into view`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<div style="height: 3000px"></div>${wrap('<ent-help></ent-help>')}`;
        const el = wrapper.querySelector('ent-help') as EntHelp;
        await el.updateComplete;
        window.location.hash = '#ent-help=cas-2';
        await waitUntil(() => el.node === 'cas-2', 'the node of the link');
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (const details of wrapper.querySelectorAll('details'))
          expect(details.open, 'details opened').to.equal(true);
        // Counted, not compared to null: a failing comparison would make the runner serialize an element.
        expect(wrapper.querySelectorAll('[hidden]').length, 'hidden="until-found" revealed').to.equal(0);
        const box = el.getBoundingClientRect();
        expect(box.height).to.be.above(100);
        expect(box.top, 'scrolled into view').to.be.within(-1, window.innerHeight - 1);
        window.scrollTo(0, 0);
      });
  });

  describe('accordion depth', () => {
    it('a chain at the depth limit, opened to its end at 320 px: indentation stops growing, nothing overflows', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('ent-help') as EntHelp;
      for (const [name, value] of Object.entries({ mode: 'accordion', history: 'none', node: 'n31' }))
        el.setAttribute(name, value);
      el.setAttribute('contact-email', 'vie-scolaire@lycee.fr');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(chain(32, (i) => `Question numéro ${i} de la chaîne`));
      el.append(script);
      wrapper.append(el);
      await el.updateComplete;
      const deepest = shadow(el).getElementById('trigger-n31')!;
      expect(deepest.getAttribute('aria-expanded')).to.equal('true');
      const base = shadow(el).querySelector('.base')!;
      expect(base.scrollWidth, 'no sideways scroll').to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320.5);
      // The deepest case keeps most of the width for its text: the indentation stopped after a few levels.
      expect(deepest.getBoundingClientRect().width).to.be.at.least(base.clientWidth * 0.6);
    });
  });
});

describe('<ent-help>: a tree’s lang and the page’s lang (round 5)', () => {
  const warnings = captureWarnings();
  let example: { lang?: string; nodes: { id: string; kind: string; title?: string }[] };
  before(async () => {
    example = (await (await fetch('/test/fixtures/tree.custom.json')).json()) as typeof example;
  });
  const body = (el: EntHelp) =>
    decodeURIComponent(parts(el, 'message-mail-button')[0]!.getAttribute('href')!.split('body=')[1]!);
  const isolates = /[\u2066-\u2069]/;

  it('a tree in "fr-FR" (or "FR") on a French page is French: no mark, no isolate in the copied message', async () => {
    for (const lang of ['fr-FR', 'FR']) {
      const el = await mountWith(JSON.stringify({ ...example, lang }), {
        lang: 'fr',
        node: 'sans-identifiants',
        history: 'none',
      });
      await waitUntil(() => parts(el, 'message-mail-button').length, 'the message');
      expect(shadow(el).querySelector('#step-title [lang]')?.outerHTML, `${lang}: French in French, unmarked`).to.equal(
        undefined,
      );
      expect(body(el), lang).to.contain('Page de l’aide : « Sans identifiants »');
      expect(body(el), `${lang}: no isolate in a French message`).to.not.match(isolates);
      el.remove();
    }
    expect(warnings).to.deep.equal([]);
  });

  it('a tree text with its own bidi controls cannot end the message’s isolates early nor reorder its line', async () => {
    const nodes = example.nodes.map((n) =>
      n.kind === 'question' ? { ...n, title: 'Avez-vous\u2069 reçu \u202evos identifiants ?\u2066' } : n,
    );
    const el = await mountWith(JSON.stringify({ ...example, lang: 'fr', nodes }), {
      lang: 'ar',
      node: 'sans-identifiants',
      history: 'none',
    });
    await waitUntil(() => parts(el, 'message-mail-button').length, 'the message');
    await waitUntil(() => shadow(el).querySelector('.base')?.getAttribute('lang') === 'ar', 'Arabic');
    // The Arabic part's line: the whole question in one isolate; no override left to reverse « — Non ».
    expect(body(el)).to.contain('- \u2066Avez-vous reçu vos identifiants ?\u2069 — \u2066Non\u2069');
    expect(body(el)).to.not.match(/[\u202a-\u202e]/);
    const spans = [...parts(el, 'message-text')[0]!.querySelectorAll('span[lang="fr"]:not(.french)')];
    expect(spans.map((s) => s.textContent)).to.include('\u2066Avez-vous reçu vos identifiants ?\u2069');
  });
});
