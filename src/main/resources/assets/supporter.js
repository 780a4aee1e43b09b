/* Twofold: the supporter's view follows the tablet. When the person answers there, the page refreshes,
   unless the supporter is typing. */
(function () {
  "use strict";
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
