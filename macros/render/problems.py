"""What `make serve` shows in the browser while a data file or a page has a
mistake: its ``path:line: message`` lines, in place of every page, until it
is fixed (macros/plugin/playbook.py switches to them)."""

from __future__ import annotations

from collections.abc import Sequence

from . import render_partial

# A page that is not there (a story's page, say, while its data has a mistake)
# is answered by `mkdocs serve` with 404.html, without its live-reload script:
# this one asks the server the same way, and reloads once a build has finished.
RELOAD_WHEN_REBUILT = """<script>
(function (known) {
  function ask() {
    var request = new XMLHttpRequest();
    request.onloadend = function () {
      var latest = parseFloat(this.responseText);
      if (known !== null && latest > known) { location.reload(); return; }
      if (!isNaN(latest)) { known = latest; }
      setTimeout(ask, 500);
    };
    request.open("GET", "/livereload/" + (known || 0) + "/" + Date.now());
    request.send();
  }
  ask();
})(null);
</script>"""


def render_build_problems(lines: Sequence[str]) -> str:
    """The problems, as the content of a page the theme frames."""
    return render_partial("build_problems.html", lines=list(lines))


def problems_page(lines: Sequence[str], title: str) -> str:
    """The problems as a page of its own (404.html while serving), reloading once they are fixed."""
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Problems to fix: '
            f'{_escape(title)}</title></head>\n<body style="font-family: Arial, sans-serif; max-width: 50rem; '
            f'margin: 1rem auto; padding: 0 1rem; line-height: 1.5">\n{render_build_problems(lines)}\n'
            f"{RELOAD_WHEN_REBUILT}\n</body></html>\n")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
