/* Twofold: the supporter's view follows the tablet. When the person answers there, the page refreshes,
   unless the supporter is typing. */
(function () {
  "use strict";
  /* A familiar voice: record in the browser and keep it for this person, for these exact words. */
  var recorder = document.querySelector("[data-recorder]");
  if (recorder && window.MediaRecorder && navigator.mediaDevices) {
    recorder.hidden = false;
    var status = recorder.querySelector("[data-record-status]");
    var active = null;
    recorder.addEventListener("click", function (e) {
      var button = e.target.closest("[data-record]");
      if (!button) { return; }
      if (active) { active.stop(); return; }
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        var chunks = [];
        var label = button.textContent;
        active = new MediaRecorder(stream);
        active.ondataavailable = function (ev) { if (ev.data.size) { chunks.push(ev.data); } };
        active.onstop = function () {
          stream.getTracks().forEach(function (t) { t.stop(); });
          active = null;
          button.textContent = label;
          var blob = new Blob(chunks, { type: chunks.length ? chunks[0].type : "audio/webm" });
          fetch("/staff/people/" + recorder.dataset.person + "/recordings?key=" + encodeURIComponent(button.dataset.record), {
            method: "POST", credentials: "same-origin", headers: { "Content-Type": blob.type || "audio/webm" }, body: blob
          }).then(function (r) {
            status.textContent = r.ok ? "Saved. The tablet will play this voice." : "Not saved. Please try again.";
          }, function () { status.textContent = "Not saved: the connection dropped."; });
        };
        active.start();
        button.textContent = "Stop recording";
        status.textContent = "Recording…";
      }, function () { status.textContent = "The microphone is not available."; });
    });
  }

  var body = document.body;
  var id = body.dataset.conversation;
  if (!id || body.dataset.status === "finished") { return; }
  function typing() {
    var el = document.activeElement;
    return el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT") && el.value;
  }
  setInterval(function () {
    fetch("/staff/conversations/" + id + "/state", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s || typing()) { return; }
        if (s.node !== body.dataset.node || String(s.answers) !== body.dataset.answers || s.status !== body.dataset.status) {
          window.location.reload();
        }
      }, function () { /* offline: try again next time */ });
  }, 3000);
}());
