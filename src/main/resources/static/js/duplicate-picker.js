// The duplicate picker on a notification's page: narrows the list of earlier notifications as words are typed into
// its search box, by the rule the server uses without script (intake.web.DuplicateCandidates): every word typed must
// be found in a candidate's respondent name, case number, court or date received (its data-search text).
// A static file, as the Content-Security-Policy allows no inline script.
var box = document.getElementById('dq');
var list = document.getElementById('duplicate-candidates');
var count = document.getElementById('duplicate-count');
var none = document.getElementById('duplicate-none');
if (box && list) {
  var candidates = Array.prototype.slice.call(list.querySelectorAll('.nmo-candidate'));
  var narrow = function () {
    var words = box.value.toLowerCase().trim().split(/[\s,]+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    candidates.forEach(function (candidate) {
      var text = candidate.getAttribute('data-search') || '';
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      candidate.hidden = !match;
      if (match) { shown++; }
    });
    if (count) {
      count.textContent = (shown === 1 ? '1 notification' : shown + ' notifications')
        + (words.length ? ' match “' + box.value.trim() + '”' : ', likely repeats first');
    }
    if (none) { none.hidden = shown > 0; }
  };
  box.addEventListener('input', narrow);
  // Enter in the box narrows in place instead of reloading the page
  document.getElementById('duplicate-search').addEventListener('submit', function (event) {
    event.preventDefault();
    narrow();
  });
}
