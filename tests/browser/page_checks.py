"""What the browser tests look at on a page, as plain functions.

``visit_page`` opens one page once and gathers everything the tests assert
on: axe-core's WCAG violations, every request the page made (and any the server could not answer), sideways
scrolling and unreadable tables or charts at 375 px, at 320 px (WCAG 2.2 1.4.10, reflow) and at 200% zoom
(a 1,280 px window zoomed to 200% lays the page out 640 CSS px wide), whether the navigation fits a
1,280 x 900 screen without scrolling, and script errors.
The same functions are run on a deliberately broken page
(test_checks_catch_defects.py) to prove they report problems.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_SCRIPT

from .lighthouse import scored_rules

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
# The narrowest width WCAG 2.2 asks content to reflow at (1.4.10), and a
# 1,280 x 800 window zoomed to 200%, as the page's layout sees it.
NARROW = {"width": 320, "height": 640}
ZOOMED = {"width": 640, "height": 400}
# A laptop screen: the navigation's groups and links must fit it without scrolling.
LAPTOP = {"width": 1280, "height": 900}
# Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe tests.
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Run again at phone width: tables that only scroll there must take focus;
# and every rule Lighthouse's accessibility score weighs (lighthouse.py reads
# them from the pinned package), as Lighthouse runs them on a phone.
EXTRA_RULES = ["scrollable-region-focusable"]
# axe-core's script ships inside the pip package axe-playwright-python and is
# put into the page with page.evaluate: nothing is fetched from a CDN.

MISSING_CHROMIUM = (f"{CHROMIUM} is missing: the browser tests and `make bench` need Debian's Chromium. "
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
    overflow: list[str] = field(default_factory=list)  # at each narrow width, labelled with it
    unreadable: list[str] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)  # at 320 px: charts too wide or with text too small
    chart_kinds: set[str] = field(default_factory=set)  # the classes of the charts seen at 320 px
    navigation: list[str] = field(default_factory=list)
    active_tab: str = ""  # the navigation's highlighted tab, as shown at desktop width ("" if none)
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
            current().active_tab = page.evaluate(
                "() => { const tab = document.querySelector('.md-tabs__item--active');"
                " return tab && tab.getClientRects().length ? tab.innerText.trim() : ''; }")
            page.set_viewport_size(PHONE)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            current().axe += [f"at {PHONE['width']} px: {line}"
                              for line in axe_violations(page, rules=[*EXTRA_RULES, *scored_rules()])]
            current().overflow = sideways_overflow(page)
            current().unreadable = unreadable_tables_and_charts(page)
            for size, label in ((NARROW, "at 320 px"), (ZOOMED, "at 200% zoom (640 px)")):
                page.set_viewport_size(size)
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                current().overflow += [f"{label}: {line}" for line in sideways_overflow(page)]
                current().unreadable += [f"{label}: {line}" for line in unreadable_tables_and_charts(page)]
                if size is NARROW:
                    problems, kinds = charts_at_narrow_width(page)
                    current().charts, current().chart_kinds = problems, set(kinds)
            page.set_viewport_size(LAPTOP)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            current().navigation = navigation_overflow(page)
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
    if page.evaluate("typeof window.axe") == "undefined":  # once a page: it is 0.5 MB of script
        page.evaluate(AXE_SCRIPT)
    if rules:  # only those this axe-core has (Lighthouse's own may be a version apart)
        known = set(page.evaluate("axe.getRules().map(rule => rule.ruleId)"))
        rules = sorted(set(rules) & known)
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": WCAG_AA_TAGS}
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


CHART_TEXT = 12   # px: the least size of a chart's text as drawn, like the site's smallest text (tables, 12.8)
CHART = 120       # px: an SVG at least this wide is a chart (smaller ones are icons and swatches)


def charts_at_narrow_width(page) -> tuple[list[str], list[str]]:
    """Every chart (an SVG drawn in the content) must fit the window by itself:
    no wider than the screen, not scrolling sideways in a box of its own, and
    with its text drawn at least CHART_TEXT px. Returns the problems and the
    class of each chart shown (so a test knows which charts it saw)."""
    return page.evaluate("""([least, chart]) => {
        const width = window.innerWidth, problems = [], kinds = [];
        const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/)[0] : '');
        const content = document.querySelector('.md-content') || document.body;
        for (const svg of content.querySelectorAll('svg')) {
            const box = svg.getBoundingClientRect();
            if (!svg.getClientRects().length || box.width < chart || svg.parentElement.closest('svg')) continue;
            kinds.push(svg.getAttribute('class') || '(no class)');
            if (box.right > width + 1 || box.left < -1 || box.width > width)
                problems.push(`${name(svg)} is ${Math.round(box.width)} px wide, from ${Math.round(box.left)} ` +
                              `to ${Math.round(box.right)} px, in a ${width} px window`);
            for (let a = svg.parentElement; a && a !== content; a = a.parentElement)
                if (a.scrollWidth > a.clientWidth + 1 && getComputedStyle(a).overflowX !== 'visible') {
                    problems.push(`${name(svg)} scrolls sideways in ${name(a)} (${a.scrollWidth} px ` +
                                  `of it in ${a.clientWidth} px)`);
                    break;
                }
            const units = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width;
            const scale = units ? box.width / units : 1;
            for (const text of svg.querySelectorAll('text')) {
                const size = parseFloat(getComputedStyle(text).fontSize) * scale;
                if (text.textContent.trim() && text.getClientRects().length && size < least - 0.05) {
                    problems.push(`${name(svg)}: its text "${text.textContent.trim().slice(0, 30)}" ` +
                                  `is drawn at ${size.toFixed(1)} px`);
                    break;
                }
            }
        }
        return [problems, kinds];
    }""", [CHART_TEXT, CHART])


def navigation_overflow(page) -> list[str]:
    """Empty when the navigation beside the page shows all its links without
    scrolling (and so nothing sticky covers any of them); else what is hidden."""
    return page.evaluate("""() => {
        const box = document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap');
        if (!box || !box.getClientRects().length) return [];
        const hidden = box.scrollHeight - box.clientHeight;
        return hidden > 1 ? [`the navigation needs scrolling: ${hidden} px of it are below the screen`] : [];
    }""")


def unreadable_tables_and_charts(page) -> list[str]:
    """Tables and charts in the content must either fit the screen or sit in a
    container that scrolls sideways on its own, and keep their text legible:
    at least 12 px in table cells with no word broken up (a line may break
    after a hyphen), at least 10 px tall as drawn in charts."""
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
            // Lines may break after a hyphen ("Montgomery-" / "Fitzwilliam"): that is not a word broken up.
            const word = text.split(/\\s+|(?<=-)/).reduce((a, b) => width(b) > width(a) ? b : a);
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
