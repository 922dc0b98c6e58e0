// The control-room lookup: answers while the call-handler types, and keeps the address bar on the answer shown, so
// that Back, a reload or a bookmark comes back to it. Enter submits the form as a plain GET (its own URL).
(function () {
  'use strict';
  var form = document.getElementById('lookup-form');
  document.addEventListener('click', function (e) {
    var target = e.target;
    if (target && target.hasAttribute && target.hasAttribute('data-print')) {
      window.print();
    }
  });
  if (!form) { return; }
  var q = document.getElementById('q'), reason = document.getElementById('reason'),
      base = form.getAttribute('data-results'), page = form.getAttribute('action'), timer = null, asked = 0;

  function query() {
    return '?q=' + encodeURIComponent(q.value) + '&reason=' + encodeURIComponent(reason.value);
  }

  function search() {
    if (q.value.trim().length < 3 || reason.value.trim().length === 0) { return; }
    var mine = ++asked, qs = query();
    fetch(base + qs, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html === null || mine !== asked) { return; }
        var results = document.getElementById('results');
        if (results) { results.outerHTML = html; }
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, '', page + qs);
        }
      })
      .catch(function () { /* the Search button still works as a plain GET */ });
  }

  function later() { clearTimeout(timer); timer = setTimeout(search, 200); }
  q.addEventListener('input', later);
  reason.addEventListener('input', later);
  form.addEventListener('submit', function () { clearTimeout(timer); asked++; });
})();
