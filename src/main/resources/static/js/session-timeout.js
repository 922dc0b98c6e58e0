// The timeout warning (the GOV.UK / HMRC "you're about to be signed out" pattern): a modal dialog a little before the
// session ends, with "Stay signed in" (one request keeps the session) and "Sign out". If the session ends anyway,
// the dialog says so; a form sent then is kept by the server and offered again after signing in, so nothing typed
// is lost. No inline script: the page's CSP allows scripts from the register only.
(function () {
  'use strict';
  var dialog = document.getElementById('session-timeout');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var seconds = parseInt(dialog.getAttribute('data-timeout-seconds'), 10);
  if (!(seconds > 0)) {
    return;
  }
  var warnFor = Math.min(120, Math.floor(seconds / 4));
  var countdown = dialog.querySelector('[data-timeout-countdown]');
  var stay = dialog.querySelector('[data-timeout-stay]');
  var warning = dialog.querySelector('[data-timeout-warning]');
  var ended = dialog.querySelector('[data-timeout-ended]');
  var warnTimer, tick, endsAt;

  function words(left) {
    if (left >= 60) {
      var minutes = Math.ceil(left / 60);
      return minutes + (minutes === 1 ? ' minute' : ' minutes');
    }
    return left + (left === 1 ? ' second' : ' seconds');
  }

  function start() {
    clearTimeout(warnTimer);
    clearInterval(tick);
    endsAt = Date.now() + seconds * 1000;
    warnTimer = setTimeout(warn, (seconds - warnFor) * 1000);
  }

  function warn() {
    warning.hidden = false;
    ended.hidden = true;
    update();
    tick = setInterval(update, 1000);
    if (!dialog.open) {
      dialog.showModal();
    }
    stay.focus();
  }

  function update() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    // a screen reader hears the time left each minute (and at the end), not every second
    if (left % 60 === 0 || left <= 10 || countdown.textContent === '') {
      countdown.textContent = words(left);
    }
    if (left === 0) {
      clearInterval(tick);
      warning.hidden = true;
      ended.hidden = false;
      dialog.querySelector('[data-timeout-signin]').focus();
    }
  }

  stay.addEventListener('click', function () {
    fetch(dialog.getAttribute('data-keep-alive'), { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.ok && !response.redirected) {
          dialog.close();
          start();
        } else {
          endsAt = Date.now();
          update();
        }
      });
  });
  dialog.addEventListener('cancel', function (event) {
    // Escape means "stay signed in", as the pattern has it
    event.preventDefault();
    stay.click();
  });
  dialog.querySelector('[data-timeout-carry-on]').addEventListener('click', function () {
    dialog.close();
  });
  start();
}());
