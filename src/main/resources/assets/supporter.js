/* Twofold: the supporter's view follows the tablet. When the person answers there, the page refreshes,
   unless the supporter is typing: then a notice says so, and the page refreshes once they are not. */
(function () {
  "use strict";
  /* The page's form token (see the layout's meta tag): the server refuses a post without it. */
  function formToken() {
    var meta = document.querySelector("meta[name=csrf-token]");
    return meta ? meta.content : "";
  }
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
            method: "POST", credentials: "same-origin", headers: { "Content-Type": blob.type || "audio/webm", "X-CSRF-Token": formToken() }, body: blob
          }).then(function (r) {
            status.textContent = r.ok ? "Saved. The tablet will play this voice."
              : r.status === 409 ? "Not saved: they have as many recordings as can be kept. Delete one they no longer need first."
              : "Not saved. Please try again.";
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
  var here = "/staff/conversations/" + id;
  var notice = document.querySelector("[data-tablet-moved]");
  var behind = false;
  var submitting = false;
  document.addEventListener("submit", function () { submitting = true; });
  function differs(s) {
    return s.node !== body.dataset.node || String(s.answers) !== body.dataset.answers || s.status !== body.dataset.status;
  }
  /* Go to the page itself rather than reload: this one may be the answer to a form, such as the start. */
  function refreshWhenFree() {
    if (submitting) { return; }
    if (typing()) {
      if (notice && !notice.textContent) { notice.textContent = "The tablet has moved on to a new question."; }
      return;
    }
    window.location.replace(here);
  }
  function follow(s) {
    if (s && differs(s)) { behind = true; }
    if (behind) { refreshWhenFree(); }
  }
  if (window.twofoldFollow) { window.twofoldFollow(here, follow, 3000); }
  /* An event comes only when the tablet moves: while the page is behind, look again until they stop typing. */
  setInterval(function () { if (behind) { refreshWhenFree(); } }, 3000);
}());
