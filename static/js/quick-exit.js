// "Snel weg". Without JavaScript the button posts to /weg, which forgets the session and its
// cookie and redirects to the neutral page /weer. With JavaScript the same happens by navigating
// to /weg with location.replace(): this page is replaced in the history (Back does not return to
// it), and there is no request to wait for or to misread: whatever the server answers is shown
// instead of this page, and /weg clears the cookie on every answer, even without a database or
// a valid CSRF token. The shortcut is Shift pressed three times (as GOV.UK's "Exit this page"),
// which typing never does; for someone logged in it asks first, so work is never lost by accident.
(function () {
  "use strict";

  var PRESSES = 3;
  var WINDOW_MS = 5000;
  var presses = 0;
  var timer = 0;
  var leaving = false;

  function status(form, text) {
    var live = form.querySelector("[data-quick-exit-status]");
    if (live) {
      live.textContent = text;
    }
  }

  function reset(form) {
    presses = 0;
    window.clearTimeout(timer);
    status(form, "");
  }

  function leave(form) {
    if (leaving) {
      return;
    }
    leaving = true;
    // Show nothing of this page while the next one loads.
    document.documentElement.classList.add("wr-leaving");
    document.title = "Het weer";
    try {
      window.sessionStorage.clear();
    } catch (error) {
      // Storage may be switched off; there is nothing of ours in it anyway.
    }
    window.location.replace(form.getAttribute("action"));
  }

  function shortcut(form) {
    reset(form);
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      return;
    }
    leave(form);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-quick-exit]");
    if (!form) {
      return;
    }
    form.querySelectorAll(".wr-quick-exit__keys").forEach(function (hint) { hint.hidden = false; });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      leave(form);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") {
        // Shift with a letter (a capital) or any other key: not the shortcut.
        if (presses) {
          reset(form);
        }
        return;
      }
      if (event.repeat) {
        return;
      }
      presses += 1;
      window.clearTimeout(timer);
      if (presses >= PRESSES) {
        shortcut(form);
        return;
      }
      // The sentence for the presses left, in the page's language: the template renders one per
      // count (data-left-1, data-left-2; PRESSES - 1 of them) from the .po, with its plural.
      var live = form.querySelector("[data-quick-exit-status]");
      status(form, live ? live.getAttribute("data-left-" + (PRESSES - presses)) || "" : "");
      timer = window.setTimeout(function () { reset(form); }, WINDOW_MS);
    });
    // Shift held while clicking (selecting text) is not the shortcut either.
    document.addEventListener("pointerdown", function () {
      if (presses) {
        reset(form);
      }
    });
  });
})();
