/* Stable links to offer items (macros/addresses.py, macros/render/templates/offer.html).
   Everything here is an extra: without this script the links still work. */
(function () {
  "use strict";

  /* An old link to an offer item that moved (data/published_ids.yml): its
     old id is a small anchor that says where the item went; go there. */
  function followMovedItem() {
    var id = decodeURIComponent(location.hash.slice(1));
    var old = id ? document.getElementById(id) : null;
    var to = old ? old.getAttribute("data-ogic-moved-to") : null;
    if (to) {
      location.replace(new URL(to, location.href).href);
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return Promise.reject(new Error("clipboard unavailable"));
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /* A button beside each stable link that copies it, as the browser resolves
     it (under latest/ once published). The address itself is not printed on
     the page: the link leads there and the button copies it. Only where the
     clipboard cannot be used is the address shown, selected, to copy by hand. */
  function addCopyButtons() {
    document.querySelectorAll("[data-ogic-stable-link]").forEach(function (holder) {
      var link = holder.querySelector("a");
      var heading = holder.closest("section").querySelector("h2, h3, h4, h5, h6");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button ogic-copy-link";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy link: " + (heading ? heading.textContent : link.href));
      var status = document.createElement("span");
      status.className = "ogic-copy-status";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        copyText(link.href).then(function () {
          status.textContent = "Link copied.";
        }, function () {
          var address = document.createElement("code");
          address.className = "ogic-stable-link__address";
          address.textContent = link.href;
          status.replaceChildren("Press Ctrl+C (or Cmd+C) to copy the selected link: ", address);
          selectText(address);
        });
      });
      var row = document.createElement("span");
      row.className = "ogic-stable-link";
      row.append(button, " ", status);
      holder.append(" ", row);
    });
  }

  followMovedItem();
  window.addEventListener("hashchange", followMovedItem);
  addCopyButtons();
})();
