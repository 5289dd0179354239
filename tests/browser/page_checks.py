"""What the browser tests look at on a page, as plain functions.

``visit_page`` opens one page once and gathers everything the tests assert
on: axe-core's WCAG violations, every request the page made (and any the server could not answer), sideways
scrolling and unreadable tables or charts at 375 px (and at 320 px on the pages of measures), and script errors.
The same functions are run on a deliberately broken page
(test_checks_catch_defects.py) to prove they report problems.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_SCRIPT

CHROMIUM = "/usr/bin/chromium"
# Keep Chromium off the network: no update, sync or account traffic, and no
# host name resolves except 127.0.0.1 (FIELD-NOTES). A page asking another
# host for anything still shows up as a request, which is what we assert on.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
# The narrowest screen WCAG 1.4.10 (reflow) asks for. Checked on the pages of
# measures (each measure, the overview, the matrix): their charts and tables
# are the widest content there is.
NARROWEST = {"width": 320, "height": 640}
NARROWEST_PAGES = ("/measures/", "/measures-matrix/")
# Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe tests.
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Run again at phone width: tables that only scroll there must take focus;
# and a best-practice rule Lighthouse's accessibility score counts.
EXTRA_RULES = ["scrollable-region-focusable", "aria-dialog-name"]
# axe-core's script ships inside the pip package axe-playwright-python and is
# put into the page with page.evaluate: nothing is fetched from a CDN.

MISSING_CHROMIUM = (f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. "
                    "`make test` installs it where apt-get exists "
                    "(tests/browser/install-tools.sh); elsewhere run "
                    "`apt-get update && apt-get install -y chromium`.")


def launch_chromium(playwright):
    if not os.access(CHROMIUM, os.X_OK):
        raise RuntimeError(MISSING_CHROMIUM)
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


@dataclass
class PageReport:
    url: str
    requests: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # answered with an HTTP error
    axe: list[str] = field(default_factory=list)
    overflow: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    script_errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return foreign_requests(self.requests, self.url)


def foreign_requests(requests: list[str], page_url: str) -> list[str]:
    """Requests to any host other than the one that served the page."""
    home = urlsplit(page_url).netloc
    return [url for url in requests
            if urlsplit(url).scheme not in ("data", "blob", "about") and urlsplit(url).netloc != home]


def visit_page(context, url: str) -> PageReport:
    """Open ``url`` once at desktop width, then narrow it to a phone's width."""
    return visit_pages(context, [url])[0]


def visit_pages(context, urls: list[str]) -> list[PageReport]:
    """``visit_page`` for each URL in turn, in one tab: a tab made once and
    taken from page to page visits a site a third faster than a new tab per page."""
    reports: list[PageReport] = []
    page = context.new_page()
    page.add_init_script(AXE_SCRIPT)  # sent to the browser once, not once a page
    current = lambda: reports[-1]  # noqa: E731 - the report of the page being visited
    page.on("request", lambda request: current().requests.append(request.url))
    page.on("pageerror", lambda error: current().script_errors.append(str(error)))
    page.on("response", lambda response: response.status >= 400
            and current().missing.append(f"{response.url} answered {response.status}"))
    try:
        for url in urls:
            reports.append(PageReport(url))
            page.set_viewport_size(DESKTOP)
            page.goto(url, wait_until="load")
            wait_for_material(page)
            current().axe = axe_violations(page)
            page.set_viewport_size(PHONE)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            current().axe += [f"at {PHONE['width']} px: {line}"
                              for line in axe_violations(page, rules=EXTRA_RULES)]
            current().overflow = sideways_overflow(page)
            current().unreadable = unreadable_tables_and_charts(page)
            if any(part in url for part in NARROWEST_PAGES):
                page.set_viewport_size(NARROWEST)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                current().overflow += [f"at {NARROWEST['width']} px: {line}" for line in sideways_overflow(page)]
                current().unreadable += [f"at {NARROWEST['width']} px: {line}"
                                         for line in unreadable_tables_and_charts(page)]
    finally:
        page.close()
    return reports


