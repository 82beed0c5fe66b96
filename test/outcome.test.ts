import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EntHelp, EntHelpMessageEvent } from '../src/ent-help.js';
import {
  backgroundOf,
  contrast,
  ENGINE,
  fold,
  focused,
  mount,
  parts,
  settle,
  shadow,
  skipBecause,
  visibleText,
} from './helpers.js';

const status = (el: EntHelp) => fold(shadow(el).querySelector('[role="status"]')?.textContent);

/** Focuses a control and presses a key, as a keyboard user does. */
async function press(el: EntHelp, control: HTMLElement, key = 'Enter'): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await settle(el);
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** Replaces navigator.clipboard (undefined: none at all), document.execCommand and window.print for one test. */
function stub(writeText: ((text: string) => Promise<void>) | undefined, execCommand: () => boolean, print = () => {}) {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
  const originals = { execCommand: document.execCommand, print: window.print };
  document.execCommand = execCommand;
  window.print = print;
  restore = () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    document.execCommand = originals.execCommand;
    window.print = originals.print;
  };
}

describe('<ent-help>', () => {
  describe('ready-to-send message', () => {
    for (const mode of ['stepper', 'accordion']) {
      it(`${mode}: at « Autres cas », « Écrire le message » is a mailto: link to the lycée with the answers`, async () => {
        const el = await mount({ node: 'autres-cas', mode, history: 'none', 'contact-email': 'vie.scolaire@lycee.fr' });
        const [box] = parts(el, 'message');
        expect(box!.getAttribute('role')).to.equal('group');
        const link = parts(el, 'message-mail-button')[0] as HTMLAnchorElement;
        expect(link.localName).to.equal('a');
        expect(fold(link.textContent)).to.equal('Écrire le message');
        expect(link.getBoundingClientRect().height).to.be.at.least(44);
        const url = new URL(link.href);
        expect(url.protocol).to.equal('mailto:');
        expect(url.pathname).to.equal('vie.scolaire@lycee.fr');
        const body = new URLSearchParams(url.search).get('body')!;
        expect(body).to.contain('Que se passe-t-il ? — Je suis connecté(e), mais quelque chose ne va pas');
        expect(body).to.contain('Page de l’aide : « Autres Cas »');
        expect(body).to.contain('Nom : \r\nPrénom : \r\nClasse : ');
        expect(new URLSearchParams(url.search).get('subject')).to.equal(
          'Accès à l’ENT : connecté(e), mais quelque chose ne va pas',
        );
        // The professeur principal has no address: the message can also be printed and handed over.
        expect(parts(el, 'message-print-button')).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('at Cas 3 (the professeur principal, no address): no mailto, the text to copy or print', async () => {
      const el = await mount({ node: 'cas-3', history: 'none' });
      expect(parts(el, 'message-mail-button')).to.have.length(0);
      expect(parts(el, 'message-copy-button').map((b) => fold(b.textContent))).to.deep.equal(['Copier le message']);
      expect(parts(el, 'message-print-button').map((b) => fold(b.textContent))).to.deep.equal(['Imprimer le message']);
      const summary = shadow(el).querySelector<HTMLElement>('[part="message"] summary')!;
      await press(el, summary);
      const text = parts(el, 'message-text')[0]!;
      expect(text.getBoundingClientRect().height).to.be.above(100);
      expect(text.textContent).to.contain('Page de l’aide : « Cas 3 : ');
      // The FAQ's screenshots advice is for the sender: beside the message, not in it.
      expect(text.textContent).to.not.contain("N'hésitez pas à joindre des copies d'écran");
      await expect(el).to.be.accessible();
    });

    for (const node of ['accueil', 'cas-1', 'cas-2']) {
      it(`offers no message at ${node}, where the source says to write to no one`, async () => {
        const el = await mount({ node, history: 'none' });
        expect(parts(el, 'message')).to.have.length(0);
      });
    }

    it('is in the locale shown', async () => {
      const el = await mount({ node: 'cas-3', history: 'none', lang: 'en' });
      await settle(el);
      expect(fold(parts(el, 'message-copy-button')[0]!.textContent)).to.equal('Copy the message');
      expect(parts(el, 'message-text')[0]!.textContent).to.contain('Last name:');
      el.remove();
      document.documentElement.removeAttribute('lang');
      const again = await mount({ node: 'cas-3', history: 'none', lang: 'fr' });
      await settle(again);
    });

    const hints = (el: EntHelp) => fold(parts(el, 'message')[0]!.querySelector('.hint')?.textContent);
    const inFrench: Record<string, { hint: string; hello: string; line: string; blank: string }> = {
      en: {
        hint: 'It is in French first, for the school, then in your language.',
        hello: 'Hello,',
        line: 'The same message, in my language:',
        blank: 'Last name:',
      },
      pt: {
        hint: 'Está primeiro em francês, para a escola, e depois na sua língua.',
        hello: 'Bom dia,',
        line: 'A mesma mensagem, na minha língua:',
        blank: 'Apelido:',
      },
      ar: {
        hint: 'وهي أولًا بالفرنسية للمؤسسة، ثم بلغتكم.',
        hello: 'مرحبًا،',
        line: 'الرسالة نفسها بلغتي:',
        blank: 'اسم العائلة:',
      },
    };
    for (const [lang, words] of Object.entries(inFrench)) {
      it(`in ${lang}: the message copied and in the mailto: is in French first, for the lycée, then in ${lang}; the screen says so`, async () => {
        let copied = '';
        stub(
          async (text) => {
            copied = text;
          },
          () => false,
        );
        const el = await mount({ node: 'autres-cas', history: 'none', lang });
        await settle(el);
        await waitUntil(() => hints(el).includes(words.hint), `the hint in ${lang}`);
        const url = new URL((parts(el, 'message-mail-button')[0] as HTMLAnchorElement).href);
        const body = new URLSearchParams(url.search).get('body')!.replace(/\r\n/g, '\n');
        expect(new URLSearchParams(url.search).get('subject')).to.equal(
          'Accès à l’ENT : connecté(e), mais quelque chose ne va pas',
        );
        await press(el, parts(el, 'message-copy-button')[0]!);
        await settle(el);
        for (const text of [copied, body]) {
          const [french, own] = text.split('\n----------\n');
          expect(french!.startsWith('Bonjour,\n'), french).to.equal(true);
          expect(french).to.contain('- Que se passe-t-il ? — Je suis connecté(e), mais quelque chose ne va pas');
          expect(french).to.contain('Page de l’aide : « Autres Cas »');
          expect(french).to.contain('Ce qu’affiche l’écran : ');
          expect(french).to.not.contain("N'hésitez pas à joindre des copies d'écran");
          expect(french).to.match(/Date : \d+ [a-zéû]+ \d{4}/);
          expect(own!.split('\n').slice(0, 4)).to.deep.equal([
            'Le même message, dans ma langue :',
            words.line,
            '',
            words.hello,
          ]);
          expect(own).to.contain(words.blank);
          expect(own).not.to.contain('Bonjour');
        }
        expect(copied).to.equal(body);
        // On screen: the French start marked French, left to right, then the person's language.
        const shown = parts(el, 'message-text')[0]!;
        expect(shown.textContent).to.equal(copied);
        const start = shown.querySelector('[lang="fr"]')!;
        expect(start.getAttribute('dir')).to.equal('ltr');
        expect(start.textContent!.startsWith('Bonjour,')).to.equal(true);
        expect(hints(el)).to.contain(words.hint);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }

    it('in French, the message is in French only, as before', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await mount({ node: 'autres-cas', history: 'none', lang: 'fr' });
      await settle(el);
      await waitUntil(() => hints(el).startsWith('Il reprend vos réponses'), 'the French hint');
      const text = parts(el, 'message-text')[0]!.textContent!;
      expect(text.startsWith('Bonjour,\n')).to.equal(true);
      expect(text).not.to.contain('----------');
      expect(text).not.to.contain('dans ma langue');
      expect(hints(el)).not.to.contain('d’abord en français');
    });

    it('copies the message politely and fires ent-help-message (ids only)', async () => {
      let copied = '';
      stub(
        async (text) => {
          copied = text;
        },
        () => false,
      );
      const el = await mount({ node: 'cas-2-mail-non-recu-parent', history: 'none' });
      const button = parts(el, 'message-copy-button')[0]!;
      const event = oneEvent(el, 'ent-help-message') as Promise<EntHelpMessageEvent>;
      await press(el, button);
      const { detail, bubbles, composed } = await event;
      await settle(el);
      expect(detail).to.deep.equal({ node: 'cas-2-mail-non-recu-parent', action: 'copy' });
      expect(bubbles && composed).to.equal(true);
      expect(copied).to.equal(parts(el, 'message-text')[0]!.textContent);
      expect(copied).to.contain('Une adresse e-mail valide : ');
      expect(status(el)).to.equal('Message copié.');
      expect(visibleText(parts(el, 'message')[0]!)).to.contain('Message copié.');
      expect(focused(el)?.getAttribute('part')).to.equal('message-copy-button');
    });

    it('never throws when nothing can copy: says so politely and shows the text to select', async () => {
      let fired = false;
      stub(
        () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
        () => {
          throw new Error('execCommand refused');
        },
      );
      const el = await mount({ node: 'cas-3', history: 'none' });
      el.addEventListener('ent-help-message', () => (fired = true));
      expect(parts(el, 'message-text')[0]!.checkVisibility(), 'the text, folded at first').to.equal(false);
      await press(el, parts(el, 'message-copy-button')[0]!);
      expect(status(el)).to.equal('Copie impossible : sélectionnez le texte et copiez-le.');
      expect(fired).to.equal(false);
      expect(parts(el, 'message-text')[0]!.checkVisibility(), 'the text, shown to be selected').to.equal(true);
    });

    it('« Imprimer le message » prints the message alone, then the widget is back', async () => {
      let printed = '';
      stub(
        undefined,
        () => false,
        () => {
          window.dispatchEvent(new Event('beforeprint'));
          printed = visibleText(shadow(el));
          window.dispatchEvent(new Event('afterprint'));
        },
      );
      const el = await mount({ node: 'cas-3', history: 'none' });
      const event = oneEvent(el, 'ent-help-message') as Promise<EntHelpMessageEvent>;
      await press(el, parts(el, 'message-print-button')[0]!);
      expect((await event).detail).to.deep.equal({ node: 'cas-3', action: 'print' });
      expect(printed).to.contain('Page de l’aide : « Cas 3 : ');
      expect(printed).to.not.contain('Problème résolu');
      await settle(el);
      expect(parts(el, 'message-print-button')).to.have.length(1);
    });

    it('« Non » at the end of the road (« Autres Cas ») leads to the message', async () => {
      const el = await mount({ node: 'autres-cas', history: 'none' });
      const no = parts(el, 'resolved-button').find((b) => fold(b.textContent) === 'Non')!;
      await press(el, no);
      const next = parts(el, 'resolved')[0]!.querySelector<HTMLElement>('button.choice')!;
      expect(fold(next.textContent)).to.equal('Message prêt à envoyer');
      await press(el, next);
      expect(focused(el)?.id).to.equal('message-title');
    });
  });

  describe('hover', () => {
    afterEach(() => resetMouse());

    it('« Écrire le message » keeps its text readable under the pointer', async function () {
      if (ENGINE !== 'chromium') skipBecause(this, 'mouse moves are sent over CDP only here');
      const el = await mount({ node: 'autres-cas', history: 'none' });
      const button = parts(el, 'message-mail-button')[0]!;
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
      expect(button.matches(':hover')).to.equal(true);
      expect(contrast(getComputedStyle(button).color, backgroundOf(button))).to.be.at.least(4.5);
    });
  });

  describe('copy buttons', () => {
    it('copies the portal address from its step and the contact address from the contacts', async () => {
      const copied: string[] = [];
      stub(
        async (text) => {
          copied.push(text);
        },
        () => false,
      );
      const el = await mount({ node: 'cas-1', history: 'none', 'portal-url': 'https://ent.example.fr' });
      const [portal] = parts(el, 'copy-button');
      expect(fold(portal!.textContent)).to.equal('Copier l’adresse');
      expect(portal!.getBoundingClientRect().height).to.be.at.least(44);
      await press(el, portal!);
      expect(status(el)).to.equal('Adresse copiée.');
      el.goTo('autres-cas');
      await settle(el);
      // Autres Cas: its portal step (« pas à l'ENT 77 ! »), then the contacts.
      await press(el, parts(el, 'copy-button').at(-1)!);
      expect(copied).to.deep.equal(['https://ent.example.fr', 'campus.coulommiers@ac-creteil.fr']);
      await expect(el).to.be.accessible();
    });

    it('falls back to a selection without the async clipboard', async () => {
      let selected = '';
      stub(undefined, () => {
        selected = (shadow(el).activeElement as HTMLTextAreaElement | null)?.value ?? String(document.getSelection());
        return true;
      });
      const el = await mount({ node: 'cas-2', history: 'none' });
      await press(el, parts(el, 'copy-button')[0]!);
      expect(selected).to.equal('https://ent.iledefrance.fr');
      expect(status(el)).to.equal('Adresse copiée.');
      expect(focused(el)?.getAttribute('part')).to.equal('copy-button');
    });
  });

  describe('print this procedure', () => {
    for (const mode of ['stepper', 'accordion']) {
      it(`${mode}: « Imprimer cette procédure » at an outcome calls print, and survives a refused print`, async () => {
        let calls = 0;
        stub(
          undefined,
          () => false,
          () => {
            calls++;
            throw new DOMException('Blocked', 'SecurityError');
          },
        );
        const el = await mount({ node: 'cas-1', mode, history: 'none' });
        const [button] = parts(el, 'print-button');
        expect(fold(button!.textContent)).to.equal('Imprimer cette procédure');
        await press(el, button!);
        expect(calls).to.equal(1);
        expect(focused(el)?.getAttribute('part')).to.equal('print-button');
      });
    }

    it('the printed procedure writes the path, the outcome, the URLs and addresses out, without controls', async () => {
      const el = await mount({ history: 'none' });
      el.goTo('cas-2-mail-non-recu-parent');
      await settle(el);
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const text = visibleText(shadow(el));
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(text).to.contain('Vos réponses :');
      expect(text).to.contain('campus.coulommiers@ac-creteil.fr');
      expect(text).to.not.contain('Imprimer');
      expect(text).to.not.contain('Copier');
    });

    it('one widget that fails at beforeprint does not keep the others from their print view', async () => {
      const broken = await mount({ history: 'none' });
      const other = await mount({ history: 'none', node: 'cas-1' });
      // A widget whose shadow root throws when printing begins (where focus is, read at beforeprint).
      Object.defineProperty(shadow(broken), 'activeElement', {
        get() {
          throw new Error('broken widget');
        },
      });
      const reported: unknown[] = [];
      const onerror = window.onerror;
      window.onerror = (message) => (reported.push(message), true);
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await settle(other);
        expect(parts(other, 'print-button'), 'the other widget shows its print view').to.have.length(0);
        expect(visibleText(shadow(other))).to.contain('Vos réponses :');
        await new Promise((resolve) => setTimeout(resolve));
        expect(String(reported[0]), 'the failure is still reported').to.contain('broken widget');
      } finally {
        window.onerror = onerror;
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it('a widget removed while printing is interactive again when put back', async () => {
      const el = await mount({ history: 'none', node: 'cas-1' });
      const parent = el.parentElement!;
      window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      expect(parts(el, 'print-button')).to.have.length(0);
      el.remove();
      window.dispatchEvent(new Event('afterprint'));
      parent.append(el);
      await settle(el);
      expect(parts(el, 'print-button')).to.have.length(1);
      expect(parts(el, 'back-button')).to.have.length(1);
    });
  });

  describe('checklist', () => {
    it('ticks steps with native checkboxes labelled by the step, announced « Étape 3 sur 5 faite »', async () => {
      const el = await mount({ node: 'cas-1', history: 'none' });
      const boxes = parts(el, 'step-checkbox') as HTMLInputElement[];
      expect(boxes).to.have.length(5);
      expect(boxes.every((b) => b.type === 'checkbox')).to.equal(true);
      expect(fold(boxes[2]!.labels![0]!.textContent)).to.equal('Modifiez votre mot de passe et mémorisez-le !');
      expect(boxes[2]!.closest('label')!.getBoundingClientRect().height).to.be.at.least(24);
      await press(el, boxes[2]!, ' ');
      expect(boxes[2]!.checked).to.equal(true);
      expect(status(el)).to.equal('Étape 3 sur 5 faite');
      await press(el, boxes[2]!, ' ');
      expect(boxes[2]!.checked).to.equal(false);
      expect(status(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('remembers ticks after a reload in the same tab, and forgets them on restart', async () => {
      const el = await mount({ history: 'none' });
      el.goTo('cas-2');
      await settle(el);
      await press(el, parts(el, 'step-checkbox')[1]!, ' ');
      el.remove();
      const again = await mount({ history: 'none' });
      expect(again.node).to.equal('cas-2');
      expect((parts(again, 'step-checkbox') as HTMLInputElement[]).map((b) => b.checked)).to.deep.equal([false, true]);
      again.restart();
      await settle(again);
      again.goTo('cas-2');
      await settle(again);
      expect((parts(again, 'step-checkbox') as HTMLInputElement[]).some((b) => b.checked)).to.equal(false);
    });

    it('keeps ticks through Back and through closing the case in the accordion; the « Recommencer » button forgets them', async () => {
      const el = await mount({ history: 'none' });
      el.goTo('cas-1');
      await settle(el);
      await press(el, parts(el, 'step-checkbox')[0]!, ' ');
      el.back();
      await settle(el);
      el.goTo('cas-1');
      await settle(el);
      expect((parts(el, 'step-checkbox') as HTMLInputElement[])[0]!.checked, 'after Back').to.equal(true);
      el.mode = 'accordion';
      await settle(el);
      const trigger = shadow(el).querySelector<HTMLElement>('#trigger-cas-1')!;
      await press(el, trigger);
      await press(el, trigger);
      const box = shadow(el).querySelector<HTMLInputElement>('#panel-cas-1 [part="step-checkbox"]')!;
      expect(box.checked, 'after closing and opening the case').to.equal(true);
      el.mode = 'stepper';
      await settle(el);
      await press(el, parts(el, 'restart-button')[0]!);
      el.goTo('cas-1');
      await settle(el);
      expect((parts(el, 'step-checkbox') as HTMLInputElement[]).some((b) => b.checked)).to.equal(false);
    });

    it('persist="none" stores no tick', async () => {
      const el = await mount({ node: 'cas-1', history: 'none', persist: 'none' });
      await press(el, parts(el, 'step-checkbox')[0]!, ' ');
      expect(window.sessionStorage.length).to.equal(0);
    });

    it('the accordion has the same checklist', async () => {
      const el = await mount({ node: 'cas-1', mode: 'accordion', history: 'none' });
      const boxes = shadow(el).querySelectorAll('#panel-cas-1 [part="step-checkbox"]');
      expect(boxes).to.have.length(5);
      await expect(el).to.be.accessible();
    });
  });

  describe('problème résolu ? in the accordion', () => {
    it('is asked in the open outcome; yes thanks, no leads on', async () => {
      const el = await mount({ node: 'cas-2', mode: 'accordion', history: 'none' });
      const box = shadow(el).querySelector<HTMLElement>('#panel-cas-2 [part="resolved"]')!;
      expect(visibleText(box)).to.equal('Problème résolu ? Oui Non');
      const no = parts(el, 'resolved-button').find((b) => fold(b.textContent) === 'Non')!;
      await press(el, no);
      // The ways on, under « Non »: the first goes on inside Cas 2.
      await press(el, shadow(el).querySelector<HTMLElement>('#panel-cas-2 [part="resolved"] [part="choice"]')!);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      await expect(el).to.be.accessible();
      expect(focused(el)?.id).to.equal('trigger-cas-2-mail-non-recu');
      await press(el, shadow(el).getElementById('trigger-cas-2-mail-non-recu-eleve')!);
      expect(el.node).to.equal('cas-2-mail-non-recu-eleve');
      const yes = parts(el, 'resolved-button').find((b) => fold(b.textContent) === 'Oui')!;
      await press(el, yes);
      expect(status(el)).to.equal('Tant mieux ! Merci d’avoir suivi ces étapes.');
      expect(parts(el, 'resolved')).to.have.length(1);
    });
  });
});
