/* Load the search index only when a reader starts to search.
 *
 * Material fetches search/search_index.json on every page load. With
 * thousands of stories that index is megabytes, which every reader would
 * download just to open the home page. This runs before Material's bundle
 * and holds back that one request until the search box gets focus (by
 * click, tap, Tab or Material's "/", "s", "f" shortcuts) or the address asks
 * for a search (?q=). Everything else about search is Material's own.
 */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var released = false;

  function release() {
    if (released) return;
    released = true;
    held.forEach(function (call) { send.apply(call[0], call[1]); });
    held = [];
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.ogicSearchIndex = /\/search\/search_index\.json(\?|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.ogicSearchIndex && !released) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  if (/[?&]q=/.test(location.search)) release();
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest("[data-md-component=search]")) release();
  });
  document.addEventListener("keydown", function (event) {
    if (["/", "s", "S", "f", "F"].indexOf(event.key) !== -1) release();
  }, true);
})();
