/* The capacity calculator on the capacity page: progressive enhancement.
   Without this script the page shows a table for typical headcounts.
   Every number comes from the page's data-capacity-ratios attribute
   (written at build time from data/capacity_guidance.yml); the formula
   is the same as macros/analysis/dosage.py's `estimate` (which the
   calculator's table and the capability register use): scale the
   source's figures for its reference organisation by the headcount and
   round up to whole people; keep the two the same. Where partner
   organisations have capability figures, a list of them (each option's
   data-headcount) fills in the headcount. Nothing is loaded from anywhere. */
(function () {
  "use strict";

  function scaledUp(headcount, count, reference) {
    return Math.ceil((headcount * count) / reference);
  }

  function span(low, high) {
    var format = function (n) { return n.toLocaleString("en-GB"); };
    return low === high ? format(low) : format(low) + " to " + format(high);
  }

  function estimate(ratios, headcount) {
    return ratios.roles.map(function (role) {
      var low = scaledUp(headcount, role.low, ratios.reference_headcount);
      var high = scaledUp(headcount, role.high, ratios.reference_headcount);
      var teams = role.teams_each ? [low * role.teams_each[0], high * role.teams_each[1]] : null;
      return { name: role.name, low: low, high: high, teams: teams };
    });
  }

  function show(result, message, lines) {
    var intro = document.createElement("p");
    intro.textContent = message;
    if (!lines) {
      result.replaceChildren(intro);
      return;
    }
    var list = document.createElement("ul");
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    result.replaceChildren(intro, list);
  }

  function update(ratios, input, result) {
    var text = input.value.trim();
    var headcount = Number(text);
    if (!/^\d+$/.test(text) || headcount < 1) {
      show(result, "Enter a headcount of 1 or more, in whole numbers.");
      return;
    }
    var lines = [];
    estimate(ratios, headcount).forEach(function (role) {
      lines.push(role.name + ": " + span(role.low, role.high));
      if (role.teams) {
        lines.push("Teams the " + role.name.toLowerCase() + " could support: " + span(role.teams[0], role.teams[1]));
      }
    });
    show(result, "For a headcount of " + headcount.toLocaleString("en-GB") + ", the guidance implies:", lines);
  }

  // Choosing an organisation fills in its headcount; typing another headcount
  // clears the choice, so the list never names an organisation the results are not for.
  function useOrganisations(select, input, changed) {
    select.addEventListener("change", function () {
      var chosen = select.options[select.selectedIndex];
      if (!chosen || !chosen.dataset.headcount) return;
      input.value = chosen.dataset.headcount;
      changed();
    });
    input.addEventListener("input", function () {
      var chosen = select.options[select.selectedIndex];
      if (chosen && chosen.dataset.headcount && chosen.dataset.headcount !== input.value.trim()) select.value = "";
    });
  }

  function setUp(calculator) {
    if (calculator.dataset.ready) return;
    calculator.dataset.ready = "true";
    var ratios = JSON.parse(calculator.dataset.capacityRatios);
    var form = calculator.querySelector("form");
    var input = form.querySelector("input");
    var result = form.querySelector("[role=status]");
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.addEventListener("input", function () { update(ratios, input, result); });
    var organisations = form.querySelector("[data-capacity-organisations]");
    if (organisations) useOrganisations(organisations, input, function () { update(ratios, input, result); });
    update(ratios, input, result);
  }

  function init() {
    document.querySelectorAll("[data-capacity-ratios]").forEach(setUp);
  }

  // Material's instant navigation replaces pages without a reload; document$ tells us when.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
