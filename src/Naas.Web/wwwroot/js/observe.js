// Progressive enhancement for the observer's sheet. Without JavaScript the sheet saves by its own Save and Submit
// buttons. With it, every change is kept on this device first ("Saved on this tablet") and sent to the service
// ("Received"); when the connection drops, changes stay on the device and are sent when it returns, so nothing is
// lost. Each save names the revision it was made from: if another device saved since, the service refuses it and
// this device says so and keeps its copy, so nothing is silently overwritten either.
(function () {
  var form = document.getElementById('sheet-form');
  var status = document.getElementById('sheet-status');
  if (!form || !window.fetch || !window.FormData || !window.localStorage) return;
  var url = form.getAttribute('data-save');
  var key = form.getAttribute('data-key');
  var revisionField = form.elements.namedItem('Revision');
  var deviceField = form.elements.namedItem('Device');
  if (!url || !key || !revisionField || !deviceField) return;

  var device = null;
  try { device = window.localStorage.getItem('naas-device'); } catch (e) { device = null; }
  if (!device) {
    device = 'tablet ' + Math.random().toString(36).slice(2, 8);
    try { window.localStorage.setItem('naas-device', device); } catch (e) { /* private browsing: a name per page */ }
  }
  deviceField.value = device;

  var edits = 0, sending = false, again = false, stopped = false;

  function say(words) { if (status) status.textContent = words; }
  function now() { var d = new Date(); return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2); }
  function fields() {
    var pairs = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '__RequestVerificationToken' && name !== 'Revision' && name !== 'Device') pairs.push([name, value]);
    });
    return pairs;
  }
  function keep() {
    try { window.localStorage.setItem(key, JSON.stringify({ base: revisionField.value, fields: fields(), pending: true })); } catch (e) { /* full */ }
  }
  function forget() { try { window.localStorage.removeItem(key); } catch (e) { /* nothing kept */ } }
  function restore(pairs) {
    Array.prototype.forEach.call(form.querySelectorAll('input[type=radio]'), function (r) { r.checked = false; });
    pairs.forEach(function (p) {
      var named = form.querySelectorAll('[name="' + p[0] + '"]');
      Array.prototype.forEach.call(named, function (el) {
        if (el.type === 'radio') { if (el.value === p[1]) el.checked = true; } else { el.value = p[1]; }
      });
    });
  }

  function send() {
    if (stopped) return;
    if (sending) { again = true; return; }
    sending = true;
    var sent = edits;
    fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (body) {
          revisionField.value = String(body.revision);
          if (edits === sent) { forget(); say('Received by the service at ' + now() + '.'); } else { keep(); }
        });
      }
      if (response.status === 409) {
        stopped = true;
        return response.json().then(function (body) {
          say('This sheet was changed on ' + (body.device || 'another device') + ' since this tablet last saved it. ' +
            'Your entries are kept on this tablet: press Save to compare and keep them.');
        });
      }
      if (response.status === 423) { stopped = true; forget(); say('This sheet has been submitted.'); return; }
      say('Saved on this tablet. The service did not accept it (' + response.status + '): press Save to see why.');
    }).catch(function () {
      say('Saved on this tablet. It will be sent when the connection returns.');
    }).then(function () {
      sending = false;
      if (again) { again = false; send(); }
    });
  }

  var timer = null;
  function changed() {
    edits++;
    keep();
    say('Saved on this tablet.');
    if (timer) clearTimeout(timer);
    timer = setTimeout(send, 500);
  }
  form.addEventListener('change', changed);
  form.addEventListener('input', changed);
  window.addEventListener('online', send);
  setInterval(function () {
    try { if (window.localStorage.getItem(key)) send(); } catch (e) { /* nothing kept */ }
  }, 10000);

  // Entries this tablet kept but the service has not received, from before a reload or a lost connection.
  var kept = null;
  try { kept = JSON.parse(window.localStorage.getItem(key) || 'null'); } catch (e) { kept = null; }
  if (kept && kept.pending && kept.fields) {
    restore(kept.fields);
    edits++;
    if (String(kept.base) === String(revisionField.value)) {
      say('Saved on this tablet. Sending what the service has not received yet.');
      send();
    } else {
      stopped = true;
      say('This tablet kept entries the service has not received, and the sheet has since been changed on another ' +
        'device. Check the entries below and press Save to keep them.');
    }
  }
})();
