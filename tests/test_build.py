"""`make build` end to end: strict builds, real pages from data, and bad input stopping it."""

import json
import re

import pytest

PAGE_TOP = "---\nowner: x\nlast_reviewed: 2026-11-25\nreview_in: 6 months\n---\n# Offer\n\n"

BAD_INPUTS = {
    # name: (file, content, expected line start)
    "duplicate key": ("data/stories/bad.yml",
                      "title: A\ntitle: B\nsummary: s\nvisibility: public\npublished: 2026-01-01\nsource: s\n",
                      "data/stories/bad.yml:2: duplicate key `title`"),
    "missing field": ("data/stories/bad.yml", "title: A\nvisibility: public\npublished: 2026-01-01\nsource: s\n",
                      "data/stories/bad.yml:1: `summary` is missing"),
    "unknown field": ("data/stories/bad.yml",
                      "title: A\nsummary: s\nvisibility: public\npublished: 2026-01-01\nsource: s\ncolour: red\n",
                      "data/stories/bad.yml:6: unknown field `colour`"),
    "wrong value": ("data/stories/bad.yml",
                    "title: A\nsummary: s\nvisibility: everyone\npublished: 2026-01-01\nsource: s\n",
                    "data/stories/bad.yml:3: `visibility` must be one of 'public' or 'internal'"),
    "python tag": ("data/stories/bad.yml", "title: !!python/object/apply:os.getcwd []\n",
                   "data/stories/bad.yml:1: the tag !!python/object/apply:os.getcwd is not allowed"),
    "broken syntax": ("data/stories/bad.yml", "title: A\n  summary: s\n",
                      "data/stories/bad.yml:2: invalid YAML"),
    "empty file": ("data/stories/bad.yml", "", "data/stories/bad.yml:1: the file is empty"),
    "non-UTF-8": ("data/stories/bad.yml", b"title: ok\nsummary: caf\xe9\n",
                  "data/stories/bad.yml:2: the file is not UTF-8 text"),
    "page front matter": ("docs/offer.md", "---\nowner: x\nlast_reviewed: soon\nreview_in: 6 months\n---\n# Offer\n",
                          "docs/offer.md:3: `last_reviewed` must be a date"),
    "mistyped macro": ("docs/offer.md", PAGE_TOP + "{{ offr() }}\n",
                       "docs/offer.md:8: `offr` is not a macro or value pages can use; did you mean `offer`?"),
    "macro syntax": ("docs/offer.md", PAGE_TOP + "{{ offer( }}\n",
                     "docs/offer.md:8: the page's {{ … }} or {% … %} has a mistake"),
    "broken page link": ("docs/offer.md", PAGE_TOP + "{{ offer() }}\n\nSee [the plan](delivery-plann.md).\n",
                         "docs/offer.md:10: the link to `delivery-plann.md` leads to no page; "
                         "did you mean `delivery-plan.md`?"),
    "impossible date": ("data/stories/bad.yml",
                        "title: A\nsummary: s\nvisibility: public\npublished: 2026-02-30\nsource: s\n",
                        "data/stories/bad.yml:4: `published`: 2026-02-30 is not a real date"),
    "tab": ("data/stories/bad.yml", "title: A\n\tsummary: s\n",
            "data/stories/bad.yml:2: a tab character: YAML must be indented with spaces"),
    "empty value": ("data/stories/bad.yml",
                    "title: A\nsummary:\nvisibility: public\npublished: 2026-01-01\nsource: s\n",
                    "data/stories/bad.yml:2: `summary` is empty"),
}


@pytest.mark.parametrize("target", ["check", "build"])
@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_gives_its_error_line_and_no_traceback(project, case, target):
    path, content, expected = BAD_INPUTS[case]
    project.write(path, content)
    result = project.make(target)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert any(line.startswith(expected) for line in output.splitlines()), output
    assert "Traceback" not in output
    assert not (project.path / "site" / "playbook").exists(), "a failed build must publish nothing"


def test_failed_build_leaves_the_previous_site_in_place(project):
    assert project.make("build").returncode == 0
    before = (project.path / "site/playbook/index.html").read_text()
    project.write("data/stories/bad.yml", "title: A\n")
    assert project.make("build").returncode != 0
    assert (project.path / "site/playbook/index.html").read_text() == before


def test_check_passes_on_the_real_data(project):
    result = project.make("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_undefined_macro_fails_the_build(project):
    project.write("docs/offer.md", project.read("docs/offer.md") + "\n{{ no_such_macro() }}\n")
    result = project.make("build")
    assert result.returncode != 0
    assert not (project.path / "site" / "playbook").exists()


def test_a_warning_fails_the_build(project):
    project.write("docs/offer.md", project.read("docs/offer.md") + "\n[broken](no-such-page.md)\n")
    assert project.make("build").returncode != 0


def page(built, site, path):
    return (built.path / "site" / site / path).read_text(encoding="utf-8")


def test_offer_page_anchors_every_item(built):
    html = page(built, "playbook", "offer/index.html")
    for item_id in re.findall(r"^  - id: (\S+)", built.read("data/offer.yml"), re.M):
        assert f'id="{item_id}"' in html


def test_stories_page_renders_story_data(built):
    html = page(built, "playbook", "stories/index.html")
    assert "Warmth on Prescription" in html
    assert "people supported" in html and "22/23" in html


def test_banner_shows_version_and_status_from_data(built):
    html = page(built, "playbook", "index.html")
    assert "Draft for partner discussion" in html and "version 10.0" in html


def test_built_pages_request_nothing_from_other_hosts(built):
    for file in (built.path / "site").rglob("*.html"):
        html = file.read_text(encoding="utf-8")
        # <link rel="canonical"> names the page's own published address; browsers do not load it.
        for url in re.findall(r'<(?:script|link(?![^>]*rel="canonical")|img|iframe|source)[^>]+(?:src|href)='
                              r'"(https?:)?//([^"]+)"', html):
            pytest.fail(f"{file} loads {url}")
        assert "fonts.googleapis.com" not in html, file


def test_search_index_holds_the_stories(built):
    index = json.loads(page(built, "playbook", "search/search_index.json"))
    text = " ".join(doc["text"] + doc["title"] for doc in index["docs"])
    assert "We Wait Well" in text


def test_offer_json_lists_every_item_with_a_url_that_resolves(built):
    items = json.loads(page(built, "playbook", "offer.json"))
    assert items and {"id", "title", "url"} <= set(items[0])
    for item in items:
        path, anchor = item["url"].split("#")
        assert anchor == item["id"]
        assert f'id="{anchor}"' in page(built, "playbook", path + "index.html")


def test_a_mistake_both_sites_find_is_reported_once(project):
    project.write("data/stories/bad.yml", "title: A\ntitle: B\n")
    result = project.make("build")
    output = (result.stdout + result.stderr).splitlines()
    assert result.returncode != 0
    assert sum(line.startswith("data/stories/bad.yml:2: duplicate key") for line in output) == 1
