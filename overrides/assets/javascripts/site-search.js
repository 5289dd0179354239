// Search with Pagefind, in the dialog of partials/site-search.html (loaded,
// deferred, on every page of both sites by overrides/main.html).
//
// Pagefind's own script (pagefind/pagefind.js, written into the site by
// macros/site/search_index.py) is imported only when a reader opens search,
// from the address the partial gives relative to the page: under a published
// version (/1.2/ or /latest/) that is the version's own index, and Pagefind
// then gives results under the same folder. It fetches only the chunks of the
// index that a search needs, in a worker.
//
// Keyboard: the button opens a modal <dialog> (focus stays in it; Escape
// closes it and focus returns to the button); the down and up arrows move
// between the search field and the result links; Enter in the field opens
// the first result. The words shown are the partial's; this fills them in.
(function () {
  "use strict";
  var root = document.querySelector("[data-ogic-search]");
  if (!root || typeof HTMLDialogElement === "undefined") return;
  var PAGE = 10;  // results shown at first, and added by "Show more results"
  var opener = root.querySelector(".ogic-search__open");
  var dialog = root.querySelector(".ogic-search__dialog");
  var form = root.querySelector(".ogic-search__bar");
  var input = root.querySelector(".ogic-search__input");
  var filterBox = root.querySelector(".ogic-search__filters");
  var chosenText = root.querySelector(".ogic-search__chosen");
  var status = root.querySelector(".ogic-search__status");
  var list = root.querySelector(".ogic-search__results");
  var more = root.querySelector(".ogic-search__more");
  var template = root.querySelector(".ogic-search__result");
  var bundle = new URL(root.getAttribute("data-bundle"), document.baseURI).href;
  var pagefind = null, loading = null;
  var results = [], shown = 0, round = 0;

  function say(key, count, term) {
    return root.getAttribute("data-" + key).replace("{count}", count).replace("{term}", term);
  }

  // Pagefind, once: its script, then the filters every page declares.
  function load() {
    if (!loading) {
      status.textContent = say("loading");
      loading = import(bundle + "pagefind.js")
        .then(function (module) {
          pagefind = module;
          return module.options({ excerptLength: 24 });
        })
        .then(function () { return pagefind.filters(); })
        .then(showFilters)
        .catch(function () {
          pagefind = null;
          status.textContent = say("unavailable");
        });
    }
    return loading;
  }

  function showFilters(filters) {
    var any = false;
    root.querySelectorAll(".ogic-search__filter").forEach(function (group) {
      var name = group.getAttribute("data-filter");
      var values = Object.keys(filters[name] || {}).sort();
      values.forEach(function (value) {
        var label = document.createElement("label");
        var box = document.createElement("input");
        var count = document.createElement("span");
        box.type = "checkbox";
        box.name = name;
        box.value = value;
        count.className = "ogic-search__count";
        label.append(box, " " + value + " ", count);
        group.append(label);
      });
      group.hidden = values.length === 0;
      any = any || values.length > 0;
    });
    filterBox.hidden = !any;
    if (any && window.matchMedia("(min-width: 60em)").matches) filterBox.open = true;
    status.textContent = input.value.trim() ? "" : say("hint");
    if (input.value.trim()) search();
  }

  // {name: {any: [values]}} for the boxes ticked: any value of a filter, every filter.
  function chosenFilters() {
    var chosen = {}, count = 0;
    root.querySelectorAll(".ogic-search__filter input:checked").forEach(function (box) {
      (chosen[box.name] = chosen[box.name] || { any: [] }).any.push(box.value);
      count += 1;
    });
    chosenText.textContent = count ? "(" + count + " chosen)" : "";
    return chosen;
  }

  function search() {
    var term = input.value.trim(), filters = chosenFilters(), mine = ++round;
    if (!pagefind) return;
    if (!term && !Object.keys(filters).length) {
      results = [];
      list.textContent = "";
      more.hidden = true;
      status.textContent = say("hint");
      return;
    }
    pagefind.debouncedSearch(term || null, { filters: filters }, 200).then(function (found) {
      if (!found || mine !== round) return;  // a later search has begun
      results = found.results;
      shown = 0;
      list.textContent = "";
      countValues(found.totalFilters || {});
      var key = results.length === 0 ? "none" : results.length === 1 ? "one" : "many";
      status.textContent = say(term ? key : key + "-filtered", results.length, term);
      showMore(mine);
    });
  }

  // How many results for the words each value has (whatever else is ticked).
  function countValues(totals) {
    root.querySelectorAll(".ogic-search__filter input").forEach(function (box) {
      var count = (totals[box.name] || {})[box.value] || 0;
      box.parentNode.querySelector(".ogic-search__count").textContent = "(" + count + ")";
    });
  }

  function showMore(mine, focusFirst) {
    var next = results.slice(shown, shown + PAGE);
    shown += next.length;
    more.hidden = true;
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (mine !== round) return;
      var first = null;
      pages.forEach(function (page) {
        var item = showResult(page);
        first = first || item.querySelector("a");
        list.append(item);
      });
      more.hidden = shown >= results.length;
      if (focusFirst && first) first.focus();
    });
  }

  function showResult(page) {
    var item = template.content.firstElementChild.cloneNode(true);
    var link = item.querySelector(".ogic-search__link");
    link.href = page.url;
    link.textContent = page.meta.title || page.url;
    item.querySelector(".ogic-search__kind").textContent = (page.filters.kind || []).join(", ");
    // Pagefind's excerpt is the page's text with < and > escaped and the words found in <mark>.
    item.querySelector(".ogic-search__excerpt").innerHTML = page.excerpt;
    // Up to three sections of the page where the words weigh most (a heading
    // counts more than a paragraph), other than the page's own title.
    var sections = item.querySelector(".ogic-search__sections");
    (page.sub_results || []).filter(function (sub) {
      return sub.url.indexOf("#") !== -1 && sub.title !== page.meta.title;
    }).sort(function (one, other) { return weight(other) - weight(one); }).slice(0, 3).forEach(function (sub) {
      var entry = document.createElement("li");
      var anchor = document.createElement("a");
      anchor.href = sub.url;
      anchor.textContent = sub.title;
      entry.append(anchor);
      sections.append(entry);
    });
    if (!sections.children.length) sections.remove();
    return item;
  }

  function weight(section) {
    return (section.weighted_locations || []).reduce(function (sum, found) { return sum + found.balanced_score; }, 0);
  }

  function open() {
    dialog.showModal();
    input.focus();
    input.select();
    load();
  }

  // The arrows move through the field and the links of the results.
  function moveFocus(step) {
    var stops = [input].concat(Array.prototype.slice.call(list.querySelectorAll("a")));
    var here = stops.indexOf(document.activeElement);
    if (here === -1) return false;
    var next = stops[Math.min(Math.max(here + step, 0), stops.length - 1)];
    next.focus();
    return true;
  }

  opener.addEventListener("click", open);
  root.querySelector(".ogic-search__close").addEventListener("click", function () { dialog.close(); });
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener("keydown", function (event) {
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && !event.altKey &&
        moveFocus(event.key === "ArrowDown" ? 1 : -1)) {
      event.preventDefault();
    }
  });
  input.addEventListener("input", search);
  filterBox.addEventListener("change", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.click();
  });
  more.addEventListener("click", function () { showMore(round, true); });
  opener.hidden = false;
})();
