/*
 * Twofold: following a conversation as it moves, for the person's tablet and the supporter's view.
 * Server-Sent Events where the browser has them; where they are missing or keep failing, it asks
 * for the state every pollMs instead. Each state heard of goes to onState (null when asking failed).
 * Gives back a function that stops following.
 */
window.twofoldFollow = function (here, onState, pollMs) {
  "use strict";
  var source = null;
  var polling = null;
  function ask() {
    fetch(here + "/state", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(onState, function () { /* offline: ask again next time */ });
  }
  function poll() {
    if (!polling && window.fetch) { polling = setInterval(ask, pollMs); }
  }
  if (window.EventSource) {
    var failures = 0;
    source = new EventSource(here + "/events");
    source.addEventListener("state", function (e) {
      failures = 0;
      onState(JSON.parse(e.data));
    });
    source.onerror = function () {
      failures += 1;
      if (source.readyState === EventSource.CLOSED || failures >= 3) {
        source.close();
        source = null;
        poll();
      }
    };
  } else {
    poll();
  }
  return function stop() {
    if (source) { source.close(); source = null; }
    if (polling) { clearInterval(polling); polling = null; }
  };
};
