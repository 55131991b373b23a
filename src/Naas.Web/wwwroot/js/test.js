// Progressive enhancement for the knowledge test's and the written exercise's pages: without JavaScript a
// page saves on every submission and shows the time left when it loads; with it, the clock counts down, the
// candidate is warned at 5 minutes and at 1 minute, answers save as they are given, and at time-out the page
// goes once to where the server ends the test.
(function () {
  var timer = document.getElementById('time-remaining');
  var text = document.getElementById('time-text');
  var form = document.getElementById('question-form');
  var status = document.getElementById('save-status');
  if (!timer || !text) return;

  // The server's figure is the truth (the clock runs from the stored start); this only counts it down.
  var deadline = Date.now() + parseInt(timer.getAttribute('data-seconds'), 10) * 1000;
  // Warnings fire when the time left first falls to or below each mark, so a late or throttled tick (a
  // background tab, a busy machine) cannot skip one. Marks already passed when the page opened are not
  // repeated: the page shows the time left.
  var initial = Math.ceil((deadline - Date.now()) / 1000);
  var warnings = [{ at: 300, words: '5 minutes left' }, { at: 60, words: '1 minute left' }]
    .filter(function (w) { return initial > w.at; });
  var leaving = false;
  function tick() {
    var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    text.textContent = (minutes > 0 ? minutes + ' minutes ' : '') + seconds + ' seconds';
    // Screen readers hear the time only at these moments, not every second.
    var due = warnings.filter(function (w) { return !w.done && left <= w.at && left > 0; });
    if (due.length > 0) {
      // Only the latest mark passed is spoken, even if a slow tick passed two at once.
      due.forEach(function (w) { w.done = true; });
      if (status) status.textContent = due[due.length - 1].words;
      timer.classList.add('naas-time-warning');
    }
    if (left === 0) { timeUp(); return; }
    var ms = (deadline - Date.now()) % 1000;
    setTimeout(tick, ms > 0 ? ms : 1000);
  }
  // At time-out the page reloads once, after a moment's grace so the server's clock has passed the end too: the
  // server then ends the test and shows the result. If the page comes back still counting nothing (a clock
  // far out), it says so instead of reloading again, so there is never a loop of reloads.
  function timeUp() {
    if (leaving) return;
    leaving = true;
    var key = 'naas-time-up:' + window.location.pathname;
    var already = false;
    try { already = window.sessionStorage.getItem(key) === '1'; window.sessionStorage.setItem(key, '1'); } catch (e) { already = false; }
    if (already) {
      if (status) status.textContent = 'Your time is up. Your saved answers have been kept. Reload the page to see what happens next.';
      return;
    }
    setTimeout(function () { window.location.reload(); }, 1500);
  }
  tick();

  if (!form) return;
  var pending = null;
  // A save the server could not make (the database restarting, an instance going away: a 5xx answer or no answer)
  // is tried again by itself, after 2, 4, 8 then every 15 seconds, with the form as it is then, until it lands;
  // the candidate is told so in plain words meanwhile. A newer change starts afresh.
  var delay = 0;
  function retryLater() {
    delay = delay === 0 ? 2000 : Math.min(delay * 2, 15000);
    if (status) status.textContent = 'We could not save your answer just now. Trying again…';
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, delay);
  }
  function save() {
    pending = null;
    var data = new FormData(form);
    var url = window.location.pathname.replace(/\/$/, '') + '/autosave';
    fetch(url, { method: 'POST', body: data, credentials: 'same-origin' }).then(function (response) {
      if (response.status === 409) { if (!leaving) { leaving = true; window.location.reload(); } return; }
      if (response.status >= 500) { retryLater(); return; }
      delay = 0;
      if (status) status.textContent = response.ok ? 'Your answer has been saved' : 'Your answer could not be saved automatically. It will be saved when you continue.';
    }).catch(function () {
      retryLater();
    });
  }
  form.addEventListener('change', function () {
    delay = 0;
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  // Written answers save while the candidate types, once they pause, not only when they leave the box.
  form.addEventListener('input', function (e) {
    if (!e.target || e.target.tagName !== 'TEXTAREA') return;
    delay = 0;
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, 1500);
  });
})();
