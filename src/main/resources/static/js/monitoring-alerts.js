// The control room's live alerts: listens to the force's alert stream (server-sent events) and puts each new alert
// at the top of the list, announced to screen readers; a changed alert's status is updated in place. The browser
// reconnects by itself if the stream drops. No data is written as HTML: text only.
(function () {
  'use strict';
  var live = document.getElementById('live-alerts');
  var rows = document.getElementById('alert-rows');
  if (!live || !rows || !window.EventSource) { return; }
  var status = document.getElementById('live-status');
  var base = live.getAttribute('data-alert-base');
  var words = { OPEN: 'New', ACKNOWLEDGED: 'Acknowledged', CLOSED: 'Closed' };

  function when(iso) {
    try {
      return new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long',
        year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    } catch (e) { return iso; }
  }

  function cell(text) {
    var td = document.createElement('td');
    td.className = 'govuk-table__cell';
    td.textContent = text;
    return td;
  }

  function place(a) {
    if (!a.place) { return 'The device'; }
    return a.place + (a.distanceMetres === null || a.distanceMetres === undefined ? ''
      : ', ' + Math.round(a.distanceMetres) + ' m from it');
  }

  function show(a) {
    var existing = document.getElementById('alert-' + a.id);
    if (existing) {
      var s = existing.querySelector('[data-status]');
      if (s) { s.textContent = words[a.status] || a.status; }
      return;
    }
    if (!a.raised) { return; }
    var tr = document.createElement('tr');
    tr.className = 'govuk-table__row nmo-new-alert';
    tr.id = 'alert-' + a.id;
    var first = document.createElement('td');
    first.className = 'govuk-table__cell';
    var link = document.createElement('a');
    link.className = 'govuk-link';
    link.href = base + a.id;
    link.textContent = a.kindInWords;
    first.appendChild(link);
    tr.appendChild(first);
    tr.appendChild(cell(place(a)));
    tr.appendChild(cell(when(a.at)));
    var st = cell(words[a.status] || a.status);
    st.setAttribute('data-status', '');
    tr.appendChild(st);
    rows.insertBefore(tr, rows.firstChild);
    var none = document.getElementById('no-alerts');
    if (none) { none.hidden = true; }
    var note = document.createElement('p');
    note.className = 'govuk-body govuk-!-font-weight-bold nmo-live-alert';
    note.textContent = 'New alert: ' + a.kindInWords + ', ' + place(a) + ', at ' + when(a.at) + '.';
    live.appendChild(note);
  }

  var source = new EventSource(live.getAttribute('data-stream'));
  source.addEventListener('open', function () {
    if (status) { status.textContent = 'Live alerts: on. New alerts appear below as they arrive.'; }
  });
  source.addEventListener('error', function () {
    if (status) { status.textContent = 'Live alerts: reconnecting. Reload the page if this lasts.'; }
  });
  source.addEventListener('alert', function (e) {
    try { show(JSON.parse(e.data)); } catch (x) { /* a malformed message is ignored */ }
  });
}());
