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

  // The print button only makes sense with JavaScript; without it, the browser's own print works.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
