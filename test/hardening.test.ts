/**
 * What a hostile tester found (issue 15) and the element must now hold against: spoofed portal
 * links, invisible characters in addresses, custom trees too large or too deep to walk. Each test
 * was checked to fail without its fix.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EntHelp } from '../src/ent-help.js';
import { chain } from './fixtures/hostile-trees.js';
import { captureWarnings, fold, mount, parts, shadow } from './helpers.js';

/** An <ent-help> with `json` as its child script (when given) and these attributes. */
async function mountTree(json: string | undefined, attrs: Record<string, string> = {}): Promise<EntHelp> {
  const el = document.createElement('ent-help');
  for (const [name, value] of Object.entries({ 'contact-email': 'vie-scolaire@lycee.fr', ...attrs }))
    el.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

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
      expect(shadow(el).querySelector('a[href*="evil"]')).to.equal(null);
      expect(warned()).to.deep.equal([
        '<ent-help>: portal-url="https://ent.iledefrance.fr@evil.example/" is refused: give an https:// address; this one has a user name before "@", so it leads to evil.example.',
      ]);
      expect(parts(el, 'notice')).to.have.length(1);
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
        expect(parts(el, 'notice')).to.have.length(1);
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
});
