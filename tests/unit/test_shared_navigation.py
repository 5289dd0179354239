"""Which pages may show one copy of Material's navigation (macros/plugin/navigation.py):
only pages outside the navigation whose relative links and marked section are the same."""

from __future__ import annotations

from types import SimpleNamespace

from macros.plugin.navigation import SharedParts, shared_key


def page(url: str, in_nav: bool = False):
    return SimpleNamespace(url=url, parent=SimpleNamespace() if in_nav else None)


NAV_PAGES = [page("", True), page("stories/", True), page("measures/", True), page("offer/", True)]
NAV = SimpleNamespace(pages=NAV_PAGES)
STORIES, MEASURES = NAV_PAGES[1], NAV_PAGES[2]


def test_pages_in_one_folder_under_one_section_share_it():
    assert shared_key(page("stories/a/"), NAV, STORIES) == shared_key(page("stories/b/"), NAV, STORIES) \
        == ("stories/", "stories")


def test_a_page_in_the_navigation_has_its_own():
    assert shared_key(NAV_PAGES[3], NAV, None) is None


def test_another_folder_or_section_is_another_copy():
    story = shared_key(page("stories/a/"), NAV, STORIES)
    assert shared_key(page("measures/a/"), NAV, MEASURES) != story  # its links start elsewhere
    assert shared_key(page("stories/a/"), NAV, MEASURES) != story  # another tab marked
    assert shared_key(page("stories/tags/a/"), NAV, STORIES) != story  # one folder deeper


def test_a_page_with_navigation_pages_in_its_own_folder_has_its_own():
    # From stories/ itself (not directory addresses: stories/a.html), the list's link is "./".
    assert shared_key(page("stories/a.html"), NAV, STORIES) is None
    nav = SimpleNamespace(pages=[*NAV_PAGES, page("stories/a/more/", True)])
    assert shared_key(page("stories/a/"), nav, STORIES) is None


def test_a_part_made_for_one_page_is_shown_on_the_next_with_its_key_only():
    shared = SharedParts()
    first = shared.for_page(("stories/", "stories"))
    assert first.made("nav") is None
    assert first.keep("nav", "<nav>stories</nav>") == "<nav>stories</nav>"
    assert shared.for_page(("stories/", "stories")).made("nav") == "<nav>stories</nav>"
    assert shared.for_page(("measures/", "measures")).made("nav") is None
    assert shared.for_page(("stories/", "stories")).made("tabs") is None
    assert shared.for_page(None) is None
