/* Briefing: sortable tables, evidence highlighting and search.
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

  // Search: Pagefind's index and interface live in the site itself (pagefind/), built
  // with it; they are loaded on the search page only, the first time it is shown.
  var pagefindLoaded = null;

  function loadPagefind(bundle) {
    if (pagefindLoaded) return pagefindLoaded;
    pagefindLoaded = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = bundle + "pagefind-ui.css";
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = bundle + "pagefind-ui.js";
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return pagefindLoaded;
  }

  function setUpSearch() {
    var box = document.getElementById("briefing-search");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var bundle = new URL(box.dataset.bundle || "../pagefind/", window.location.href).href;
    loadPagefind(bundle).then(function () {
      var ui = new PagefindUI({
        element: "#briefing-search", bundlePath: bundle, showImages: false, showSubResults: true,
        resetStyles: true, autofocus: true
      });
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) ui.triggerSearch(query);
    }, function () {
      pagefindLoaded = null;
      box.textContent = box.dataset.missing || "The search index could not be loaded.";
      box.classList.add("briefing-search--missing");
    });
  }

  function showQueryInHeader() {
    var input = document.getElementById("briefing-query");
    var query = new URLSearchParams(window.location.search).get("q");
    if (input && query && !input.value) input.value = query;
  }

  function onPage() {
    sortTables();
    showEvidence();
    setUpSearch();
    showQueryInHeader();
  }

  // Material keeps the header when it swaps pages, so the search form's relative address
  // would point below the page navigated to: it is made absolute once, at the first load.
  var headerForm = document.querySelector("form.briefing-search");
  if (headerForm) headerForm.setAttribute("action", headerForm.action);

  // "/" goes to the search box, as on most sites with one.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var input = document.querySelector("#briefing-search input") || document.getElementById("briefing-query");
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  if (typeof document$ !== "undefined") {
    document$.subscribe(onPage);
  } else {
    document.addEventListener("DOMContentLoaded", onPage);
  }
  window.addEventListener("hashchange", showEvidence);
})();
