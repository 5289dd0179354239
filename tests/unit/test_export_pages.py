"""offer.json, delivery.json and partners' links point to the one page showing the offer and the one
showing the plan: the build stops when either is on no page or on two."""

import pytest

from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES
from macros.site.exports import export_pages


FRONT_MATTER = "---\nowner: Test team\nlast_reviewed: 2026-01-01\nreview_in: 12 months\n---\n\n"


def _pages(tmp_path, pages: dict[str, str]) -> PageIndex:
    for name, text in pages.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(FRONT_MATTER + text, encoding="utf-8")
    index = PageIndex.read(tmp_path, PAGE_NAMES, ("docs",))
    assert not index.problems
    return index


def test_each_export_points_to_the_one_page_calling_its_macro(tmp_path):
    pages = _pages(tmp_path, {"index.md": "# Home\n", "offer/index.md": "# Offer\n\n{{ offer() }}\n",
                              "plan.md": "# Plan\n\n{{ delivery_plan() }}\n"})
    assert export_pages(pages, "docs") == {"offer": ["offer/"], "delivery_plan": ["plan/"]}


@pytest.mark.parametrize(("pages", "expected"), [
    ({"a.md": "{{ offer() }}\n", "b.md": "{{ offer() }}\n", "plan.md": "{{ delivery_plan() }}\n"},
     "the offer ({{ offer() }}) must be on exactly one page, so that its export and partners' links point "
     "to it; it is on 2: a/, b/"),
    ({"offer.md": "{{ offer() }}\n"},
     "the delivery plan ({{ delivery_plan() }}) must be on exactly one page, so that its export and "
     "partners' links point to it; it is on 0: none"),
])
def test_an_export_page_missing_or_repeated_stops_the_build(tmp_path, pages, expected):
    with pytest.raises(ValueError) as raised:
        export_pages(_pages(tmp_path, pages), "docs")
    assert str(raised.value) == expected
