// Resumable upload of a simulation's recording (issue 15, item 7). Without this script the form posts the whole file,
// streamed to the disk. With it, the file is sent in parts of 8MB, each written where the last ended: a part that
// fails (a dropped connection, a restarted server) is retried with growing waits after asking the service where the
// upload stands, so nothing is sent twice or skipped, and the file is never read whole into memory.
(function () {
  "use strict";
  var form = document.getElementById("recording-form");
  if (!form || !window.fetch || !window.Blob || !Blob.prototype.slice) return;
  var progress = document.getElementById("upload-progress");
  var token = form.getAttribute("data-token");
  var chunk = parseInt(form.getAttribute("data-chunk"), 10);

  function say(text) { progress.textContent = text; }
  function percent(received, bytes) { return bytes ? Math.floor((100 * received) / bytes) + "%" : "0%"; }
  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  function where(upload) {
    return fetch(upload, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("status " + r.status); return r.json(); });
  }

  function send(file, upload, received, bytes, attempt) {
    if (received >= bytes) return Promise.resolve();
    var end = Math.min(received + chunk, bytes);
    say("Sending the recording: " + percent(received, bytes) + " received by the service.");
    return fetch(upload, {
      method: "PATCH",
      credentials: "same-origin",
      headers: { "Upload-Offset": String(received), "RequestVerificationToken": token, "Content-Type": "application/octet-stream" },
      body: file.slice(received, end)
    }).then(function (r) {
      if (r.ok || r.status === 409) return r.json().then(function (state) {
        if (state.complete) { say("The recording has been received in full. SHA-256 " + state.sha256 + "."); return; }
        return send(file, upload, state.received, bytes, 0);
      });
      return r.json().then(function (p) { throw new Error(p.detail || p.title || "status " + r.status); });
    }, function () {
      // The connection dropped: wait, ask where the upload stands, and carry on from there.
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt));
      say("The connection was lost at " + percent(received, bytes) + ". Trying again in " + Math.round(delay / 1000) + " seconds: nothing received is lost.");
      return wait(delay).then(function () { return where(upload); }).then(
        function (state) { return send(file, upload, state.received, bytes, attempt + 1); },
        function () { return send(file, upload, received, bytes, attempt + 1); });
    });
  }

  form.addEventListener("submit", function (event) {
    var input = document.getElementById("File");
    if (!input.files || input.files.length !== 1) return; // the page's own post names the problem
    event.preventDefault();
    var file = input.files[0];
    var body = new FormData();
    body.append("FileName", file.name);
    body.append("Bytes", String(file.size));
    body.append("Sha256", document.getElementById("Sha256").value);
    body.append("__RequestVerificationToken", token);
    say("Starting the upload.");
    fetch(form.getAttribute("data-start"), { method: "POST", credentials: "same-origin", body: body })
      .then(function (r) {
        return r.json().then(function (state) {
          if (!r.ok) throw new Error(state.title || "The upload could not start");
          return send(file, state.upload, state.received, state.bytes, 0);
        });
      })
      .then(function () { window.location.reload(); }, function (e) { say("The upload stopped: " + e.message); });
  });
})();
