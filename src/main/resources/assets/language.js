/* Twofold: language help on the staff screens. It checks an outcome as it is typed, and
   suggests pictures for the person's own words so they can confirm what they meant. */
(function () {
  "use strict";
  /* The page's form token (see the layout's meta tag): the server refuses a post without it. */
  function formToken() {
    var meta = document.querySelector("meta[name=csrf-token]");
    return meta ? meta.content : "";
  }
  function post(path, text) {
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": formToken() },
      body: JSON.stringify({ text: text })
    }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); });
  }
  function later(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    return e;
  }

  var statement = document.querySelector("[data-check]");
  var issues = document.querySelector("[data-issues]");
  if (statement && issues) {
    var check = function () {
      if (!statement.value.trim()) { issues.textContent = ""; return; }
      post("/staff/language/check", statement.value).then(function (result) {
        issues.textContent = "";
        if (!result.issues.length) {
          issues.appendChild(el("p", "No problems found: it is in their voice and says why."));
          return;
        }
        var list = el("ul");
        result.issues.forEach(function (i) { list.appendChild(el("li", i.message)); });
        issues.appendChild(list);
        if (result.suggestion) {
          var use = el("button", "Use: " + result.suggestion);
          use.type = "button";
          use.className = "button";
          use.addEventListener("click", function () { statement.value = result.suggestion; check(); statement.focus(); });
          issues.appendChild(use);
        }
      }, function () { issues.textContent = "Language help is not ready yet. You can still save."; });
    };
    statement.addEventListener("input", later(check, 400));
    check();
  }

  /* Every other line of a draft being worded: is each sentence well formed? Said beside the field. */
  Array.prototype.forEach.call(document.querySelectorAll("[data-sentence]"), function (field) {
    var help = document.getElementById(field.id + "-help");
    if (!help) { return; }
    var shown = field.value;
    var check = function () {
      if (!field.value.trim() || field.value === shown) { help.textContent = ""; return; }
      post("/staff/language/sentence", field.value).then(function (result) {
        help.textContent = "";
        if (!result.issues.length) { help.appendChild(el("p", "Reads well.")); return; }
        var list = el("ul");
        result.issues.forEach(function (i) { list.appendChild(el("li", i.message)); });
        help.appendChild(list);
      }, function () { help.textContent = "Language help is not ready yet. You can still save."; });
    };
    field.addEventListener("input", later(check, 400));
  });

  var words = document.querySelector("[data-suggest]");
  /* On the tablet each picture is a big button that sends the words with it; for staff, a radio. */
  function choice(s, asButtons) {
    var img = el("img");
    img.src = "/symbols/" + s.id + ".svg";
    img.alt = "";
    if (asButtons) {
      var button = el("button");
      button.type = "submit";
      button.name = "symbol";
      button.value = s.id;
      button.className = "small";
      button.setAttribute("data-scan", "");
      button.appendChild(img);
      button.appendChild(el("span", s.label));
      return button;
    }
    var label = el("label");
    var input = el("input");
    input.type = "radio";
    input.name = "symbol";
    input.value = s.id;
    img.width = 64;
    img.height = 64;
    label.appendChild(input);
    label.appendChild(img);
    label.appendChild(el("span", s.label));
    return label;
  }
  var box = document.querySelector("[data-suggestions]");
  var list = document.querySelector("[data-suggestion-list]");
  if (words && box && list) {
    words.addEventListener("input", later(function () {
      if (!words.value.trim()) { box.hidden = true; return; }
      post(words.dataset.suggest || "/staff/language/symbols", words.value).then(function (result) {
        list.textContent = "";
        var asButtons = words.dataset.suggestAs === "buttons";
        result.symbols.slice(0, asButtons ? 4 : 6).forEach(function (s) { list.appendChild(choice(s, asButtons)); });
        box.hidden = result.symbols.length === 0;
      }, function () { box.hidden = true; });
    }, 400));
  }
}());
