// Loaded on every page of both sites by overrides/main.html.
// Keyboard users must be able to scroll a wide table sideways (WCAG 2.1.1).
// Material wraps every table in .md-typeset__scrollwrap, which scrolls but
// cannot take focus. While a wrapper scrolls, make it a named region in the
// Tab order, so arrow keys scroll it and screen readers say what it holds.
(function () {
  function nameOf(wrap) {
    var caption = wrap.querySelector("caption");
    if (caption) return caption.textContent.trim();
    var headings = document.querySelectorAll(".md-content h1, .md-content h2, .md-content h3, .md-content h4");
    var before = null;
    headings.forEach(function (heading) {
      if (heading.compareDocumentPosition(wrap) & Node.DOCUMENT_POSITION_FOLLOWING) before = heading;
    });
    return before ? "Table: " + before.textContent.replace("\u00b6", "").trim() : "Table";
  }

  function update() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", nameOf(wrap));
      } else {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  // document$ is Material's "page ready" signal (tables are wrapped by then).
  document$.subscribe(update);
  window.addEventListener("resize", update);
})();
