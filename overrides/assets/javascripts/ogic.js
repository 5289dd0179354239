// Loaded (deferred) on every page of both sites by overrides/main.html.
// Keyboard users must be able to scroll a box that scrolls sideways (WCAG
// 2.1.1): Material wraps every table in .md-typeset__scrollwrap, and charts
// scroll on phones, but such boxes cannot take focus. While one scrolls, make
// it a named region in the Tab order, so arrow keys scroll it and screen
// readers say what it holds; when it no longer scrolls, undo that.
(function () {
  var MARK = "data-ogic-scroll-region";

  function nameOf(box) {
    var caption = box.querySelector("caption, figcaption") ||
      (box.closest("figure") && box.closest("figure").querySelector("figcaption"));
    if (caption) return caption.textContent.trim();
    var before = null;
    document.querySelectorAll(".md-content h1, .md-content h2, .md-content h3, .md-content h4")
      .forEach(function (heading) {
        if (heading.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) before = heading;
      });
    return before ? "Scrolls sideways: " + before.textContent.replace("\u00b6", "").trim() : "Scrolls sideways";
  }

  function scrollsSideways(box) {
    var overflow = getComputedStyle(box).overflowX;
    return (overflow === "auto" || overflow === "scroll") && box.scrollWidth > box.clientWidth + 1;
  }

  function update() {
    // Only plain boxes: a role on a table, figure or list would hide what it is.
    document.querySelectorAll(".md-content div").forEach(function (box) {
      var ours = box.hasAttribute(MARK);
      if (!ours && (box.hasAttribute("tabindex") || box.hasAttribute("role"))) return;
      if (scrollsSideways(box)) {
        box.setAttribute(MARK, "");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", nameOf(box));
      } else if (ours) {
        [MARK, "tabindex", "role", "aria-label"].forEach(function (name) { box.removeAttribute(name); });
      }
    });
  }

  // document$ is Material's "page ready" signal (tables are wrapped by then).
  document$.subscribe(update);
  window.addEventListener("resize", update);
})();
