/* The register of improvement projects (macros/render/templates/project_register.html):
   filters, and column headings that sort the table. Everything here is an
   extra: without this script the whole table is on the page, in its order. */
(function () {
  "use strict";

  function tokens(row, name) {
    return (row.getAttribute("data-" + name) || "").split(" ");
  }

  /* What a cell sorts by: its data-value where it has one (scores, dates), else its text. */
  function key(row, index) {
    var cell = row.cells[index];
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
  }

  function compare(kind, a, b) {
    if (kind === "number") return parseFloat(a) - parseFloat(b);
    if (kind === "date") return a < b ? -1 : a > b ? 1 : 0;
    return a.localeCompare(b, "en", { sensitivity: "base", numeric: true });
  }

  function setUp(register) {
    var form = register.querySelector("[data-ogic-register-filters]");
    var table = register.querySelector("table");
    var status = register.querySelector("[data-ogic-register-count]");
    if (!form || !table || !status) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);

    function filter() {
      var shown = 0;
      rows.forEach(function (row) {
        var keep = selects.every(function (select) {
          return !select.value || tokens(row, select.getAttribute("data-filter")).indexOf(select.value) !== -1;
        });
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      status.textContent = shown < rows.length ? "Showing " + shown + " of " + rows.length + " projects."
        : rows.length === 1 ? "Showing the one project." : "Showing all " + rows.length + " projects.";
    }

    function sortBy(header, index) {
      var kind = header.getAttribute("data-sort");
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.slice().sort(function (a, b) {
        var first = key(a, index), second = key(b, index);
        if (!first || !second) return first ? -1 : second ? 1 : 0; // blanks last, either way
        return (ascending ? 1 : -1) * compare(kind, first, second);
      }).forEach(function (row) { body.appendChild(row); });
      status.textContent = "Sorted by " + header.textContent.trim() + ", " +
        (ascending ? (kind === "text" ? "A to Z" : "lowest or oldest first")
                   : (kind === "text" ? "Z to A" : "highest or newest first")) + ".";
    }

    headers.forEach(function (header, index) {
      if (!header.hasAttribute("data-sort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ogic-register__sort";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(header, index); });
    });
    selects.forEach(function (select) { select.addEventListener("change", filter); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    filter();
  }

  document.querySelectorAll("[data-ogic-register]").forEach(setUp);
})();
