// Page behaviour kept out of the templates, so the Content-Security-Policy allows scripts from this site only:
// GOV.UK Frontend's components, print buttons, progress bars drawn from their data, and the pages' live updates.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// A button with data-nmo-print prints the page (in place of an inline onclick handler).
document.querySelectorAll('[data-nmo-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});

// A button with data-nmo-copy="<id>" copies that box's text. Without script the button stays hidden and the text
// can still be selected and copied by hand, so it is shown only where copying can work.
document.querySelectorAll('[data-nmo-copy]').forEach(function (button) {
  var box = document.getElementById(button.getAttribute('data-nmo-copy'));
  var status = document.getElementById(button.id + '-status');
  if (!box) { return; }
  var said = function (words) { if (status) { status.textContent = words; } };
  button.hidden = false;
  button.addEventListener('click', function () {
    var byHand = function () {
      box.focus();
      box.select();
      said('Press Ctrl and C (or Cmd and C) to copy the selected text.');
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(box.value)
        .then(function () { said('Copied. You can now paste it where you need it.'); })
        .catch(byHand);
    } else {
      byHand();
    }
  });
});

// A progress bar's width comes from its data-percent (setting it from script is allowed; a style attribute is not).
function drawProgress(bar, percent) {
  bar.style.width = Math.max(0, Math.min(100, Number(percent) || 0)) + '%';
  bar.setAttribute('aria-valuenow', percent);
}
document.querySelectorAll('[data-percent]').forEach(function (bar) { drawProgress(bar, bar.getAttribute('data-percent')); });

// A bulk import's progress, polled until it finishes.
var importBox = document.getElementById('import-progress');
if (importBox && importBox.hasAttribute('data-progress-url')) {
  var url = importBox.getAttribute('data-progress-url');
  var poll = function () {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) { return; }
        drawProgress(document.getElementById('import-progress-bar'), progress.percent);
        document.getElementById('import-progress-text').textContent =
          progress.rowsDone + ' of ' + progress.totalRows + ' rows done';
        if (progress.finished) { window.location.reload(); } else { setTimeout(poll, 1000); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  };
  setTimeout(poll, 500);
}
