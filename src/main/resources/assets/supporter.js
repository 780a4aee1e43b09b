/* Twofold: the supporter's view follows the tablet. When the person answers there, the page refreshes,
   unless the supporter is typing: then a notice says so, and the page refreshes once they are not.
   On a picture board, each card placed refreshes only the mat (and the finished boards), in place,
   so the supporter's own forms keep what they are doing. */
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
  /* Only a board's page carries the seq it shows: there every event (a card placed, a comment) changes what it shows. */
  function matBehind(s) {
    return body.dataset.seq !== undefined && Number(s.seq) > Number(body.dataset.seq);
  }
  var liveParts = document.querySelectorAll("[data-live][id]");
  var news = document.querySelector("[data-mat-news]");
  var matWanted = false;
  var fetching = false;
  function busyInLivePart() {
    var el = document.activeElement;
    for (var i = 0; i < liveParts.length; i++) {
      if (liveParts[i].contains(el)) { return true; }
    }
    return false;
  }
  /* Fetch the page and swap in its live parts; a page that has moved on (a new step, an answer) is shown whole. */
  function refreshMat() {
    if (fetching || submitting || !window.fetch || !window.DOMParser) { return; }
    if (busyInLivePart()) { return; }
    fetching = true;
    matWanted = false;
    fetch(here, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        fetching = false;
        if (!html) { matWanted = true; return; }
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.body.dataset;
        if (fresh.seq === undefined || differs({ node: fresh.node, answers: fresh.answers, status: fresh.status })) {
          behind = true;
          refreshWhenFree();
          return;
        }
        if (Number(fresh.seq) > Number(body.dataset.seq)) {
          if (busyInLivePart()) { matWanted = true; return; }
          for (var i = 0; i < liveParts.length; i++) {
            var part = page.getElementById(liveParts[i].id);
            if (part) { liveParts[i].innerHTML = part.innerHTML; }
          }
          body.dataset.seq = fresh.seq;
          var last = document.querySelector("[data-mat-last]");
          if (news && last) { news.textContent = last.textContent; }
        }
        /* A change heard of while this page was being fetched: fetch again. */
        if (matWanted) { refreshMat(); }
      }, function () { fetching = false; matWanted = true; });
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
    if (behind) { refreshWhenFree(); return; }
    if (s && matBehind(s)) { matWanted = true; }
    if (matWanted) { refreshMat(); }
  }
  if (window.twofoldFollow) { window.twofoldFollow(here, follow, 3000); }
  /* An event comes only when the tablet moves: while the page is behind, look again until they stop typing. */
  setInterval(function () {
    if (behind) { refreshWhenFree(); } else if (matWanted) { refreshMat(); }
  }, 3000);
}());