def wait_for_material(page) -> None:
    """Material's script has run (it wraps tables, wires up search); pages
    without it (a redirect, say) need no wait."""
    page.wait_for_function("() => typeof window.document$ !== 'undefined'"
                           " || !document.querySelector('script[src*=\"javascripts/bundle\"]')")


def axe_violations(page, rules: list[str] | None = None) -> list[str]:
    """One line per axe-core WCAG A/AA violation (or of the given ``rules``
    only): rule, help and where."""
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": WCAG_AA_TAGS}
    if page.evaluate("typeof window.axe") == "undefined":  # once a page: it is 0.5 MB of script
        page.evaluate(AXE_SCRIPT)
    results = page.evaluate("options => axe.run(document, options)",
                            {"runOnly": run_only, "resultTypes": ["violations"]})
    lines = []
    for violation in results["violations"]:
        where = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:5])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {where}")
    return lines


def sideways_overflow(page) -> list[str]:
    """Empty when the page fits the viewport's width; else what sticks out."""
    return page.evaluate("""() => {
        const width = window.innerWidth, scroll = document.documentElement.scrollWidth;
        if (scroll <= width) return [];
        const clipped = e => { // inside a box that scrolls or clips: cannot widen the page
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                if (getComputedStyle(a).overflowX !== 'visible') return true;
            return false;
        };
        const culprits = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length)
            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
            .filter(e => !clipped(e))
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                      (typeof e.className === 'string' && e.className.trim()
                       ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
                      ` (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
        return [`scrolls sideways: ${scroll} px of content in a ${width} px wide window`, ...culprits];
    }""")


def unreadable_tables_and_charts(page) -> list[str]:
    """Tables and charts in the content must either fit the screen or sit in a
    container that scrolls sideways on its own, and keep their text legible:
    at least 12 px in table cells with no word broken up, at least 10 px tall
    as drawn in charts."""
    return page.evaluate("""() => {
        const width = window.innerWidth, problems = [];
        const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (e.getAttribute('aria-label') ? `[aria-label="${e.getAttribute('aria-label')}"]` : '');
        // What shows of an element: its box, cut down by every ancestor that
        // scrolls or clips sideways (so a wide table in a scrolling box fits).
        const shown = e => {
            let {left, right} = e.getBoundingClientRect();
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX === 'visible') continue;
                const box = a.getBoundingClientRect();
                left = Math.max(left, box.left);
                right = Math.min(right, box.right);
            }
            return {left, right};
        };
        const content = document.querySelector('.md-content') || document.body;
        for (const e of content.querySelectorAll('table, svg, canvas, img, figure, [role=img]')) {
            if (!e.getClientRects().length || e.closest('table, svg') !== e && e.closest('svg')) continue;
            const box = shown(e);
            if (box.right > width + 1 || box.left < -1)
                problems.push(`${name(e)} is ${Math.round(e.getBoundingClientRect().width)} px wide and ` +
                              `does not fit the ${width} px screen nor scroll on its own`);
        }
        const ruler = document.createElement('canvas').getContext('2d');
        for (const cell of content.querySelectorAll('th, td')) {
            const style = getComputedStyle(cell), text = cell.innerText.trim();  // innerText: lines as shown
            if (!text || !cell.getClientRects().length) continue;
            const size = parseFloat(style.fontSize);
            if (size < 12) {
                problems.push(`table cell "${text.slice(0, 30)}" is set in ${size} px text`);
                break;
            }
            // A cell narrower than its longest word breaks that word mid-way.
            ruler.font = style.font;
            const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const width = w => ruler.measureText(w).width;
            const word = text.split(/\\s+/).reduce((a, b) => width(b) > width(a) ? b : a);
            if (width(word) > room + 1) {
                problems.push(`table cell "${text.slice(0, 30)}" is ${Math.round(room)} px wide: ` +
                              `"${word}" is broken up`);
                break;
            }
        }
        for (const text of content.querySelectorAll('svg text')) {
            const height = text.getBoundingClientRect().height;
            if (text.textContent.trim() && height > 0 && height < 10) {
                problems.push(`chart text "${text.textContent.trim().slice(0, 30)}" ` +
                              `is drawn ${height.toFixed(1)} px tall`);
                break;
            }
        }
        return problems;
    }""")
