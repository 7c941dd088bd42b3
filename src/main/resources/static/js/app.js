// Small progressive enhancements; every page works without them. No inline scripts (CSP: script-src 'self').
(function () {
  "use strict";

  // Copy buttons: <button data-copy="#input-id">
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source) return;
    var text = source.value || source.textContent;
    var done = function () {
      var label = button.querySelector(".copy-label") || button;
      var previous = label.textContent;
      label.textContent = "Copied";
      setTimeout(function () { label.textContent = previous; }, 1600);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { source.select(); });
    } else {
      source.select();
      document.execCommand("copy");
      done();
    }
  });

  // Confirmation for destructive plain forms: <form data-confirm="Remove Jane?">
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute && form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Selects that submit their form when changed: <select data-autosubmit>
  document.addEventListener("change", function (event) {
    var element = event.target;
    if (element.hasAttribute && element.hasAttribute("data-autosubmit") && element.form) {
      element.form.requestSubmit();
    }
  });

  // "Select all" checkboxes: <input type="checkbox" data-select-all="row-checkbox-class">
  document.addEventListener("change", function (event) {
    var all = event.target;
    if (!all.hasAttribute || !all.hasAttribute("data-select-all")) return;
    document.querySelectorAll("input[type=checkbox]." + all.getAttribute("data-select-all")).forEach(function (box) {
      box.checked = all.checked;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });

  // A creator's picture that fails to load (a moved or private link) gives way to their initial, as when there is none.
  // Errors do not bubble, so they are listened for while capturing; pictures that failed before this script ran are
  // replaced at once.
  function showInitialFor(image) {
    var person = image.closest(".person");
    var name = person && person.querySelector(".person-text strong");
    var fallback = document.createElement("span");
    fallback.className = image.className.replace(/\bphoto\b/, "").trim();
    fallback.setAttribute("aria-hidden", "true");
    fallback.textContent = image.getAttribute("data-initial") || (name ? name.textContent.trim().charAt(0) : "") || "?";
    image.replaceWith(fallback);
  }
  document.addEventListener("error", function (event) {
    if (event.target instanceof HTMLImageElement && event.target.classList.contains("avatar")) {
      showInitialFor(event.target);
    }
  }, true);
  document.querySelectorAll("img.avatar").forEach(function (image) {
    if (image.complete && image.naturalWidth === 0 && image.getAttribute("src")) {
      showInitialFor(image);
    }
  });
})();
