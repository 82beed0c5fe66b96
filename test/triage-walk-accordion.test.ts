// Issue 12's walk in the accordion (a file of its own: each test file has its own time budget).
import { LOCALES, walkAll } from './fixtures/walk.js';

describe('triage walk (accordion)', () => {
  for (const locale of LOCALES)
    it(`${locale}: every situation from its door to its outcome, then on to « Autres Cas »`, async function () {
      // Every situation walked on one element: WebKitGTK on a loaded CI machine needs more than the default 10 s.
      this.timeout(30000);
      await walkAll('accordion', locale);
    });
});
