// Runs inside test/embedding/sandboxed.html, framed with sandbox="allow-scripts" by
// test/sandboxed.test.ts: no same origin (sessionStorage and the clipboard throw, the parent
// cannot look in), no modals, no popups. Drives the widget like a person, then posts what
// happened to the parent. Counts calls to alert/confirm/prompt/print/open: none is expected.
(function () {
  'use strict';
  var calls = { alert: 0, confirm: 0, prompt: 0, print: 0, open: 0 };
  Object.keys(calls).forEach(function (name) {
    var original = window[name];
    window[name] = function () {
      calls[name]++;
      return original.apply(window, arguments);
    };
  });
  var fold = function (s) {
    return (s || '').replace(/\s+/g, ' ').trim();
  };
  var pause = function (ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  };

  async function run() {
    var r = {};
    try {
      window.sessionStorage.getItem('x');
      r.storageThrows = false;
    } catch {
      r.storageThrows = true;
    }
    await customElements.whenDefined('ent-help');
    var el = document.querySelector('ent-help');
    await el.updateComplete;
    var root = el.shadowRoot;
    r.title = fold(root.getElementById('title').textContent);
    r.fallbackHidden = el.querySelector('p').getBoundingClientRect().height === 0;
    // « Autre problème »: the case whose contacts name the lycée's address.
    root.querySelector('[data-next="autres-cas"]').click();
    await el.updateComplete;
    r.node = el.node;
    r.stepTitle = fold(root.getElementById('step-title').textContent);
    var mail = root.querySelector('a[href^="mailto:"]');
    r.mailText = fold(mail.textContent);
    var box = mail.getBoundingClientRect();
    r.mailVisible = box.width > 0 && box.height > 0;
    var selectable = true;
    for (var n = mail; n && n.nodeType === 1; n = n.parentNode || n.host) {
      var style = getComputedStyle(n);
      if ((style.userSelect || style.webkitUserSelect) === 'none') selectable = false;
      if (n.parentNode && n.parentNode.nodeType === 11 && !n.parentNode.host) break;
    }
    r.mailSelectable = selectable;
    // Copy the link: the async clipboard is refused here; the widget must fall back, not throw.
    var copy = root.querySelector('[part~="copy-link-button"]');
    r.copyButton = !!copy;
    if (copy) {
      copy.click();
      await pause(300);
      await el.updateComplete;
      var field = root.querySelector('[part~="copy-link-fallback"]');
      r.copyStatus = fold(root.querySelector('[role="status"]').textContent);
      r.copyField = field ? field.value : '';
    }
    // Printing: the print view is rendered on beforeprint and undone on afterprint, without print().
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    r.printedWithoutButtons = root.querySelectorAll('button').length === 0;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    r.buttonsBack = root.querySelectorAll('button').length > 0;
    // Back to the first question, by the « Recommencer » button.
    root.querySelector('[part~="restart-button"]').click();
    await el.updateComplete;
    r.restarted = el.node;
    await pause(50);
    r.calls = calls;
    r.errors = window.__probe.errors;
    r.warnings = window.__probe.warnings;
    return r;
  }

  window.addEventListener('load', function () {
    run().then(
      function (result) {
        parent.postMessage({ entHelpSandbox: result }, '*');
      },
      function (error) {
        parent.postMessage({ entHelpSandbox: { failed: String(error && error.stack ? error.stack : error) } }, '*');
      },
    );
  });
})();
