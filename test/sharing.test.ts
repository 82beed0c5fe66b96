import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EntHelp, EntHelpLinkCopyEvent } from '../src/ent-help.js';
import { expectSame, focused, fold, mount, parts, settle, shadow, captureWarnings } from './helpers.js';

const stepTitle = (el: EntHelp) => fold(shadow(el).getElementById('step-title')?.textContent);
const status = (el: EntHelp) => fold(shadow(el).querySelector('[role="status"]')?.textContent);
/** The sessionStorage key of the first widget of this page: its path and query. */
const key = () => `ent-help:${window.location.pathname}${window.location.search}`;
const base = () => window.location.origin + window.location.pathname + window.location.search;

/** Chooses an answer with the keyboard: focus on its button, then Enter. */
async function chooseByKey(el: EntHelp, next: string): Promise<void> {
  shadow(el).querySelector<HTMLElement>(`[data-next="${next}"]`)!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** Resolves after the next popstate (history.back() is asynchronous). */
async function goBack(): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.back();
  await popped;
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Records the widget's pushState and replaceState calls (history.length stops at 50 in browsers). */
function spyHistory(): { calls: string[]; stop: () => void } {
  const calls: string[] = [];
  const { pushState, replaceState } = window.history;
  window.history.pushState = (...args: Parameters<History['pushState']>) => {
    calls.push(`push ${String(args[2])}`);
    pushState.apply(window.history, args);
  };
  window.history.replaceState = (...args: Parameters<History['replaceState']>) => {
    calls.push(`replace ${String(args[2])}`);
    replaceState.apply(window.history, args);
  };
  return {
    calls,
    stop: () => {
      delete (window.history as Partial<History>).pushState;
      delete (window.history as Partial<History>).replaceState;
    },
  };
}

describe('<ent-help>', () => {
  const warnings = captureWarnings();

  describe('links to a node', () => {
    it('opens the node a #ent-help=<id> link names (stepper)', async () => {
      window.history.replaceState(null, '', '#ent-help=cas-2');
      const el = await mount();
      expect(el.node).to.equal('cas-2');
      expect(stepTitle(el)).to.contain('Cas 2');
      await expect(el).to.be.accessible();
    });

    it('opens that section and its parents, scrolled into view (accordion)', async () => {
      window.history.replaceState(null, '', '#ent-help=cas-2-mail-non-recu');
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.prepend(spacer);
      try {
        const el = await mount({ mode: 'accordion' });
        await settle(el);
        const root = shadow(el);
        expect(root.getElementById('trigger-connexion-impossible')!.getAttribute('aria-expanded')).to.equal('true');
        expect(root.getElementById('trigger-cas-2-mail-non-recu')!.getAttribute('aria-expanded')).to.equal('true');
        const rect = root.getElementById('section-cas-2-mail-non-recu')!.getBoundingClientRect();
        expect(rect.top).to.be.below(window.innerHeight);
        expect(rect.bottom).to.be.above(0);
        await expect(el).to.be.accessible();
      } finally {
        spacer.remove();
      }
    });

    it('adds a history entry per answer (pushState); Back steps back through the answers', async () => {
      const el = await mount();
      const spy = spyHistory();
      await chooseByKey(el, 'cas-2');
      expect(window.location.hash).to.equal('#ent-help=cas-2');
      await chooseByKey(el, 'cas-2-mail-non-recu');
      expect(window.location.hash).to.equal('#ent-help=cas-2-mail-non-recu');
      spy.stop();
      expect(spy.calls).to.deep.equal([`push ${base()}#ent-help=cas-2`, `push ${base()}#ent-help=cas-2-mail-non-recu`]);

      await goBack();
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expect(stepTitle(el)).to.contain('Cas 2');
      await goBack();
      await settle(el);
      expect(el.node).to.equal('accueil');
      expect(window.location.hash).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('stays where it is when an in-page link (#contenu, « haut de page ») changes the fragment', async () => {
      const el = await mount();
      await chooseByKey(el, 'cas-2');
      await chooseByKey(el, 'cas-2-mail-non-recu');
      for (const href of ['#contenu', '#']) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = 'lien';
        document.body.append(link);
        const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
        link.click();
        link.remove();
        await changed;
        await settle(el);
        expect(el.node, href).to.equal('cas-2-mail-non-recu');
        const stored = Object.keys(window.sessionStorage).map((k) => window.sessionStorage.getItem(k));
        expect(stored).to.deep.equal([JSON.stringify(['accueil', 'cas-2', 'cas-2-mail-non-recu'])]);
      }
      // Back through the host's entries and then the widget's own still steps back.
      await goBack();
      await goBack();
      await settle(el);
      expect(window.location.hash).to.equal('#ent-help=cas-2-mail-non-recu');
      expect(el.node).to.equal('cas-2-mail-non-recu');
      await goBack();
      await settle(el);
      expect(el.node).to.equal('cas-2');
      await goBack();
      await settle(el);
      expect(el.node).to.equal('accueil');
    });

    it('keeps the page’s history.state on the entries it adds', async () => {
      window.history.replaceState({ route: 'host' }, '', window.location.href);
      const el = await mount();
      await chooseByKey(el, 'cas-1');
      expect(window.history.state).to.deep.equal({ route: 'host' });
    });

    it('writes the start as no fragment at all (Recommencer after a link)', async () => {
      window.history.replaceState(null, '', '#ent-help=cas-3');
      const el = await mount();
      parts(el, 'restart-button')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('accueil');
      expect(window.location.href).to.equal(base());
      expect(focused(el)?.id).to.equal('step-title');
    });

    it('follows a link to another node on the same page (hashchange)', async () => {
      const el = await mount();
      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      window.location.hash = '#ent-help=cas-3';
      await changed;
      await settle(el);
      expect(el.node).to.equal('cas-3');
    });

    it('leaves the host page’s own fragment and history alone', async () => {
      window.history.replaceState(null, '', '#contenu');
      const el = await mount();
      const spy = spyHistory();
      await chooseByKey(el, 'cas-1');
      spy.stop();
      expect(el.node).to.equal('cas-1');
      expect(window.location.hash).to.equal('#contenu');
      expect(spy.calls).to.deep.equal([]);
    });

    it('ignores an unknown id in the fragment, with one warning', async () => {
      window.history.replaceState(null, '', '#ent-help=cas-99');
      const el = await mount();
      expect(el.node).to.equal('accueil');
      expect(warnings.map((w) => String(w[0])).join()).to.contain('#ent-help=cas-99');
    });

    for (const fragment of ['#ent-help=cas-99', '#ent-help=', '#ent-help=%E0%A4%A', '#ent-help=%']) {
      it(`a link to no node (${fragment}) shows the start with a notice in plain words and one warning, and leaves the URL clean`, async () => {
        window.sessionStorage.setItem(key(), '["accueil","cas-1"]');
        window.history.replaceState(null, '', fragment);
        const el = await mount();
        expect(el.node).to.equal('accueil');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('#ent-help=');
        // For whoever followed the link: no developer text (without debug as with it).
        expect(fold(parts(el, 'notice')[0]?.textContent)).to.equal('Ce lien ne mène à aucune étape de cette aide.');
        expect(parts(el, 'notice')[0]!.getAttribute('role')).to.equal('note');
        await expect(el).to.be.accessible();
        expect(window.location.href).to.equal(base());
        el.restart();
        await settle(el);
        expect(window.location.href).to.equal(base());
        // The notice goes with the next step.
        await chooseByKey(el, 'cas-3');
        expect(parts(el, 'notice')).to.have.length(0);
        expect(window.location.hash).to.equal('#ent-help=cas-3');
      });
    }

    it('offers no link to copy when the page’s fragment is a host route (#/page, #!/page)', async () => {
      for (const route of ['#/page', '#!/page']) {
        window.history.replaceState(null, '', route);
        const el = await mount();
        el.goTo('cas-1');
        await settle(el);
        expect(parts(el, 'copy-link-button'), route).to.have.length(0);
        expect(window.location.hash).to.equal(route);
        el.remove();
      }
    });

    it('history="replace" updates one entry in place', async () => {
      const el = await mount({ history: 'replace' });
      const spy = spyHistory();
      await chooseByKey(el, 'cas-1');
      spy.stop();
      expect(window.location.hash).to.equal('#ent-help=cas-1');
      expect(spy.calls).to.deep.equal([`replace ${base()}#ent-help=cas-1`]);
    });

    it('history="none" neither reads nor writes the URL, and offers no link to copy', async () => {
      window.history.replaceState(null, '', '#ent-help=cas-3');
      const el = await mount({ history: 'none' });
      expect(el.node).to.equal('accueil');
      window.history.replaceState(null, '', window.location.pathname);
      const spy = spyHistory();
      await chooseByKey(el, 'cas-1');
      spy.stop();
      expect(window.location.hash).to.equal('');
      expect(spy.calls).to.deep.equal([]);
      expect(parts(el, 'copy-link-button')).to.have.length(0);
    });

    it('with several instances, the first connected one without history="none" owns the fragment', async () => {
      window.history.replaceState(null, '', '#ent-help=cas-1');
      const off = await mount({ history: 'none' });
      const first = await mount();
      const second = await mount();
      expect(off.node).to.equal('accueil');
      expect(first.node).to.equal('cas-1');
      expect(second.node).to.equal('accueil');
      await chooseByKey(second, 'cas-3');
      expect(window.location.hash).to.equal('#ent-help=cas-1');
      second.goTo('cas-2');
      await settle(second);
      expect(parts(second, 'copy-link-button')).to.have.length(0);
      expect(parts(first, 'copy-link-button')).to.have.length(1);
      first.restart();
      await settle(first);
      expect(window.location.hash).to.equal('');
      first.remove();
      second.goTo('cas-1');
      await settle(second);
      expect(window.location.hash).to.equal('#ent-help=cas-1');
    });

    it('a widget put back after another took over the URL shows no « Copier le lien »', async () => {
      const first = await mount({ node: 'cas-1' });
      const second = await mount({ node: 'cas-3' });
      expect(parts(first, 'copy-link-button')).to.have.length(1);
      expect(parts(second, 'copy-link-button')).to.have.length(0);
      const parent = first.parentElement!;
      first.remove();
      second.requestUpdate();
      await settle(second);
      expect(parts(second, 'copy-link-button')).to.have.length(1);
      parent.append(first);
      await settle(first);
      expect(parts(first, 'copy-link-button')).to.have.length(0);
    });

    it('a removed instance no longer follows the URL, and the one that owns it now does', async () => {
      window.history.replaceState(null, '', window.location.pathname);
      const first = await mount();
      const second = await mount();
      /** A link to `id` is followed (hashchange), and `second` has rendered. */
      const follow = async (id: string) => {
        const changed = oneEvent(window, 'hashchange');
        window.location.hash = `#ent-help=${id}`;
        await changed;
        await settle(second);
      };
      first.remove();
      await follow('cas-3');
      expect(second.node).to.equal('cas-3');
      expect(first.node).to.equal('accueil');
      second.parentElement!.append(first);
      await settle(first);
      // Connected again, after the second: the second keeps the URL.
      await follow('cas-1');
      expect(second.node).to.equal('cas-1');
      expect(first.node).to.equal('accueil');
      window.history.replaceState(null, '', window.location.pathname);
    });
  });

  describe('copy the link to this step', () => {
    let restore: (() => void) | undefined;
    afterEach(() => {
      restore?.();
      restore = undefined;
    });

    /** Replaces navigator.clipboard (undefined: none at all) and document.execCommand for one test. */
    function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined, execCommand: () => boolean) {
      Object.defineProperty(navigator, 'clipboard', {
        value: writeText ? { writeText } : undefined,
        configurable: true,
      });
      const original = document.execCommand;
      document.execCommand = execCommand;
      restore = () => {
        delete (navigator as { clipboard?: unknown }).clipboard;
        document.execCommand = original;
      };
    }

    it('copies the link with the async clipboard, says so politely and fires ent-help-link-copy', async () => {
      let copied = '';
      stubClipboard(
        async (text) => {
          copied = text;
        },
        () => false,
      );
      const el = await mount();
      await chooseByKey(el, 'cas-1');
      const button = parts(el, 'copy-link-button')[0]!;
      expect(fold(button.textContent)).to.equal('Copier le lien vers cette étape');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      button.focus();
      const event = oneEvent(el, 'ent-help-link-copy') as Promise<EntHelpLinkCopyEvent>;
      await sendKeys({ press: 'Enter' });
      const { detail, bubbles, composed } = await event;
      await settle(el);
      expect(detail).to.deep.equal({ node: 'cas-1' });
      expect(bubbles && composed).to.equal(true);
      expect(copied).to.equal(`${base()}#ent-help=cas-1`);
      expect(status(el)).to.equal('Lien copié.');
      expectSame(focused(el), button);
      await expect(el).to.be.accessible();
    });

    it('falls back to a selection and execCommand without the async clipboard', async () => {
      let selected = '';
      stubClipboard(undefined, () => {
        selected = String(document.getSelection() ?? '') || (shadow(el).activeElement as HTMLTextAreaElement).value;
        return true;
      });
      const el = await mount({ node: 'cas-2' });
      const button = parts(el, 'copy-link-button')[0]!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(selected).to.equal(`${base()}#ent-help=cas-2`);
      expect(status(el)).to.equal('Lien copié.');
      expectSame(focused(el), button);
      expectSame(shadow(el).querySelector('textarea'), null);
    });

    it('never throws: when nothing can copy, it shows the link in a field to copy by hand', async () => {
      let fired = false;
      stubClipboard(
        () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
        () => {
          throw new Error('execCommand refused');
        },
      );
      const el = await mount({ node: 'cas-3' });
      el.addEventListener('ent-help-link-copy', () => (fired = true));
      parts(el, 'copy-link-button')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const field = parts(el, 'copy-link-fallback')[0] as HTMLInputElement;
      expect(field.value).to.equal(`${base()}#ent-help=cas-3`);
      expect(field.readOnly).to.equal(true);
      expect(status(el)).to.equal('Copie impossible : copiez le lien dans le champ ci-dessous.');
      expect(fired).to.equal(false);
      expect(parseFloat(getComputedStyle(field).fontSize)).to.be.at.least(16);
      await expect(el).to.be.accessible();
    });

    it('offers the button in the open section of the accordion', async () => {
      const el = await mount({ mode: 'accordion', node: 'cas-1' });
      const button = parts(el, 'copy-link-button')[0]!;
      expect(button.closest('#panel-cas-1')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('remembered progress', () => {
    it('restores the path after a reload in the same tab (sessionStorage)', async () => {
      const el = await mount({ history: 'none' });
      await chooseByKey(el, 'cas-2');
      await chooseByKey(el, 'cas-2-mail-non-recu');
      expect(JSON.parse(window.sessionStorage.getItem(key())!)).to.deep.equal([
        'accueil',
        'cas-2',
        'cas-2-mail-non-recu',
      ]);
      el.remove();
      const again = await mount({ history: 'none' });
      expect(again.node).to.equal('cas-2-mail-non-recu');
      expect(parts(again, 'trail')[0]!.querySelectorAll('button')).to.have.length(2);
      await expect(again).to.be.accessible();
    });

    it('a link to a node wins over the remembered path', async () => {
      window.sessionStorage.setItem(key(), '["accueil","cas-1"]');
      window.history.replaceState(null, '', '#ent-help=cas-3');
      const el = await mount();
      expect(el.node).to.equal('cas-3');
    });

    it('keeps one path per element id', async () => {
      window.sessionStorage.setItem(`${key()}#aide`, '["accueil","cas-1"]');
      const el = await mount({ id: 'aide', history: 'none' });
      const other = await mount({ history: 'none' });
      expect(el.node).to.equal('cas-1');
      expect(other.node).to.equal('accueil');
    });

    it('keeps one path per page query (spip.php?article12 vs ?article40) and per widget without id', async () => {
      const query = window.location.search;
      try {
        window.history.replaceState(null, '', `${window.location.pathname}?article12`);
        const first = await mount({ history: 'none' });
        const second = await mount({ history: 'none' });
        await chooseByKey(first, 'cas-1');
        await chooseByKey(second, 'cas-3');
        expect(window.sessionStorage.getItem(key())).to.equal('["accueil","cas-1"]');
        first.remove();
        second.remove();
        window.history.replaceState(null, '', `${window.location.pathname}?article40`);
        const other = await mount({ history: 'none' });
        expect(other.node).to.equal('accueil');
        other.remove();
        window.history.replaceState(null, '', `${window.location.pathname}?article12`);
        const again = await mount({ history: 'none' });
        const againSecond = await mount({ history: 'none' });
        expect([again.node, againSecond.node]).to.deep.equal(['cas-1', 'cas-3']);
      } finally {
        window.history.replaceState(null, '', `${window.location.pathname}${query}`);
      }
    });

    it('persist="none" set after navigating removes the stored path and ticks', async () => {
      const el = await mount({ history: 'none' });
      await chooseByKey(el, 'cas-2');
      expect(window.sessionStorage.getItem(key())).to.equal('["accueil","cas-2"]');
      shadow(el).querySelector<HTMLInputElement>('[part="step-checkbox"]')!.click();
      await settle(el);
      expect(window.sessionStorage.getItem(`${key()}:steps`)).to.not.equal(null);
      el.persist = 'none';
      await settle(el);
      expect(window.sessionStorage.length).to.equal(0);
    });

    it('persist="none" stores and restores nothing', async () => {
      window.sessionStorage.setItem(key(), '["accueil","cas-1"]');
      const el = await mount({ persist: 'none', history: 'none' });
      expect(el.node).to.equal('accueil');
      window.sessionStorage.clear();
      await chooseByKey(el, 'cas-3');
      expect(window.sessionStorage.length).to.equal(0);
    });

    it('ignores a stored path that is not a path of the tree', async () => {
      for (const stored of ['{', '"cas-1"', '["cas-1"]', '["accueil","cas-2-mail-non-recu"]', '["accueil",3]']) {
        window.sessionStorage.setItem(key(), stored);
        const el = await mount({ history: 'none' });
        expect(el.node, stored).to.equal('accueil');
        el.remove();
      }
    });

    it('never breaks when storage throws (sandboxed iframe, private browsing)', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('Denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('Full', 'QuotaExceededError');
      };
      try {
        const el = await mount({ history: 'none' });
        await chooseByKey(el, 'cas-1');
        expect(el.node).to.equal('cas-1');
        expect(stepTitle(el)).to.contain('Cas 1');
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
    });
  });
});
