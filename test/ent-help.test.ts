import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_NODE_IDS } from '../src/data/default-tree.js';
import type { EntHelpNavigateEvent, EntHelpSettingRefusedEvent } from '../src/ent-help.js';
import { SOURCE_FACTS } from './fixtures/source-facts.js';
import {
  expectDocumentFocus,
  expectSame,
  focused,
  fold,
  labelOf,
  mount,
  nameOf,
  parts,
  settle,
  shadow,
  visibleText,
  captureRefusals,
  captureWarnings,
} from './helpers.js';

const OUTCOMES = Object.keys(SOURCE_FACTS);
const status = (el: HTMLElement) => fold(el.shadowRoot!.querySelector('[role="status"]')?.textContent);
const stepTitle = (el: HTMLElement) => el.shadowRoot!.getElementById('step-title');
describe('<ent-help>', () => {
  const warnings = captureWarnings();

  describe('rendering', () => {
    it('shows the title, the first question and its six doors as buttons', async () => {
      const el = await mount();
      const title = shadow(el).getElementById('title')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(fold(title.textContent)).to.equal("Que faire en cas de problème d'accès à L'ENT ?");
      expect(fold(stepTitle(el)?.textContent)).to.equal('Que se passe-t-il ?');
      expect(
        parts(el, 'choice').map((b) => [b.tagName, fold(b.querySelector('.choice-label')?.textContent)]),
      ).to.deep.equal([
        ['BUTTON', 'Je n’arrive pas à me connecter'],
        ['BUTTON', 'J’ai oublié mon mot de passe ou mon identifiant'],
        ['BUTTON', 'J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire'],
        ['BUTTON', 'J’ai reçu un courrier avec mon identifiant, mais sans mot de passe'],
        ['BUTTON', 'Je n’ai reçu aucun courrier'],
        ['BUTTON', 'Je suis connecté(e), mais quelque chose ne va pas'],
      ]);
      expect(parts(el, 'back-button')).to.have.length(0);
      expect(el.node).to.equal('accueil');
      expect(el.getAttribute('node')).to.equal('accueil');
    });

    for (const id of OUTCOMES) {
      it(`shows every fact of ${id} word for word (stepper)`, async () => {
        const el = await mount({ node: id });
        const text = visibleText(shadow(el));
        for (const fact of SOURCE_FACTS[id]!) expect(text).to.contain(fact);
      });
    }

    it('at « Réinitialiser le mot de passe », neither Cas 2’s « cet autre établissement » nor Cas 1 step 4’s order', async () => {
      const el = await mount({ node: 'reinitialisation', history: 'none', persist: 'none' });
      const text = visibleText(shadow(el));
      expect(text).to.not.contain('pour cet autre établissement');
      // Read by someone who forgot the password as an order they cannot carry out (situation player).
      expect(text).to.not.contain('Renseignez une adresse mail valide');
      expect(text).to.contain("il faut réinitialiser le mot de passe en cliquant sur « besoin d'aide »");
      // A collège account goes on to Cas 2, where the FAQ says where its reset mail goes.
      shadow(el).querySelector<HTMLElement>('[part="next-steps"] [data-next="cas-2"]')!.click();
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expect(visibleText(shadow(el))).to.contain('renseignée pour cet autre établissement');
    });

    it('« Qui contacter ? » labels a contact only for one audience (no « Élève ou parent » twice at Autres Cas)', async () => {
      const el = await mount({ node: 'autres-cas', history: 'none', persist: 'none' });
      const items = [...shadow(el).querySelectorAll('[part="contacts"] li')].map((li) => fold(li.textContent));
      expect(items).to.have.length(2);
      expect(items[0]).to.equal('Le professeur principal de la classe');
      expect(items[1]).to.match(/^Le lycée : campus\.coulommiers@ac-creteil\.fr/);
      el.node = 'cas-2-mail-non-recu-eleve';
      await settle(el);
      expect(fold(shadow(el).querySelector('[part="contacts"] .audience')?.textContent)).to.equal('Vous êtes élève');
    });

    it('renders the portal as an https link and the lycée as a mailto link', async () => {
      const el = await mount({ node: 'cas-2-mail-non-recu-parent' });
      const mail = shadow(el).querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      expect(mail.getAttribute('href')).to.equal('mailto:campus.coulommiers@ac-creteil.fr');
      el.node = 'cas-1';
      await el.updateComplete;
      const portal = shadow(el).querySelector<HTMLAnchorElement>('a[part="link"]')!;
      expect(portal.getAttribute('href')).to.equal('https://ent.iledefrance.fr');
      expect(portal.rel).to.contain('noopener');
      expect(nameOf(portal)).to.equal('https://ent.iledefrance.fr (nouvel onglet)');
    });

    it('numbers the steps of an outcome in the source order, as an ordered list', async () => {
      const el = await mount({ node: 'cas-1' });
      const items = [...shadow(el).querySelectorAll('ol[part="steps"] > li')].map((li) => visibleText(li));
      expect(items).to.deep.equal([
        "Connectez-vous à l'adresse https://ent.iledefrance.fr Copier l’adresse",
        'Saisissez votre identifiant et mot de passe provisoire',
        'Modifiez votre mot de passe et mémorisez-le !',
        "Renseignez une adresse mail valide (utilisée en cas d'oubli du mot de passe)",
        'Validez.',
      ]);
    });

    it('says who to contact: to a student, the professeur principal only; to a parent, the lycée only', async () => {
      const el = await mount({ node: 'cas-2-mail-non-recu-eleve' });
      const contacts = parts(el, 'contacts')[0]!;
      expect(visibleText(contacts.querySelector('.contacts-title')!)).to.equal('Qui contacter ?');
      expect([...contacts.querySelectorAll('li')].map((li) => visibleText(li))).to.deep.equal([
        'Vous êtes élève Le professeur principal de la classe',
      ]);
      el.node = 'cas-2-mail-non-recu-parent';
      await settle(el);
      expect([...parts(el, 'contacts')[0]!.querySelectorAll('li')].map((li) => visibleText(li))).to.deep.equal([
        'Vous êtes parent Le lycée : campus.coulommiers@ac-creteil.fr Copier l’adresse',
      ]);
    });

    it('follows heading-level for every heading', async () => {
      const el = await mount({ 'heading-level': '4', node: 'cas-2' });
      expect(shadow(el).getElementById('title')!.getAttribute('aria-level')).to.equal('4');
      expect(stepTitle(el)!.getAttribute('aria-level')).to.equal('5');
      expect(shadow(el).querySelector('.follow-ups-title')!.getAttribute('aria-level')).to.equal('6');
    });

    it('keeps its fallback content on screen from the upgrade to the first render, then only the widget', async () => {
      const el = document.createElement('ent-help');
      const fallback = document.createElement('p');
      fallback.textContent = 'Écrivez au lycée.';
      el.append(fallback);
      document.body.append(el);
      try {
        // Upgraded (a shadow root), not rendered yet: the first render waits for a frame.
        expect(el.shadowRoot, 'upgraded').to.exist;
        expectSame(el.shadowRoot!.querySelector('[part~="choice"]'), null, 'not rendered yet');
        expect(fallback.getBoundingClientRect().height, 'the fallback has a box').to.be.greaterThan(10);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(parts(el, 'choice')).to.have.length(6);
        expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(0);
        expect(fallback.getClientRects().length, 'an unslotted child has no box').to.equal(0);
      } finally {
        el.remove();
      }
    });
  });

  describe('stepper', () => {
    it('walks from the question to the outcome, shows the answers given and the step', async () => {
      const el = await mount();
      parts(el, 'choice')[3]!.click();
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expect(fold(stepTitle(el)?.textContent)).to.match(/^Cas 2 :/);
      const trail = parts(el, 'trail')[0]!;
      expect(trail.getAttribute('aria-label')).to.equal('Votre parcours');
      expect(fold(trail.querySelector('[aria-current="step"]')?.textContent)).to.equal('Ce qu’il faut faire');
      expect(nameOf(trail.querySelector('button'))).to.equal(
        'Changer la réponse : J’ai reçu un courrier avec mon identifiant, mais sans mot de passe',
      );
      parts(el, 'choice')[0]!.click();
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expect(fold(parts(el, 'trail')[0]!.querySelector('[aria-current]')?.textContent)).to.equal('Question 2');
    });

    it('goes back, restarts, and returns to an earlier answer from the trail', async () => {
      const el = await mount({ node: 'cas-2-mail-non-recu' });
      parts(el, 'back-button')[0]!.click();
      await settle(el);
      expect(el.node).to.equal('connexion-impossible');
      parts(el, 'restart-button')[0]!.click();
      await settle(el);
      expect(el.node).to.equal('accueil');
      el.node = 'cas-2-mail-non-recu';
      await settle(el);
      shadow(el).querySelector<HTMLButtonElement>('.trail button')!.click();
      await settle(el);
      expect(el.node).to.equal('accueil');
    });

    it('announces each new step once in a polite status region', async () => {
      const el = await mount();
      const region = shadow(el).querySelector('[role="status"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(status(el)).to.equal('');
      parts(el, 'choice')[4]!.click();
      await settle(el);
      expect(status(el)).to.equal(
        "Ce qu’il faut faire : Cas 3 : Vous n'avez reçu aucun courrier et vous ne disposez pas de votre identifiant ou mot de passe.",
      );
    });
  });

  describe('keyboard and focus', () => {
    it('is operated with Tab, Enter and Space; focus follows to each new step', async () => {
      const el = await mount();
      el.focus();
      // The language picker comes first, one stop per language, then the answers.
      for (const language of parts(el, 'language-button')) {
        await sendKeys({ press: 'Tab' });
        expectSame(focused(el), language);
      }
      await sendKeys({ press: 'Tab' });
      expectSame(focused(el), parts(el, 'choice')[0]);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expectSame(focused(el), stepTitle(el));
      expectDocumentFocus(el);

      // Tab from the heading to the follow-up, then choose it with Space.
      const followUp = parts(el, 'choice')[0]!;
      followUp.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expectSame(focused(el), stepTitle(el));

      // Back puts focus on the answer chosen before.
      parts(el, 'back-button')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expectSame(focused(el), parts(el, 'choice')[0]);
      expect(focused(el)?.getAttribute('data-next')).to.equal('cas-2-mail-non-recu');

      parts(el, 'restart-button')[0]!.focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('accueil');
      expectSame(focused(el), stepTitle(el));
    });

    it('does not take focus when the host sets node', async () => {
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      const el = await mount();
      el.node = 'cas-1';
      await settle(el);
      expectDocumentFocus(outside);
      outside.remove();
    });
  });

  describe('accordion', () => {
    it('describes each answer by its own hint, though several lists of answers are on the page at once', async () => {
      // At an outcome whose « Ça n'a pas marché ? » is open, with the closed cases' answers rendered too.
      const el = await mount({ mode: 'accordion', node: 'reinitialisation' });
      const described = [...shadow(el).querySelectorAll('button[aria-describedby]')];
      expect(described.length).to.be.greaterThan(4);
      const ids = described.map((b) => b.getAttribute('aria-describedby')!);
      expect(new Set(ids).size, 'one id per hint').to.equal(ids.length);
      const wrong = described
        .filter((b) => !b.contains(shadow(el).getElementById(b.getAttribute('aria-describedby')!)))
        .map((b) => fold(b.textContent));
      expect(wrong, 'buttons described by another button’s hint').to.deep.equal([]);
    });

    it('lists every case as a button in a heading, collapsed, controlling its region', async () => {
      const el = await mount({ mode: 'accordion' });
      const triggers = parts(el, 'section-button');
      // The doors of the stepper's first screen, in its order: each case named by the answer that leads to it.
      expect(triggers.filter((t) => !t.closest('[hidden]')).map(labelOf)).to.deep.equal([
        'Je n’arrive pas à me connecter',
        'J’ai oublié mon mot de passe ou mon identifiant',
        'J’ai reçu un courrier avec mon identifiant et un mot de passe provisoire',
        'J’ai reçu un courrier avec mon identifiant, mais sans mot de passe',
        'Je n’ai reçu aucun courrier',
        'Je suis connecté(e), mais quelque chose ne va pas',
      ]);
      // Each node once: ids stay unique though several answers lead to some nodes (those answers'
      // buttons, without an id, open the case where they are).
      const cases = triggers.filter((t) => t.id);
      expect(new Set(cases.map((t) => t.id)).size).to.equal(cases.length);
      expect(cases).to.have.length(12);
      for (const t of triggers) {
        expect(t.getAttribute('aria-expanded')).to.equal('false');
        expect(t.parentElement!.getAttribute('role')).to.equal('heading');
      }
      for (const t of cases) {
        expect(t.tagName).to.equal('BUTTON');
        expect(t.parentElement!.getAttribute('role')).to.equal('heading');
        expect(t.getAttribute('aria-expanded')).to.equal('false');
        const panel = shadow(el).getElementById(t.getAttribute('aria-controls')!)!;
        // A collapsed panel is no landmark: Chromium would list it although it shows nothing.
        expect(panel.hasAttribute('role')).to.equal(false);
        expect(panel.getAttribute('hidden')).to.equal('until-found');
      }
      triggers[1]!.click();
      await settle(el);
      const open = shadow(el).getElementById(triggers[1]!.getAttribute('aria-controls')!)!;
      expect(open.getAttribute('role')).to.equal('region');
      expect(open.getAttribute('aria-labelledby')).to.equal(triggers[1]!.id);
    });

    it('opens one case at a time, nests the « ET SI ? » branch, and keeps node in sync', async () => {
      const el = await mount({ mode: 'accordion' });
      const trigger = (id: string) => shadow(el).getElementById(`trigger-${id}`)!;
      trigger('connexion-impossible').click();
      await settle(el);
      expect(el.node).to.equal('connexion-impossible');
      expect(trigger('connexion-impossible').getAttribute('aria-expanded')).to.equal('true');
      const panel = shadow(el).getElementById('panel-connexion-impossible')!;
      expect(panel.hasAttribute('hidden')).to.equal(false);
      expect(panel.contains(trigger('cas-2-mail-non-recu'))).to.equal(true);
      trigger('cas-2-mail-non-recu').click();
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expect(trigger('connexion-impossible').getAttribute('aria-expanded')).to.equal('true');
      // From Cas 2, « ET SI ? » opens its case inside Cas 2 (no second copy of it).
      trigger('cas-2').click();
      await settle(el);
      expect(trigger('connexion-impossible').getAttribute('aria-expanded')).to.equal('false');
      shadow(el)
        .querySelector<HTMLElement>('#panel-cas-2 [part="next-steps"] [data-next="cas-2-mail-non-recu"]')!
        .click();
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expect(trigger('cas-2-mail-non-recu').getAttribute('aria-expanded')).to.equal('true');
      trigger('cas-1').click();
      await settle(el);
      expect(el.node).to.equal('cas-1');
      expect(trigger('cas-2').getAttribute('aria-expanded')).to.equal('false');
      trigger('cas-1').click();
      await settle(el);
      expect(el.node).to.equal('accueil');
      expect(trigger('cas-1').getAttribute('aria-expanded')).to.equal('false');
    });

    it('nests a case inside the case the person opened, and the message says what they answered', async () => {
      const el = await mount({ mode: 'accordion', history: 'none', persist: 'none' });
      const root = shadow(el);
      const mailto = () =>
        decodeURIComponent(root.querySelector<HTMLAnchorElement>('[part="message-mail-button"]')!.href);
      root.getElementById('trigger-connexion-impossible')!.click();
      await settle(el);
      // « Autre chose » is the last answer, as in the stepper, and a case's button like the others.
      const inside = [...root.querySelectorAll<HTMLElement>('#panel-connexion-impossible [data-trigger]')];
      expect(inside.map(labelOf).at(-1)).to.equal('Autre chose');
      // Its hint, as in the stepper: what a person with an expired link recognises.
      expect(nameOf(inside.at(-1)!.querySelector('.choice-hint'))).to.equal(
        'Un compte bloqué, un lien expiré, une page qui ne s’ouvre pas, un autre message…',
      );
      inside.at(-1)!.click();
      await settle(el);
      expect(el.node).to.equal('autres-cas');
      expect(
        root.getElementById('panel-connexion-impossible')!.contains(root.getElementById('panel-autres-cas')),
      ).to.equal(true);
      expect(mailto()).to.contain('subject=Accès à l’ENT : je n’arrive pas à me connecter&');
      expect(mailto()).to.contain('Je n’arrive pas à me connecter à l’ENT. Mon problème n’est pas dans la liste');
      expect(mailto()).to.not.contain('connecté(e)');
      expect(focused(el)?.id).to.equal('trigger-autres-cas');

      // Cas 2, then its « ET SI ? »: the case opens inside Cas 2, which stays open; the message says so.
      root.getElementById('trigger-cas-2')!.click();
      await settle(el);
      root.querySelector<HTMLElement>('#panel-cas-2 [part="next-steps"] [data-next="cas-2-mail-non-recu"]')!.click();
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
      expect(root.getElementById('trigger-cas-2')!.getAttribute('aria-expanded')).to.equal('true');
      expect(root.getElementById('panel-cas-2')!.contains(root.getElementById('trigger-cas-2-mail-non-recu'))).to.equal(
        true,
      );
      expect(focused(el)?.id).to.equal('trigger-cas-2-mail-non-recu');
      root.getElementById('trigger-cas-2-mail-non-recu-parent')!.click();
      await settle(el);
      expect(mailto()).to.contain('J’ai reçu un courrier avec mon identifiant, mais sans mot de passe.');
      expect(mailto()).to.contain('- ET SI ?... — Vous ne recevez pas de mail de réinitialisation de mot de passe');
      expect(mailto()).to.not.contain('Je n’arrive pas à me connecter');
      // Closing it shows Cas 2's « ET SI ? » again, focus on the way on that opened it.
      root.getElementById('trigger-cas-2-mail-non-recu')!.click();
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expect(focused(el)?.closest('#panel-cas-2 [part="next-steps"]')).to.not.equal(null);
      expect((focused(el) as HTMLElement).dataset['next']).to.equal('cas-2-mail-non-recu');
      await expect(el).to.be.accessible();
    });

    it('a link to a node takes the shortest route to it (documented): #ent-help=autres-cas is « Je suis connecté(e)… »', async () => {
      const el = await mount({ mode: 'accordion', node: 'autres-cas', history: 'none', persist: 'none' });
      expectSame(shadow(el).getElementById('section-autres-cas')!.parentElement!.closest('[id^="panel-"]'), null);
      expect(fold(shadow(el).querySelector('[part="message-text"]')!.textContent)).to.contain(
        'Je suis connecté(e) à l’ENT, mais quelque chose ne va pas.',
      );
    });

    for (const id of OUTCOMES) {
      it(`shows every fact of ${id} word for word when its section is open`, async () => {
        const el = await mount({ mode: 'accordion', node: id });
        const panel = shadow(el).getElementById(`panel-${id}`)!;
        expect(panel.hasAttribute('hidden')).to.equal(false);
        const text = visibleText(panel);
        // The first fact is the case's title, which is the section's button.
        for (const fact of SOURCE_FACTS[id]!.slice(1)) expect(text).to.contain(fact);
      });
    }

    it('moves between headers with Up, Down, Home and End, and toggles with Enter and Space', async () => {
      const el = await mount({ mode: 'accordion' });
      const triggers = () => parts(el, 'section-button').filter((t) => !t.closest('[hidden]'));
      triggers()[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expectSame(focused(el), triggers()[1]);
      await sendKeys({ press: 'End' });
      expectSame(focused(el), triggers().at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expectSame(focused(el), triggers()[0]);
      await sendKeys({ press: 'ArrowUp' });
      expectSame(focused(el), triggers().at(-1));
      await sendKeys({ press: 'Home' });
      expectSame(focused(el), triggers()[0]);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.node).to.equal('connexion-impossible');
      expect(focused(el)?.id).to.equal('trigger-connexion-impossible');
      // The nested headers are now among the visible headers.
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('trigger-mot-de-passe-refuse');
      // The memory door again (its own id is the first screen's copy's).
      await sendKeys({ press: 'ArrowDown' });
      expect(labelOf(focused(el)!)).to.equal('J’ai oublié mon mot de passe ou mon identifiant');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('trigger-cas-2-mail-non-recu');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.node).to.equal('cas-2-mail-non-recu');
    });

    it('keeps focus in the widget when the host closes the section that held it', async () => {
      const el = await mount({ mode: 'accordion', node: 'connexion-impossible' });
      shadow(el).getElementById('trigger-cas-2-mail-non-recu')!.focus();
      el.node = 'cas-3';
      await settle(el);
      expect(document.activeElement === el, 'focus is in the widget').to.equal(true);
      expect(focused(el)?.id).to.equal('trigger-cas-3');
      // Closing every section leaves the focused button in place: focus stays on it.
      el.restart();
      await settle(el);
      expect(document.activeElement === el, 'focus is in the widget').to.equal(true);
      expect(focused(el)?.id).to.equal('trigger-cas-3');
    });

    it('keeps the node when the mode changes', async () => {
      const el = await mount({ node: 'cas-3' });
      el.mode = 'accordion';
      await settle(el);
      expect(shadow(el).getElementById('trigger-cas-3')!.getAttribute('aria-expanded')).to.equal('true');
      el.mode = 'stepper';
      await settle(el);
      expect(fold(stepTitle(el)?.textContent)).to.match(/^Cas 3 :/);
    });
  });

  describe('node attribute and methods', () => {
    for (const id of DEFAULT_NODE_IDS) {
      it(`node="${id}" shows that node and reads back`, async () => {
        const el = await mount({ node: id });
        expect(el.node).to.equal(id);
        const heading = fold(stepTitle(el)?.textContent);
        expect(heading.length).to.be.greaterThan(5);
        // Every outcome, and the question that carries the FAQ's « ET SI ? » explanation, shows its first fact.
        if (SOURCE_FACTS[id]) expect(visibleText(shadow(el))).to.contain(SOURCE_FACTS[id][0]!.slice(0, 40));
      });
    }

    it('refuses an unknown node with one warning and, with debug, a readable notice, keeping the node shown', async () => {
      const el = await mount({ node: 'cas-2', debug: '' });
      el.setAttribute('node', 'cas-9');
      await settle(el);
      expect(el.node).to.equal('cas-2');
      expect(el.getAttribute('node')).to.equal('cas-2');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('node="cas-9"').and.contain('cas-2-mail-non-recu');
      expect(visibleText(parts(el, 'notice')[0]!)).to.contain('node="cas-9"');
      expect(fold(stepTitle(el)?.textContent)).to.match(/^Cas 2 :/);
    });

    it('back(), restart() and goTo() navigate; goTo() of an unknown id returns false', async () => {
      const el = await mount();
      expect(el.goTo('cas-2-mail-non-recu')).to.equal(true);
      await el.updateComplete;
      expect(el.node).to.equal('cas-2-mail-non-recu');
      el.back();
      await el.updateComplete;
      expect(el.node).to.equal('connexion-impossible');
      el.restart();
      await el.updateComplete;
      expect(el.node).to.equal('accueil');
      expect(el.goTo('nope')).to.equal(false);
      expect(el.node).to.equal('accueil');
    });
  });

  describe('events', () => {
    it('fires one composed, bubbling ent-help-navigate per navigation, with ids only', async () => {
      const el = await mount();
      const seen: EntHelpNavigateEvent[] = [];
      document.addEventListener('ent-help-navigate', (e) => seen.push(e));
      const first = oneEvent(el, 'ent-help-navigate');
      parts(el, 'choice')[3]!.click();
      const event = (await first) as EntHelpNavigateEvent;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        node: 'cas-2',
        path: ['accueil', 'cas-2'],
        previous: 'accueil',
        outcome: true,
      });
      await settle(el);
      el.back();
      await settle(el);
      el.node = 'cas-1';
      await settle(el);
      el.goTo('cas-1');
      await settle(el);
      expect(seen.map((e) => e.detail.node)).to.deep.equal(['cas-2', 'accueil', 'cas-1']);
    });

    it('fires nothing for the first render', async () => {
      let count = 0;
      const listener = () => count++;
      document.addEventListener('ent-help-navigate', listener);
      const el = await mount({ node: 'cas-1' });
      await settle(el);
      document.removeEventListener('ent-help-navigate', listener);
      expect(count).to.equal(0);
    });
  });

  describe('configuration', () => {
    it('uses the school’s portal and address when they are valid', async () => {
      const el = await mount({
        node: 'autres-cas',
        'contact-email': 'vie.scolaire@lycee.fr',
        'portal-url': 'https://ent.example.fr',
      });
      expect(visibleText(shadow(el))).to.contain('au lycée (vie.scolaire@lycee.fr)');
      expect(shadow(el).querySelector('a[href="mailto:vie.scolaire@lycee.fr"]')).to.exist;
      el.node = 'cas-1';
      await el.updateComplete;
      expect(shadow(el).querySelector('a[href="https://ent.example.fr"]')).to.exist;
      expect(warnings).to.have.length(0);
    });

    it('trims white space around the portal and address, and accepts an internationalized address with an apostrophe', async () => {
      const el = await mount({
        node: 'cas-2-mail-non-recu-parent',
        'contact-email': "  o'brien.vie-scolaire@lycée-exemple.fr\n",
        'portal-url': ' https://ent.example.fr ',
      });
      expect(shadow(el).querySelector(`a[href="mailto:o'brien.vie-scolaire@lycée-exemple.fr"]`)).to.exist;
      el.node = 'cas-1';
      await el.updateComplete;
      expect(shadow(el).querySelector('a[href="https://ent.example.fr"]')).to.exist;
      expect(warnings).to.have.length(0);
      expect(parts(el, 'notice')).to.have.length(0);
    });

    const refused: [string, string, string][] = [
      ['portal-url', 'javascript:alert(1)', 'https://ent.iledefrance.fr'],
      ['portal-url', 'http://ent.iledefrance.fr', 'https://ent.iledefrance.fr'],
      ['contact-email', 'not an address', 'mailto:campus.coulommiers@ac-creteil.fr'],
      ['contact-email', 'a@b.fr?subject=x', 'mailto:campus.coulommiers@ac-creteil.fr'],
      ['contact-email', 'x@y.fr?cc=spy%40evil.com', 'mailto:campus.coulommiers@ac-creteil.fr'],
      // A # would end the address inside the mailto: link and push the subject into a fragment.
      ['contact-email', 'a#b@lycee.fr', 'mailto:campus.coulommiers@ac-creteil.fr'],
      ['portal-url', 'https:evil.example', 'https://ent.iledefrance.fr'],
      ['portal-url', 'https://ent example.fr', 'https://ent.iledefrance.fr'],
      ['portal-url', 'https:///chemin', 'https://ent.iledefrance.fr'],
    ];
    for (const [attr, value, kept] of refused) {
      it(`refuses ${attr}="${value}" with one warning and keeps the default`, async () => {
        const el = await mount({ [attr]: value, node: attr === 'portal-url' ? 'cas-1' : 'autres-cas' });
        expect(shadow(el).querySelector(`a[href="${kept}"]`)).to.exist;
        expectSame(shadow(el).querySelector('a[href^="javascript"]'), null);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain(attr);
        // For the staff (console, event, debug), never on a family's screen.
        expect(parts(el, 'notice')).to.have.length(0);
        expect(visibleText(shadow(el))).not.to.contain(value);
      });
    }

    for (const [property, attr] of [
      ['portalUrl', 'portal-url'],
      ['contactEmail', 'contact-email'],
    ] as const) {
      it(`refuses ${property} set to a number with one warning and, with debug, a notice, and keeps the default`, async () => {
        const el = await mount({ node: 'cas-2-mail-non-recu-parent', debug: '' });
        (el as unknown as Record<string, unknown>)[property] = 42;
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain(`${attr}="42"`);
        expect(parts(el, 'notice')).to.have.length(1);
        expect(shadow(el).querySelector('a[href="mailto:campus.coulommiers@ac-creteil.fr"]')).to.exist;
      });
    }

    it('returns quietly to the defaults when attributes are removed', async () => {
      const el = await mount({
        mode: 'accordion',
        'portal-url': 'https://ent.example.fr',
        'contact-email': 'a@lycee.fr',
      });
      for (const name of ['mode', 'portal-url', 'contact-email', 'heading-level']) el.removeAttribute(name);
      el.node = 'autres-cas';
      await settle(el);
      expect(parts(el, 'notice')).to.have.length(0);
      expect(warnings).to.have.length(0);
      expect(parts(el, 'back-button')).to.have.length(1);
      expect(shadow(el).querySelector('a[href="mailto:campus.coulommiers@ac-creteil.fr"]')).to.exist;
    });

    for (const value of ['0', '9', 'abc', '']) {
      it(`refuses heading-level="${value}" with one warning and uses level 2`, async () => {
        const el = await mount({ 'heading-level': value });
        expect(shadow(el).getElementById('title')!.getAttribute('aria-level')).to.equal('2');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('heading-level').and.contain('1 to 6');
        expect(parts(el, 'notice')).to.have.length(0);
      });
    }

    it('a heading level refused as a property is reported with the value given, not the attribute’s', async () => {
      const seen: EntHelpSettingRefusedEvent[] = [];
      const el = await mount({ 'heading-level': '3', debug: '' });
      el.addEventListener('ent-help-setting-refused', (e) => seen.push(e));
      el.headingLevel = 9;
      await settle(el);
      expect(shadow(el).getElementById('title')!.getAttribute('aria-level')).to.equal('2');
      expect(seen.map((e) => e.detail.value)).to.deep.equal(['9']);
      expect(String(warnings[0]![0])).to.contain('heading-level="9"');
      expect(fold(parts(el, 'notice')[0]!.textContent)).to.contain('heading-level="9"');
    });

    for (const [name, allowed] of [
      ['history', '"push" or "replace" or "none"'],
      ['persist', '"session" or "none"'],
    ]) {
      it(`refuses ${name}="bogus" with one warning naming the allowed values and, with debug, a notice, keeping the default`, async () => {
        const el = await mount({ [name!]: 'bogus', debug: '' });
        parts(el, 'choice')[0]!.click();
        await settle(el);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain(`${name}="bogus"`).and.contain(allowed!);
        expect(parts(el, 'notice')).to.have.length(1);
        expect(parts(el, 'notice')[0]!.textContent).to.contain(`${name}="bogus"`);
        // The default still applies: the URL follows (push) and the path is stored (session).
        expect(window.location.hash).to.equal('#ent-help=connexion-impossible');
        expect(Object.keys(window.sessionStorage).length).to.equal(1);
      });
    }

    it('quotes a refused value in the notice cut to 60 characters and isolated from the text around it', async () => {
      const long = `https://${'ا'.repeat(100)}.example`;
      const el = await mount({ 'portal-url': `http://${'ا'.repeat(100)}`, 'contact-email': long, debug: '' });
      const notices = [...parts(el, 'notice')[0]!.querySelectorAll('p')].map((p) => p.textContent ?? '');
      expect(notices).to.have.length(2);
      for (const text of notices) {
        const quoted = text.slice(text.indexOf('\u2068') + 1, text.indexOf('\u2069'));
        expect(text.indexOf('\u2068')).to.be.greaterThan(0);
        expect(quoted.length).to.equal(60);
        expect(quoted.endsWith('…')).to.equal(true);
      }
      expect(String(warnings[1]![0])).to.contain(long);
    });

    it('keeps the answer buttons inside a 120 px wide widget', async () => {
      const el = await mount();
      el.parentElement!.style.width = '120px';
      await settle(el);
      const right = shadow(el).querySelector('.base')!.getBoundingClientRect().right;
      for (const choice of parts(el, 'choice')) expect(choice.getBoundingClientRect().right).to.be.at.most(right);
    });

    it('falls back to the stepper for an unknown mode, with one warning', async () => {
      const el = await mount({ mode: 'slideshow' });
      expect(parts(el, 'choice')).to.have.length(6);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('"stepper" or "accordion"');
    });

    it('reads the keyword attributes in any letter case, as HTML reads its own', async () => {
      const before = window.location.hash;
      const el = await mount({ mode: 'Accordion', history: 'None', persist: 'NONE' });
      expect(parts(el, 'choice')).to.have.length(0);
      const first = parts(el, 'section-button')[0]!;
      expect(labelOf(first)).to.equal('Je n’arrive pas à me connecter');
      first.click();
      await settle(el);
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      // history="None" is none: opening a case leaves the address as it was.
      expect(window.location.hash).to.equal(before);
      expect([el.mode, el.history, el.persist]).to.deep.equal(['accordion', 'none', 'none']);
      expect(warnings).to.have.length(0);
    });
  });

  describe('refused settings: nothing for a family to read, everything for the staff', () => {
    const seen = captureRefusals();

    it('keeps the defaults, writes one warning and fires one event per setting, and shows a family no developer text', async () => {
      const el = await mount({ mode: 'foo', 'portal-url': 'javascript:alert(1)', 'contact-email': 'pas une adresse' });
      expect(seen.map((e) => [e.detail.attribute, e.detail.value])).to.deep.equal([
        ['mode', 'foo'],
        ['portal-url', 'javascript:alert(1)'],
        ['contact-email', 'pas une adresse'],
      ]);
      expect(seen[0]!.detail.reason).to.equal('mode="foo" is not allowed; use "stepper" or "accordion".');
      expect(seen.every((e) => e.bubbles && e.composed && e.target === el)).to.equal(true);
      // The event says what the console says, once each.
      expect(warnings.map((w) => String(w[0]))).to.deep.equal(seen.map((e) => `<ent-help>: ${e.detail.reason}`));
      // The defaults: the stepper, the first question.
      expect(fold(stepTitle(el)?.textContent)).to.equal('Que se passe-t-il ?');
      expect(parts(el, 'notice')).to.have.length(0);
      const text = visibleText(shadow(el));
      for (const developer of ['Réglage', 'console', 'mode', 'foo', 'javascript', 'pas une adresse', '='])
        expect(text, developer).not.to.contain(developer);
      await expect(el).to.be.accessible();
      // Said once: another render says nothing again; another refused value is said.
      el.requestUpdate();
      await settle(el);
      expect(seen).to.have.length(3);
      el.setAttribute('mode', 'bar');
      el.contactEmail = 42 as unknown as string;
      el.setAttribute('node', 'cas-9');
      await settle(el);
      expect(seen.slice(3).map((e) => [e.detail.attribute, e.detail.value])).to.deep.equal([
        ['node', 'cas-9'],
        ['mode', 'bar'],
        ['contact-email', '42'],
      ]);
      expect(warnings).to.have.length(6);
      expect(parts(el, 'notice')).to.have.length(0);
    });

    it('with debug, the staff notice: a note naming the refused setting and the console; without debug, gone', async () => {
      const el = await mount({ debug: '', 'portal-url': 'http://ent.iledefrance.fr' });
      expect(el.debug).to.equal(true);
      const notices = parts(el, 'notice');
      expect(notices).to.have.length(1);
      expect(notices[0]!.getAttribute('role')).to.equal('note');
      expect(fold(notices[0]!.textContent)).to.equal(
        'Réglage ignoré : \u2068portal-url="http://ent.iledefrance.fr"\u2069. Voir la console du navigateur.',
      );
      expect(seen).to.have.length(1);
      await expect(el).to.be.accessible();
      el.removeAttribute('debug');
      await settle(el);
      expect(parts(el, 'notice')).to.have.length(0);
      el.debug = true;
      await settle(el);
      expect(parts(el, 'notice')).to.have.length(1);
      // Neither the warning nor the event is said again.
      expect(warnings).to.have.length(1);
      expect(seen).to.have.length(1);
    });
  });

  describe('accessibility', () => {
    for (const mode of ['stepper', 'accordion']) {
      for (const id of DEFAULT_NODE_IDS) {
        it(`has no axe violation in ${mode} at ${id}`, async () => {
          const el = await mount({ mode, node: id });
          await expect(el).to.be.accessible();
        });
      }
    }

    it('stays accessible after each navigation by keyboard', async () => {
      const el = await mount();
      for (const index of [1, 0]) {
        parts(el, 'choice')[index]!.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        await expect(el).to.be.accessible();
      }
      parts(el, 'back-button')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });
});
