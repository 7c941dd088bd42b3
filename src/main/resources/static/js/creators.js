// Creators module: selection count for the batch toolbar, and tabs on the creator page. No inline scripts (CSP).
(function () {
  "use strict";

  // <span data-selection-count data-for="row-checkbox-class">: "3 selected" as rows are checked.
  function updateCounts() {
    document.querySelectorAll("[data-selection-count]").forEach(function (label) {
      var boxes = document.querySelectorAll("input[type=checkbox]." + label.getAttribute("data-for"));
      var checked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
      if (!label.hasAttribute("data-idle")) label.setAttribute("data-idle", label.textContent);
      label.textContent = checked === 0 ? label.getAttribute("data-idle") : checked + " selected";
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=checkbox]")) updateCounts();
  });
  document.addEventListener("htmx:afterSettle", updateCounts);

  // Tabs: <div data-tabs> with <button role=tab aria-controls=panel-id> and role=tabpanel panels.
  function select(tab) {
    var list = tab.closest("[role=tablist]");
    list.querySelectorAll("[role=tab]").forEach(function (other) {
      var selected = other === tab;
      other.setAttribute("aria-selected", selected ? "true" : "false");
      other.tabIndex = selected ? 0 : -1;
      var panel = document.getElementById(other.getAttribute("aria-controls"));
      if (panel) panel.hidden = !selected;
    });
  }
  function initTabs(root) {
    root.querySelectorAll("[role=tablist]").forEach(function (list) {
      var tabs = list.querySelectorAll("[role=tab]");
      if (tabs.length) select(list.querySelector("[aria-selected=true]") || tabs[0]);
    });
  }
  document.addEventListener("click", function (event) {
    var tab = event.target.closest && event.target.closest("[role=tab]");
    if (tab) select(tab);
  });
  document.addEventListener("keydown", function (event) {
    var tab = event.target.closest && event.target.closest("[role=tab]");
    if (!tab || (event.key !== "ArrowRight" && event.key !== "ArrowLeft")) return;
    var tabs = Array.prototype.slice.call(tab.closest("[role=tablist]").querySelectorAll("[role=tab]"));
    var next = tabs[(tabs.indexOf(tab) + (event.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
    select(next);
    next.focus();
    event.preventDefault();
  });
  document.addEventListener("DOMContentLoaded", function () { initTabs(document); updateCounts(); });
})();
