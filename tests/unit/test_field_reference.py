"""The editors' field reference (docs-editors/FIELDS.md) and the browser story template are
generated from the models, committed up to date, and match them."""

import re
from dataclasses import replace

from pydantic import Field
from support.projects import REPO

from macros.editor_docs import reference
from macros.data import DATASETS
from macros.data.models import PageMeta
from macros.data.models.base import Model, Slug
from macros.editor_docs.story_template import scaffold_text


def section(text: str, name: str) -> str:
    match = re.search(rf"^## {re.escape(name)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no section `## {name}`"
    return match.group(1)


def test_committed_reference_and_story_template_are_up_to_date():
    stale = [path for path, text in ((reference.REFERENCE, reference.reference_text()),
                                     (reference.STORY_TEMPLATE, scaffold_text()))
             if not (REPO / path).is_file() or (REPO / path).read_text(encoding="utf-8") != text]
    assert not stale, f"run `.venv/bin/python -m macros.cli docs` to regenerate: {stale}"


def test_every_data_file_and_every_field_is_in_the_reference():
    text = (REPO / reference.REFERENCE).read_text(encoding="utf-8")
    models = {dataset.schema: dataset.model for dataset in DATASETS.values()} | {"page front matter": PageMeta}
    paths = {dataset.schema: dataset.path for dataset in DATASETS.values()}
    for name, model in models.items():
        body = section(text, name)
        if name in paths:
            assert f"`{paths[name]}" in body
        for field_name, info in model.model_fields.items():
            if not info.exclude:
                assert f"| `{field_name}` |" in body, f"{name}.{field_name} is missing from the reference"
    story = section(text, "story")
    assert "`data/stories/<slug>.yml`" in story
    assert "| `visibility` | required | one of `public`, `internal` |" in story
    assert "| `featured` | optional (default `false`) | `true` or `false` |" in story
    assert "### Each entry of `outcomes`" in story and "| `period` | optional | text |" in story
    assert "`slug`" not in story, "the slug comes from the file name"


def test_a_newly_registered_data_file_appears_after_regeneration(monkeypatch):
    class Course(Model):
        programme: str = Field(description="The training programme, as the source names it.")
        level: Slug

    class Training(Model):
        """Training figures by programme and level."""
        courses: list[Course]

    monkeypatch.setitem(DATASETS, "training", replace(DATASETS["training"], model=Training))
    body = section(reference.reference_text(), "training")
    assert "`data/training.yml`" in body and "Training figures by programme and level." in body
    assert "| `courses` | required | a list, one item per line starting with `-`; each item a set of fields" in body
    assert "### Each entry of `courses`" in body
    assert "| `programme` | required | text | The training programme, as the source names it. |" in body
    assert "| `level` | required | an id: lower-case words joined by hyphens" in body


def test_the_browser_story_template_passes_the_checks_as_it_is_and_assumes_no_date(fixture_site):
    """Copied into data/stories/ as it is, the template is a valid internal story:
    its date is left for the editor to write when it is known, never assumed."""
    template = (REPO / reference.STORY_TEMPLATE).read_text(encoding="utf-8")
    fixture_site.write("data/stories/copied-template.yml", template)
    assert fixture_site.problems() == []
    assert "# published: YYYY-MM-DD" in template.splitlines()
