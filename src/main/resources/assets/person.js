/*
 * Twofold: the person's screen. The page works without this script (plain forms).
 * This adds: arrow keys between options, one-switch and two-switch scanning, dwell,
 * select-on-release, keeping an answer through a dropped connection, and following the
 * conversation when it is answered somewhere else (the supporter's view, another device).
 */
(function () {
  "use strict";
  var body = document.body;
  var settings = {
    access: body.dataset.access || "touch",
    scanMs: Number(body.dataset.scanMs) || 1500,
    scanFirstMs: Number(body.dataset.scanFirstMs) || 3000,
    dwellMs: Number(body.dataset.dwellMs) || 1500,
    holdMs: Number(body.dataset.holdMs) || 0
  };
  var conversation = body.dataset.conversation;
  var here = "/person/conversations/" + conversation;
  var pendingKey = "twofold-pending-" + conversation;
  var wordsKey = "twofold-words-" + conversation;
  var status = document.querySelector("[data-connection]");
  /*
   * Scanning visits the answer cards first, then the speakers and the smaller controls. A page may
   * scan one set of its choices at a time (a picture board: the card, then its places): the body's
   * data-scan-set names the set, and choices marked with another data-scan-set wait their turn.
   */
  var scannable = Array.prototype.slice.call(document.querySelectorAll("[data-scan]"));
  var items = [];
  function collect() {
    var set = body.dataset.scanSet || "";
    var now = scannable.filter(function (el) {
      return (el.dataset.scanSet || "") === set && !el.disabled && !el.closest("[hidden]");
    });
    items = now.filter(function (el) { return el.classList.contains("option"); })
      .concat(now.filter(function (el) { return !el.classList.contains("option"); }));
  }
  collect();
  var sending = false;

  function activate(el) {
    /* A card being dragged is not chosen by resting or lifting on it: the drop decides. */
    if (!el || sending || body.hasAttribute("data-dragging")) { return; }
    el.dataset.chosen = "true";
    el.click();
  }

  /* Read aloud: a speaker button plays its clip at once; one clip at a time. */
  var player = new Audio();
  function play(url) {
    if (!url) { return; }
    body.dataset.lastPlayed = url;
    player.pause();
    player.src = url;
    var started = player.play();
    if (started && started.catch) { started.catch(function () { /* no sound allowed yet: the button still works later */ }); }
  }
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest(".speak");
    if (button) {
      e.preventDefault();
      play(button.dataset.audio);
    }
  });
  if (body.dataset.readAloud === "true") {
    var first = document.querySelector(".prompt-row .speak");
    if (first) { play(first.dataset.audio); }
  }

  /* Keyboard: arrow keys move between the options of the question. */
  document.addEventListener("keydown", function (e) {
    if (settings.access === "scan-one" || settings.access === "scan-two") { return; }
    if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].indexOf(e.key) < 0) { return; }
    var group = e.target.closest && e.target.closest(".options");
    if (!group) { return; }
    var options = Array.prototype.slice.call(group.querySelectorAll(".option"));
    var i = options.indexOf(e.target);
    if (i < 0) { return; }
    var step = (e.key === "ArrowLeft" || e.key === "ArrowUp") ? -1 : 1;
    options[(i + step + options.length) % options.length].focus();
    e.preventDefault();
  });

  /* Scanning: a highlight moves through the choices; a switch (Space or Enter) selects. */
  var scanIndex = -1;
  var scanTimer = null;
  function highlight(i) {
    items.forEach(function (el) { el.classList.remove("scan-focus"); });
    scanIndex = i;
    var el = items[i];
    if (el) {
      el.classList.add("scan-focus");
      el.focus({ preventScroll: false });
    }
  }
  function autoScan() {
    var next = (scanIndex + 1) % items.length;
    highlight(next);
    scanTimer = setTimeout(autoScan, next === 0 ? settings.scanFirstMs : settings.scanMs);
  }
  var scanning = settings.access === "scan-one" || settings.access === "scan-two";
  /* The choices to scan have changed (a card picked up or put down): start again at the first. */
  function rescan() {
    items.forEach(function (el) { el.classList.remove("scan-focus"); });
    collect();
    if (!scanning || !items.length) { return; }
    if (scanTimer) { clearTimeout(scanTimer); }
    highlight(0);
    if (settings.access === "scan-one") { scanTimer = setTimeout(autoScan, settings.scanFirstMs); }
  }
  if (scanning && items.length) {
    highlight(0);
    if (settings.access === "scan-one") {
      scanTimer = setTimeout(autoScan, settings.scanFirstMs);
    }
    document.addEventListener("keydown", function (e) {
      var isSelect = settings.access === "scan-one" ? (e.key === " " || e.key === "Enter") : e.key === "Enter";
      var isMove = settings.access === "scan-two" && e.key === " ";
      if (e.target.tagName === "TEXTAREA") { return; }
      if (isMove) {
        highlight((scanIndex + 1) % items.length);
        e.preventDefault();
      } else if (isSelect) {
        if (scanTimer) { clearTimeout(scanTimer); }
        activate(items[scanIndex]);
        e.preventDefault();
      }
    });
    /* A switch press must not also press the focused button a second time. */
    document.addEventListener("keyup", function (e) {
      if ((e.key === " " || e.key === "Enter") && e.target.tagName !== "TEXTAREA") { e.preventDefault(); }
    });
  }

  /* Dwell: resting the pointer on a choice for the set time selects it; a ring shows progress. */
  function dwellOn(el) {
    var started = 0;
    var frame = null;
    var ring = document.createElement("span");
    ring.className = "dwell-ring";
    ring.setAttribute("aria-hidden", "true");
    function stop() {
      if (frame) { cancelAnimationFrame(frame); }
      frame = null;
      ring.style.setProperty("--p", 0);
      if (ring.parentNode) { ring.parentNode.removeChild(ring); }
    }
    function tick(now) {
      var p = Math.min(1, (now - started) / settings.dwellMs);
      ring.style.setProperty("--p", p);
      if (p >= 1) { stop(); activate(el); return; }
      frame = requestAnimationFrame(tick);
    }
    el.addEventListener("pointerenter", function () {
      el.appendChild(ring);
      started = performance.now();
      frame = requestAnimationFrame(tick);
    });
    el.addEventListener("pointerleave", stop);
  }

  /* Select on release: a choice counts when the finger lifts on it, after the hold time. */
  function releaseOn(el) {
    var down = 0;
    el.addEventListener("pointerdown", function () { down = performance.now(); });
    el.addEventListener("pointerup", function () {
      if (down && performance.now() - down >= settings.holdMs) { activate(el); }
      down = 0;
    });
    el.addEventListener("pointercancel", function () { down = 0; });
    el.addEventListener("click", function (e) {
      /* Keyboard clicks have detail 0 and always count; pointer clicks only through pointerup. */
      if (e.detail !== 0 && el.dataset.chosen !== "true") { e.preventDefault(); }
    });
  }
  function enable(el) {
    if (settings.access === "dwell") { dwellOn(el); }
    if (settings.access === "release") { releaseOn(el); }
  }
  scannable.forEach(enable);

  /* What a page's own script (board.js) may use: the same choosing, speaking and scanning as here. */
  window.twofoldPerson = { settings: settings, rescan: rescan, play: play, player: player, activate: activate };

  /* A dropped connection: keep the answer on the tablet and send it when the connection is back. */
  function say(text) {
    if (status) { status.textContent = text; }
  }
  function send(pending) {
    sending = true;
    document.body.setAttribute("data-pending", "true");
    return fetch(pending.action, {
      method: "POST",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: pending.body,
      credentials: "same-origin"
    }).then(function (response) {
      localStorage.removeItem(pendingKey);
      if (response.ok) {
        return response.json().then(function (r) { window.location.replace(r.url); });
      }
      if (response.status === 409) {
        /* The question moved on before this answer came: nothing was recorded. Keep their own words. */
        keepWords(new URLSearchParams(pending.body).get("text"));
        return response.json().then(function (r) {
          if (r && r.url) { window.location.replace(r.url); } else { window.location.reload(); }
        }, function () { window.location.reload(); });
      }
      window.location.reload();
    }, function () {
      say("The connection has dropped. Your answer is kept. It will go when the connection is back.");
      setTimeout(function () { send(pending); }, 3000);
    });
  }
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute("data-answer") || !window.fetch) { return; }
    e.preventDefault();
    if (sending) { return; }
    var data = new FormData(form);
    if (e.submitter && e.submitter.name) { data.append(e.submitter.name, e.submitter.value); }
    var pending = { action: form.action, body: new URLSearchParams(data).toString() };
    if (data.get("text")) { forgetWords(); }
    try { localStorage.setItem(pendingKey, JSON.stringify(pending)); } catch (ignored) { /* private mode: keep it in memory */ }
    send(pending);
  });
  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(pendingKey) || "null"); } catch (ignored) { saved = null; }
  if (saved) { send(saved); }

  /* Own words written for a question that moved on are kept, and come back here. */
  var words = document.querySelector("textarea[name=text]");
  function keepWords(text) {
    if (!text || !text.trim()) { return; }
    try { sessionStorage.setItem(wordsKey, text); } catch (ignored) { /* private mode: nothing to keep them in */ }
  }
  function forgetWords() {
    try { sessionStorage.removeItem(wordsKey); } catch (ignored) { /* nothing kept */ }
  }
  if (words && !words.value) {
    try { words.value = sessionStorage.getItem(wordsKey) || ""; } catch (ignored) { /* nothing kept */ }
  }

  /*
   * Following the conversation: when someone answers in the supporter's view or elsewhere, go to
   * where the conversation is now. Events where the browser has them; if not, ask every second.
   * While the person is writing their own words, stay, and offer the new question instead.
   */
  var shown = { node: body.dataset.node, answers: body.dataset.answers, status: body.dataset.status };
  var stopFollowing = function () { /* not following yet */ };
  var noticeShown = false;
  function differs(now) {
    return now.node !== shown.node || String(now.answers) !== shown.answers || now.status !== shown.status;
  }
  /* A picture board also changes without an answer: a card placed elsewhere (the supporter's view). */
  function boardMoved(now) {
    return body.dataset.seq !== undefined && now.node === shown.node && String(now.seq) !== body.dataset.seq;
  }
  function writing() {
    return words && words.value.trim() !== "";
  }
  function follow(now) {
    if (!now || sending) { return; }
    if (boardMoved(now) && !differs(now)) {
      /* Not while the person holds or sends a card: their own move shows the board as it is then. */
      if (!body.hasAttribute("data-pending") && !body.hasAttribute("data-holding") && !body.hasAttribute("data-dragging")) {
        stopFollowing();
        window.location.replace(here + (/[?&]review=1/.test(window.location.search) ? "?review=1" : ""));
      }
      return;
    }
    if (!differs(now)) { return; }
    if (writing()) { offerTheNewQuestion(); return; }
    stopFollowing();
    window.location.replace(here);
  }
  function offerTheNewQuestion() {
    var notice = document.querySelector("[data-moved-notice]");
    var template = document.querySelector("[data-moved-template]");
    if (noticeShown || !notice || !template) { return; }
    noticeShown = true;
    keepWords(words.value);
    notice.appendChild(template.content.cloneNode(true));
    var link = notice.querySelector("a");
    link.addEventListener("click", function () { keepWords(words.value); });
    enable(link);
    items.unshift(link);
    if (scanIndex >= 0) { scanIndex += 1; }
  }
  if (shown.status && shown.status !== "finished" && window.twofoldFollow) { stopFollowing = window.twofoldFollow(here, follow, 1000); }
}());
