// Catalogue filters: small enhancements on top of htmx. The form works without this file.
(function () {
  "use strict";

  function isResults(target) {
    return target && target.id === "results";
  }

  // A wrong filter value answers 400 with the explanation; htmx leaves error responses
  // unswapped by default, so let this one through to show the message.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (isResults(event.detail.target) && event.detail.xhr && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // After the results (and the out-of-band error slots) are swapped, keep each control's
  // aria-invalid in step with its error slot, and take the user to the error summary if any.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!isResults(event.detail.target)) {
      return;
    }
    var slots = document.querySelectorAll(".wr-filters .wr-field-error");
    Array.prototype.forEach.call(slots, function (slot) {
      var control = document.getElementById(slot.id.replace(/_error$/, ""));
      if (!control) {
        return;
      }
      var field = control.closest(".utrecht-form-field");
      if (slot.textContent.trim()) {
        control.setAttribute("aria-invalid", "true");
        if (field) { field.classList.add("utrecht-form-field--invalid"); }
      } else {
        control.removeAttribute("aria-invalid");
        if (field) { field.classList.remove("utrecht-form-field--invalid"); }
      }
    });
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  });
})();
