/* Briefing: sortable tables and evidence highlighting.
 * Material's instant navigation swaps pages without a reload, so everything runs
 * from document$ (once per page shown), not from DOMContentLoaded. */
(function () {
  "use strict";

  function sortTables() {
    if (typeof Tablesort === "undefined") return;
    document.querySelectorAll("table[data-sortable]").forEach(function (table) {
      if (table.dataset.sortReady) return;
      table.dataset.sortReady = "1";
      // Figures: the largest first on the first click.
      new Tablesort(table, { descending: true });
    });
  }

  function showEvidence() {
    var hash = decodeURIComponent(window.location.hash || "").slice(1);
    document.querySelectorAll("mark.evidence-active").forEach(function (mark) {
      mark.classList.remove("evidence-active");
    });
    if (hash.indexOf("evidence-") !== 0) return;
    var target = document.getElementById(hash);
    if (!target) return;
    target.classList.add("evidence-active");
    target.scrollIntoView({ block: "center" });
  }

  function onPage() {
    sortTables();
    showEvidence();
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(onPage);
  } else {
    document.addEventListener("DOMContentLoaded", onPage);
  }
  window.addEventListener("hashchange", showEvidence);
})();
