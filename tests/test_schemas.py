"""The committed JSON Schemas match the models, and data files point at them."""

from pathlib import Path

from macros.editor_docs.schemas import SCHEMAS, schema_text

REPO = Path(__file__).resolve().parents[1]


def test_committed_schemas_are_up_to_date():
    stale = [name for name, model in SCHEMAS.items()
             if not (REPO / "schemas" / name).is_file()
             or (REPO / "schemas" / name).read_text(encoding="utf-8") != schema_text(model)]
    assert not stale, f"run `python -m macros.cli docs` to regenerate: {stale}"


def test_every_data_file_names_its_schema():
    for file in (REPO / "data").rglob("*.yml"):
        first = file.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), file
        schema = (file.parent / first.split("$schema=")[1]).resolve()
        assert schema.is_file(), f"{file} points at a missing schema"


def test_story_schema_forbids_unknown_fields_and_requires_the_contract_fields():
    import json
    schema = json.loads((REPO / "schemas" / "story.schema.json").read_text())
    assert schema["additionalProperties"] is False
    assert {"title", "summary", "visibility"} <= set(schema["required"])
