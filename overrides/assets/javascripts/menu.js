// The menu on a phone or zoomed in (partials/ogic-header.html), for keyboards
// too (WCAG 2.1.1). Material opens its drawer of navigation with a <label> for
// the checkbox #__drawer, which the Tab key never reaches. Here a real button
// opens it instead: it says whether the menu is open (aria-expanded), moves
// focus into the menu, which has a close button of its own; Escape closes the
// menu and gives focus back to the button, and so does Tab leaving it. While
// the drawer is closed, its links are out of the Tab order (inert), so focus
// never lands on a link off the screen. On a wide screen the navigation is a
// column of the page, always there, and none of this applies.
(function () {
  "use strict";

  var toggle = document.getElementById("__drawer");
  var open = document.querySelector("[data-ogic-menu]");
  var close = document.querySelector("[data-ogic-menu-close]");
  var label = document.querySelector("[data-ogic-menu-label]");
  var drawer = document.querySelector(".md-sidebar--primary");
  var nav = drawer && drawer.querySelector(".md-nav--primary");
  if (!toggle || !open || !close || !drawer || !nav) return;
  // Material's own breakpoint: below it the navigation is a drawer.
  var narrow = window.matchMedia("(max-width: 76.234375em)");

  drawer.id = drawer.id || "ogic-menu";
  open.setAttribute("aria-controls", drawer.id);
  nav.insertBefore(close, nav.firstChild);
  close.hidden = false;
  open.hidden = false;
  if (label) label.hidden = true;

  function sync() {
    open.setAttribute("aria-expanded", String(toggle.checked));
    drawer.inert = narrow.matches && !toggle.checked;
  }

  // Material's script and its overlay open and close the drawer by clicking
  // the checkbox, so its change event is the one place to follow.
  function setOpen(state) {
    if (toggle.checked !== state) toggle.click();
  }

  open.addEventListener("click", function () {
    setOpen(!toggle.checked);
    if (toggle.checked) close.focus();
  });
  close.addEventListener("click", function () {
    setOpen(false);
    open.focus();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.checked && narrow.matches) {
      setOpen(false);
      open.focus();
    }
  });
  // Tab out of the open menu: the page behind it is dimmed, so close it.
  drawer.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (toggle.checked && narrow.matches && next && !drawer.contains(next)) setOpen(false);
  });
  // Inside the menu, Material's labels that open a page's contents or go
  // back from a section take no focus either: let them, and let Space work
  // them as Enter does (Material's script clicks a focused label on Enter).
  nav.querySelectorAll("label.md-nav__title:not([for='__drawer']), label.md-nav__link[for='__toc']")
    .forEach(function (item) { item.tabIndex = 0; });
  nav.addEventListener("keydown", function (event) {
    var item = event.target;
    if (event.key === " " && item instanceof HTMLLabelElement && item.tabIndex === 0) {
      event.preventDefault();
      item.click();
    }
  });
  // A section's panel opened or closed from the keyboard: what had focus is
  // now hidden, so focus its panel's title (which goes back), or the label
  // that opened it.
  nav.addEventListener("change", function (event) {
    var panel = event.target;
    if (!panel.classList.contains("md-nav__toggle") || !nav.contains(document.activeElement)) return;
    var target = panel.checked
      ? panel.parentNode.querySelector(":scope > .md-nav > .md-nav__title")
      : nav.querySelector("label[for='" + panel.id + "'].md-nav__link");
    if (target) target.focus();
  });
  toggle.addEventListener("change", sync);
  narrow.addEventListener("change", sync);
  sync();
})();
