// Werkroute: small progressive enhancements. Everything works without this file.
(function () {
  "use strict";

  // After htmx swaps in new content, move focus to the element marked data-focus-after-swap
  // (a question's heading) so keyboard and screen reader users land on it and hear it.
  // With an outerHTML swap the event's element is the old, detached node: look in the
  // document for the element that now carries the target's id.
  document.addEventListener("htmx:afterSettle", function (event) {
    var id = event.detail && event.detail.target ? event.detail.target.id : "";
    var root = (id && document.getElementById(id)) || document;
    var target = root.querySelector("[data-focus-after-swap]");
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
    var titled = root.querySelector("[data-page-title]") || (root.matches && root.matches("[data-page-title]") ? root : null);
    if (titled) {
      document.title = titled.getAttribute("data-page-title");
    }
  });

  // When htmx cannot swap (the server refused, failed or did not answer), say so (in the page's language) where the
  // new content would have come, with a plain link to load the page again. Never silence.
  // The sentences are in the page (base.html, <template id="wr-swap-errors">), translated like any other text.
  function said(key) {
    var words = document.getElementById("wr-swap-errors");
    var found = words && words.content.querySelector('[data-status="' + key + '"]');
    return found ? found.textContent.trim() : "";
  }

  function swapError(status) {
    if (said(String(status))) {
      return said(String(status));
    }
    return status >= 500 ? said("503") : said("other");
  }

  function clearSwapErrors() {
    document.querySelectorAll("[data-swap-error]").forEach(function (old) { old.remove(); });
  }

  function showSwapError(event, status) {
    clearSwapErrors();
    var text = swapError(status);
    var target = (event.detail && event.detail.target) || event.target;
    if (!target || !target.parentNode || target === document.body) {
      target = document.getElementById("inhoud");
    }
    var alert = document.createElement("div");
    alert.className = "utrecht-alert utrecht-alert--error wr-swap-error";
    alert.setAttribute("role", "alert");
    alert.setAttribute("data-swap-error", "");
    var message = document.createElement("p");
    message.className = "utrecht-paragraph";
    message.textContent = text + " ";
    var reload = document.createElement("a");
    reload.className = "utrecht-link";
    reload.href = window.location.href;
    reload.textContent = said("reload");
    message.appendChild(reload);
    alert.appendChild(message);
    if (target.id === "inhoud") {
      target.insertBefore(alert, target.firstChild);
    } else {
      target.parentNode.insertBefore(alert, target);
    }
  }

  document.addEventListener("htmx:beforeRequest", clearSwapErrors);
  document.addEventListener("htmx:responseError", function (event) {
    showSwapError(event, event.detail && event.detail.xhr ? event.detail.xhr.status : 0);
  });
  document.addEventListener("htmx:sendError", function (event) { showSwapError(event, 0); });
  document.addEventListener("htmx:timeout", function (event) { showSwapError(event, 0); });

  // The print button only makes sense with JavaScript; without it, the browser's own print works.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
