/**
 * The built widget (dist/ent-help.iife.js) inside <iframe sandbox="allow-scripts">: an opaque
 * origin, so sessionStorage and the async clipboard throw, and no modals or popups. The parent
 * cannot look inside: test/embedding/sandboxed.js drives the widget in the frame and posts what
 * happened.
 */
import { expect } from '@open-wc/testing';

interface SandboxResult {
  failed?: string;
  storageThrows: boolean;
  title: string;
  fallbackHidden: boolean;
  node: string;
  stepTitle: string;
  mailText: string;
  mailVisible: boolean;
  mailSelectable: boolean;
  copyButton: boolean;
  copyStatus?: string;
  copyField?: string;
  printedWithoutButtons: boolean;
  buttonsBack: boolean;
  restarted: string;
  calls: Record<string, number>;
  errors: string[];
  warnings: string[];
}

async function runInSandbox(): Promise<{ frame: HTMLIFrameElement; result: SandboxResult }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const result = new Promise<SandboxResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message from the sandboxed frame in 8 s')), 8000);
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || !e.data?.entHelpSandbox) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(e.data.entHelpSandbox as SandboxResult);
    });
  });
  frame.src = '/test/embedding/sandboxed.html';
  document.body.append(frame);
  return { frame, result: await result };
}

describe('<ent-help> in <iframe sandbox="allow-scripts">', function () {
  this.timeout(15000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders, navigates, prints and copies without throwing, alert or popup; the address stays readable', async () => {
    const run = await runInSandbox();
    frame = run.frame;
    const r = run.result;
    expect(r.failed, 'the probe in the frame ran to the end').to.equal(undefined);
    // Really sandboxed: the parent cannot reach in, storage throws.
    expect(() => frame!.contentDocument?.body).not.to.throw();
    expect(frame.contentDocument, 'opaque origin: no access from the parent').to.equal(null);
    expect(r.storageThrows, 'sessionStorage throws in the frame').to.equal(true);

    expect(r.title).to.equal("Que faire en cas de problème d'accès à L'ENT ?");
    expect(r.fallbackHidden, 'the fallback text is hidden once rendered').to.equal(true);
    expect(r.node).to.equal('autres-cas');
    expect(r.stepTitle).to.equal('Autres Cas');
    expect(r.mailText, 'the address is written out, not only a mailto: link').to.equal(
      'campus.coulommiers@ac-creteil.fr',
    );
    expect(r.mailVisible).to.equal(true);
    expect(r.mailSelectable, 'no user-select: none on the address or around it').to.equal(true);
    expect(r.copyButton, 'the « Copier le lien » button').to.equal(true);
    // The async clipboard is refused; execCommand('copy') may or may not work (no user activation):
    // either the link was copied, or it is offered in a field to copy by hand.
    if (r.copyField) {
      expect(r.copyField, 'the link to copy by hand').to.match(
        /^http:\/\/[^#]+\/test\/embedding\/sandboxed\.html#ent-help=autres-cas$/,
      );
      expect(r.copyStatus).to.equal('Copie impossible : copiez le lien dans le champ ci-dessous.');
    } else expect(r.copyStatus).to.equal('Lien copié.');
    expect(r.printedWithoutButtons, 'the print view has no buttons').to.equal(true);
    expect(r.buttonsBack).to.equal(true);
    expect(r.restarted).to.equal('accueil');
    expect(r.calls).to.deep.equal({ alert: 0, confirm: 0, prompt: 0, print: 0, open: 0 });
    expect(r.errors, 'console errors and uncaught exceptions in the frame').to.deep.equal([]);
    expect(r.warnings, 'console warnings in the frame').to.deep.equal([]);
  });
});
