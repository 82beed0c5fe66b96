// Round 9: the accordion on paper opens every case, so Cas 2's « ET SI ? » reason, which heads the
// question « vous êtes élève ou parent ? » and each of its outcomes (read alone by a link), was
// printed three times in a row.
import { expect } from '@open-wc/testing';
import { fold, mount, settle, shadow } from './helpers.js';

const REASON =
  "Vous ne recevez pas de mail de réinitialisation de mot de passe, cela signifie que l'adresse mail renseignée est incorrecte.";
const CONTACT = 'Dans ce cas, adressez-vous au professeur principal de la classe ou, si vous êtes parent, au lycée';

/** What is printed: the widget's text at beforeprint, visually hidden text left out. */
async function printed(node: string): Promise<string> {
  const el = await mount({ mode: 'accordion', node, history: 'none', persist: 'none' });
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
  const paper = shadow(el).querySelector('[part="base"]')!.cloneNode(true) as Element;
  paper.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  window.dispatchEvent(new Event('afterprint'));
  await settle(el);
  return fold(paper.textContent);
}

describe('<ent-help> printed accordion: Cas 2 « ET SI ? »', () => {
  for (const node of ['accueil', 'cas-2', 'cas-2-mail-non-recu', 'cas-2-mail-non-recu-parent'])
    it(`printed at ${node}: the reason once per case, before « Dans ce cas », never alone under the question`, async () => {
      const text = await printed(node);
      const times = text.split(REASON).length - 1;
      expect(times, 'the reason').to.equal(text.split(CONTACT).length - 1);
      expect(times, 'the reason, printed').to.be.above(0);
      // Each time followed by its « Dans ce cas » (the FAQ's sentence, whole).
      for (const part of text.split(REASON).slice(1)) expect(fold(part).startsWith(CONTACT)).to.equal(true);
    });
});
