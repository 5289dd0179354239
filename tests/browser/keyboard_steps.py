"""Moving through a page with the Tab key, and what the focused element shows."""

from __future__ import annotations

import re
from pathlib import Path

FOCUSED = """() => {
    const e = document.activeElement;
    if (!e || e === document.body || e === document.documentElement) return null;
    // Judge focus styles as they end up, not half-way through a transition.
    document.getAnimations().forEach(a => { try { a.finish(); } catch (_) {} });
    const style = getComputedStyle(e), box = e.getBoundingClientRect();
    const text = (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\\s+/g, ' ');
    return {
        name: `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string'
                 ? '.' + e.className.trim().split(/\\s+/).join('.') : ''} "${text.slice(0, 40)}"`,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
        on_screen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                   && box.top < window.innerHeight && box.left < window.innerWidth
                   && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0,
    };
}"""


def focused(page) -> dict | None:
    """The focused element's name and how its focus shows, or None for the page itself."""
    return page.evaluate(FOCUSED)


def focus_is(page, selector: str) -> bool:
    return page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector)


def tab_until(page, selector: str, limit: int = 60) -> list[dict]:
    """Press Tab until the focused element matches ``selector``; return every
    element focused on the way. Raises AssertionError if it is never reached."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(focused(page))
        if focus_is(page, selector):
            return seen
    names = [s["name"] if s else "(the page)" for s in seen]
    raise AssertionError(f"{selector} not reached in {limit} presses of Tab; focus went to {names}")


def tab_through_page(page, limit: int = 300) -> list[dict]:
    """Every element Tab visits, once round the whole page."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        again = page.evaluate("""() => { const e = document.activeElement;
            const again = e.hasAttribute('data-tabbed'); e.setAttribute('data-tabbed', ''); return again; }""")
        state = focused(page)
        if again:
            return seen
        if state is not None:
            seen.append(state)
    return seen


def busiest_page(root: Path) -> str:
    """The page (URL path) with the most links in its content: the keyboard
    walk covers it as well as the home page."""
    def links(path: Path) -> int:
        html = path.read_text(encoding="utf-8")
        article = html.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
        return len(re.findall(r"<a\s", article))
    best = max(sorted(root.rglob("index.html")), key=links)
    return best.relative_to(root).as_posix()[: -len("index.html")]
