/*
 * Twofold: the person's picture board. The page works without this script: each place is a button of
 * a form for the card being handed over. This adds, with the person's own way of choosing (person.js):
 * picking a card up (tap, keyboard, switch or dwell) and then choosing its place; dragging a card onto
 * a place (touch or mouse); and each placement sent at once, said politely, and shown as the server has it.
 */
(function () {
  "use strict";
  var person = window.twofoldPerson;
  var mat = document.querySelector("form[data-board]");
  if (!person || !mat || !window.fetch) { return; }
  var body = document.body;
  var access = person.settings.access;
  var scanning = access === "scan-one" || access === "scan-two";
  var conversation = body.dataset.conversation;
  var here = "/person/conversations/" + conversation;
  var announceKey = "twofold-placed-" + conversation;
  var focusKey = "twofold-board-focus-" + conversation;
  var cardField = mat.querySelector("[data-card-field]");
  var targets = Array.prototype.slice.call(mat.querySelectorAll(".place-target"));
  var putBack = mat.querySelector("[data-put-back]");
  var hand = document.querySelector(".mat-card.in-hand");
  var announce = document.querySelector("[data-announce]");
  var status = document.querySelector("[data-connection]");
  var reviewing = !!document.querySelector("[data-board-yes]");
  var held = null;
  var sending = false;

  function say(text) {
    if (status) { status.textContent = text; }
  }

  /* The card the places are for: the one picked up, else the one being handed over. */
  function current() {
    return held || hand;
  }

  /* Each place names what it does with the current card: "Put Meals at Going well". */
  function label() {
    var card = current();
    targets.forEach(function (t) {
      if (card) {
        t.disabled = false;
        t.setAttribute("aria-label", "Put " + card.dataset.label + " " + t.dataset.where);
      } else {
        t.disabled = true;
        t.setAttribute("aria-label", t.dataset.name);
      }
    });
    if (cardField) { cardField.value = card ? card.dataset.card : ""; }
  }

  document.querySelectorAll(".mat-card").forEach(function (c) { c.setAttribute("aria-pressed", "false"); });

  function pickUp(card) {
    if (held) { held.setAttribute("aria-pressed", "false"); }
    held = card;
    card.setAttribute("aria-pressed", "true");
    body.setAttribute("data-holding", "true");
    putBack.hidden = false;
    label();
    body.dataset.scanSet = "places";
    person.rescan();
    if (!scanning) {
      var first = targets.filter(function (t) { return !t.disabled; })[0];
      if (first) { first.focus(); }
    }
  }

  function putDown() {
    if (!held) { return; }
    var card = held;
    held.setAttribute("aria-pressed", "false");
    held = null;
    body.removeAttribute("data-holding");
    putBack.hidden = true;
    label();
    delete body.dataset.scanSet;
    person.rescan();
    if (!scanning) { card.focus(); }
  }

  /* Sends the placement at once; the page then shows the board as the server keeps it. */
  function place(card, target) {
    if (sending || !card) { return; }
    sending = true;
    body.setAttribute("data-pending", "true");
    var token = mat.querySelector("input[name=csrf]");
    var data = new URLSearchParams();
    data.append("node", mat.querySelector("input[name=node]").value);
    data.append("card", card.dataset.card);
    data.append("position", target.value);
    if (token) { data.append("csrf", token.value); }
    var headers = { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" };
    if (token) { headers["X-CSRF-Token"] = token.value; }
    fetch(here + "/place", { method: "POST", headers: headers, body: data.toString(), credentials: "same-origin" })
      .then(function (response) {
        if (response.ok) {
          return response.json().then(function () {
            try {
              sessionStorage.setItem(announceKey, card.dataset.label + " is " + target.dataset.where + ".");
              sessionStorage.setItem(focusKey, "next");
            } catch (ignored) { /* private mode: nothing said after the page comes back */ }
            window.location.replace(here + (reviewing ? "?review=1" : ""));
          });
        }
        if (response.status === 409) {
          /* The conversation moved on before this card was placed: go to where it is now. */
          return response.json().then(function (r) {
            window.location.replace(r && r.url ? r.url : here);
          }, function () { window.location.replace(here); });
        }
        window.location.reload();
      }, function () {
        sending = false;
        body.removeAttribute("data-pending");
        say("The connection has dropped. The card was not placed. Please try again.");
      });
  }

  /* Taps, clicks, switch presses and dwell all arrive as clicks (person.js turns the others into clicks). */
  document.addEventListener("click", function (e) {
    var card = e.target.closest && e.target.closest(".mat-card");
    var target = e.target.closest && e.target.closest(".place-target");
    var back = e.target.closest && e.target.closest("[data-put-back]");
    if (!card && !target && !back) { return; }
    /* Choosing when the finger lifts: person.js chooses on the lift; the tap's own click is not a choice. */
    var tapOnly = access === "release" && e.detail !== 0;
    e.preventDefault();
    if (tapOnly) { return; }
    if (dragged) { dragged = false; return; }
    if (back) { putDown(); return; }
    if (card) {
      if (held === card) { putDown(); } else { pickUp(card); }
      return;
    }
    if (!target.disabled) { place(current(), target); }
  });

  /* Keyboard: arrow keys move between the places; Escape puts the card down again. */
  document.addEventListener("keydown", function (e) {
    if (scanning) { return; }
    if (e.key === "Escape" && held) {
      putDown();
      e.preventDefault();
      return;
    }
    if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].indexOf(e.key) < 0) { return; }
    var i = targets.indexOf(e.target);
    if (i < 0) { return; }
    var open = targets.filter(function (t) { return !t.disabled; });
    var j = open.indexOf(e.target);
    var step = (e.key === "ArrowLeft" || e.key === "ArrowUp") ? -1 : 1;
    open[(j + step + open.length) % open.length].focus();
    e.preventDefault();
  });

  /*
   * Dragging, with touch or a mouse: a card follows the finger, the place under it is marked, and
   * lifting on a place puts the card there. Lifting anywhere else puts it back where it was.
   */
  var drag = null;
  var dragged = false;
  function placeAt(x, y) {
    var under = document.elementFromPoint(x, y);
    var place = under && under.closest && under.closest(".place");
    return place ? place.querySelector(".place-target") : null;
  }
  function mark(target) {
    targets.forEach(function (t) { t.classList.toggle("drop-here", t === target); });
  }
  function endDrag() {
    if (!drag) { return; }
    drag.card.classList.remove("dragging");
    drag.card.style.transform = "";
    mark(null);
    drag = null;
    /* The click that follows the lift is part of the drag; then choosing works as before. */
    setTimeout(function () { body.removeAttribute("data-dragging"); dragged = false; }, 0);
  }
  if (!scanning) {
    document.addEventListener("pointerdown", function (e) {
      var card = e.target.closest && e.target.closest(".mat-card");
      if (!card || sending || e.button > 0) { return; }
      drag = { card: card, id: e.pointerId, x: e.clientX, y: e.clientY, moving: false };
    });
    document.addEventListener("pointermove", function (e) {
      if (!drag || e.pointerId !== drag.id) { return; }
      var dx = e.clientX - drag.x;
      var dy = e.clientY - drag.y;
      if (!drag.moving) {
        if (Math.abs(dx) + Math.abs(dy) < 12) { return; }
        drag.moving = true;
        body.setAttribute("data-dragging", "true");
        drag.card.classList.add("dragging");
        try { drag.card.setPointerCapture(e.pointerId); } catch (ignored) { /* the drag still follows the document */ }
      }
      drag.card.style.transform = "translate(" + dx + "px, " + dy + "px)";
      mark(placeAt(e.clientX, e.clientY));
      e.preventDefault();
    });
    document.addEventListener("pointerup", function (e) {
      if (!drag || e.pointerId !== drag.id) { return; }
      var card = drag.card;
      if (!drag.moving) { drag = null; return; }
      var target = placeAt(e.clientX, e.clientY);
      dragged = true;
      endDrag();
      if (target) {
        place(card, target);
      } else {
        say("");
        if (announce) { announce.textContent = card.dataset.label + " is back where it was."; }
      }
    });
    document.addEventListener("pointercancel", function (e) {
      if (drag && e.pointerId === drag.id) { endDrag(); }
    });
  }

  /* After a placement: say where the card went, and offer the next card. */
  var said = null;
  var focus = null;
  try {
    said = sessionStorage.getItem(announceKey);
    focus = sessionStorage.getItem(focusKey);
    sessionStorage.removeItem(announceKey);
    sessionStorage.removeItem(focusKey);
  } catch (ignored) { said = null; }
  if (said && announce) {
    /* A live region speaks what changes in it: fill it once the page is in place. */
    setTimeout(function () { announce.textContent = said; }, 300);
  }
  if (focus && !scanning) {
    var next = hand || document.querySelector("[data-board-yes]") || document.querySelector("[data-board-finish]");
    if (next) { next.focus(); }
  }

  /* Read aloud by itself: the card handed over after a placement; the whole read-back on "Is this right?". */
  if (body.dataset.readAloud === "true") {
    if (reviewing) {
      var clips = Array.prototype.slice.call(document.querySelectorAll(".review .speak"))
        .map(function (b) { return b.dataset.audio; });
      var at = 0;
      person.player.addEventListener("ended", function next() {
        at += 1;
        if (at < clips.length && person.player.src.indexOf(clips[at - 1]) >= 0) { person.play(clips[at]); }
      });
    } else if (focus && hand) {
      var speaker = hand.parentNode.querySelector(".speak");
      if (speaker) { person.play(speaker.dataset.audio); }
    }
  }
  label();
}());
