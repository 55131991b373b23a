// Progressive enhancement for a knowledge-test question page: without JavaScript the page saves on every
// submission and shows the time left when it loads; with it, the clock counts down and answers save as given.
(function () {
  var timer = document.getElementById('time-remaining');
  var text = document.getElementById('time-text');
  var form = document.getElementById('question-form');
  var status = document.getElementById('save-status');
  if (!timer || !text || !form) return;

  // The server's figure is the truth (the clock runs from the stored start); this only counts it down.
  var deadline = Date.now() + parseInt(timer.getAttribute('data-seconds'), 10) * 1000;
  var lastAnnounced = null;
  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    text.textContent = (minutes > 0 ? minutes + ' minutes ' : '') + seconds + ' seconds';
    // Screen readers hear the time only at a few moments, not every second.
    if ((left === 300 || left === 60) && lastAnnounced !== left && status) {
      lastAnnounced = left;
      status.textContent = (left === 300 ? '5 minutes' : '1 minute') + ' left';
    }
    if (left === 0) { window.location.reload(); return; }
    setTimeout(tick, 1000);
  }
  tick();

  var pending = null;
  function save() {
    var data = new FormData(form);
    var url = window.location.pathname.replace(/\/$/, '') + '/autosave';
    fetch(url, { method: 'POST', body: data, credentials: 'same-origin' }).then(function (response) {
      if (response.status === 409) { window.location.reload(); return; }
      if (status) status.textContent = response.ok ? 'Your answer has been saved' : 'Your answer could not be saved automatically. It will be saved when you continue.';
    }).catch(function () {
      if (status) status.textContent = 'You seem to be offline. Your answer will be saved when you continue.';
    });
  }
  form.addEventListener('change', function () {
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
})();
