// "Snel weg": with JavaScript the exit also replaces this page in the history (the back button
// does not return here), and pressing Escape twice does the same. Without it, the form posts.
(function () {
  "use strict";

  var ESCAPE_WINDOW_MS = 1000;
  var lastEscape = 0;
  var leaving = false;

  function leave(form) {
    if (leaving) {
      return;
    }
    leaving = true;
    var target = form.getAttribute("data-exit-to") || "/weer";
    var go = function () { window.location.replace(target); };
    // The session is flushed on the server first; whatever happens, leave within a moment.
    var timer = window.setTimeout(go, 1500);
    window.fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      redirect: "manual"
    }).then(function () {
      window.clearTimeout(timer);
      go();
    }, function () {
      window.clearTimeout(timer);
      form.submit();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-quick-exit]");
    if (!form || !window.fetch || !window.FormData) {
      return;
    }
    form.querySelectorAll(".wr-quick-exit__keys").forEach(function (hint) { hint.hidden = false; });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      leave(form);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || event.defaultPrevented) {
        return;
      }
      // Escape also closes the gemeente suggestions while typing: never wipe answers then.
      var active = document.activeElement;
      if (active && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName)) {
        lastEscape = 0;
        return;
      }
      var now = Date.now();
      if (now - lastEscape < ESCAPE_WINDOW_MS) {
        leave(form);
      }
      lastEscape = now;
    });
  });
})();
