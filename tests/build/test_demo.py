"""`make demo` on a copy of the tests' own play book with example data of its
own: every page says it shows example data (naming what its example data has),
the example measures, progress, capability figures and projects are on their
pages, and `make build` leaves them out."""

from __future__ import annotations

import pytest
from support.html import Page
from support.projects import fixture_project

DEMO_CONFIG = "INHERIT: mkdocs.yml\nplugins:\n  playbook:\n    example_data: examples\n"
MEASURE = ("title: Example minutes\nimprovement: decrease\npoints:\n"
           + "".join(f"  - date: 2025-{m:02d}-01\n    value: {v}\n" for m, v in enumerate([9, 8, 9, 8], 1)))
FIGURES = "headcount: 4000\nas_of: 2026-06-30\ninternal_experts: 15\nquality_coaches: 100\n"
PROJECT = ("title: Example project\naim: An example aim.\norganisations: [example-trust]\nstatus: active\n"
           "started: 2025-01-06\nvisibility: public\nmeasures: [example-minutes]\n")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("demo") / "fixture")
    project.write("mkdocs.demo.yml", DEMO_CONFIG)
    project.write("examples/organisations.yml", "organisations:\n  - id: example-trust\n    name: Example Trust\n")
    project.write("examples/measures/example-minutes.yml", MEASURE)
    project.write("examples/capability/example-trust.yml", FIGURES)
    project.write("examples/projects/example-project.yml", PROJECT)
    result = project.build_configs({"demo": "mkdocs.demo.yml", "playbook": "mkdocs.yml"})
    assert result.ok, result.output
    return project


def test_every_page_of_the_demo_says_it_shows_example_data(demo):
    pages = sorted(demo.site("demo").rglob("index.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if "http-equiv" in html:  # a redirect page has no banner to show
            continue
        assert ("Example data</strong>: the measures, projects, capability figures and delivery progress on this "
                "site are made up") in html, page


def test_the_example_measure_progress_and_figures_are_on_their_pages(demo):
    assert "Example minutes" in Page(demo.page("demo", "measures/")).text
    assert (demo.site("demo") / "measures" / "example-minutes" / "index.html").is_file()
    assert "Example Trust" in Page(demo.page("demo", "sections/")).text
    report = Page(demo.page("demo", "progress-report/")).text
    assert "Example lead (made up for the demo)" in report


def test_the_example_project_is_on_the_register_and_never_linked_to_the_public_site(demo):
    assert "Example project" in Page(demo.page("demo", "projects/")).text
    page = Page(demo.page("demo", "projects/example-project/"))
    assert "Example minutes" in page.text and "Public project" in page.text
    assert not [link for link in page.links() if link.startswith("http://127.0.0.1:8001/")]


def test_the_real_build_has_none_of_it(demo):
    playbook = demo.site("playbook")
    assert not (playbook / "measures" / "example-minutes").exists()
    assert not (playbook / "projects" / "example-project").exists()
    for page in playbook.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Example Trust" not in text and "Example data</strong>" not in text, page
