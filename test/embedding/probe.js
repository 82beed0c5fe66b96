// Loaded first (classic script, same origin) by every host page in test/embedding/: records what
// a host page would suffer from the widget: console errors and warnings, uncaught exceptions,
// CSP violations. Read by test/embedding.test.ts as window.__probe.
(function () {
  'use strict';
  var probe = { errors: [], warnings: [], violations: [] };
  window.__probe = probe;
  function text(args) {
    return Array.prototype.map.call(args, String).join(' ');
  }
  var error = console.error;
  var warn = console.warn;
  console.error = function () {
    probe.errors.push(text(arguments));
    return error.apply(console, arguments);
  };
  console.warn = function () {
    probe.warnings.push(text(arguments));
    return warn.apply(console, arguments);
  };
  window.addEventListener('error', function (e) {
    probe.errors.push('uncaught: ' + e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    probe.errors.push('unhandled rejection: ' + String(e.reason));
  });
  window.addEventListener(
    'securitypolicyviolation',
    function (e) {
      probe.violations.push(e.violatedDirective + ' ' + e.blockedURI);
    },
    true,
  );
})();
