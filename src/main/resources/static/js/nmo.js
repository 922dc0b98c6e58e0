// Page behaviour kept out of the templates, so the Content-Security-Policy allows scripts from this site only:
// GOV.UK Frontend's components, print buttons, progress bars drawn from their data, and the pages' live updates.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// A button with data-nmo-print prints the page (in place of an inline onclick handler).
document.querySelectorAll('[data-nmo-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
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
