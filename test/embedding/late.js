// late.html: a property is set on an element before its definition exists, then the widget's
// script is added after the page has loaded, then a new element is created afterwards.
(function () {
  'use strict';
  var first = document.getElementById('before');
  first.node = 'cas-2';
  setTimeout(function () {
    var script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/ent-help.js';
    script.onload = function () {
      var after = document.createElement('ent-help');
      after.id = 'after';
      document.body.append(after);
    };
    document.head.append(script);
  }, 100);
})();
