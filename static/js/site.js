// Werkroute: small progressive enhancements. Everything works without this file.
(function () {
  "use strict";

  // After htmx swaps in new content, move focus to the element marked data-focus-after-swap
  // (a question's legend or a heading) so keyboard and screen reader users land on it.
  document.addEventListener("htmx:afterSettle", function (event) {
    var root = event.detail && event.detail.elt ? event.detail.elt : document;
    var target = root.querySelector ? root.querySelector("[data-focus-after-swap]") : null;
    if (!target && root.matches && root.matches("[data-focus-after-swap]")) {
      target = root;
    }
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
    var title = root.querySelector ? root.querySelector("[data-page-title]") : null;
    if (title) {
      document.title = title.getAttribute("data-page-title");
    }
  });
})();

// The print button only makes sense with JavaScript; without it, the browser's own print works.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
});
