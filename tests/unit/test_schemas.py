"""The committed JSON Schemas (schemas/) match the models, and the schema line a data file
starts with can point at one for every data file and for every story.

(That each real data file does start with its schema line is a content test.)
"""

import json
import posixpath

from support.projects import REPO

from macros.editor_docs.schemas import SCHEMAS, schema_text
from macros.editor_docs.story_template import scaffold_text


def test_committed_schemas_are_up_to_date():
    stale = [name for name, model in SCHEMAS.items()
             if not (REPO / "schemas" / name).is_file()
             or (REPO / "schemas" / name).read_text(encoding="utf-8") != schema_text(model)]
    assert not stale, f"run `python -m macros.cli docs` to regenerate: {stale}"


def test_schemas_holds_no_schema_for_a_data_file_that_no_longer_exists():
    assert {path.name for path in (REPO / "schemas").glob("*.json")} == set(SCHEMAS)


def test_a_new_story_points_at_the_story_schema():
    first = scaffold_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    # Relative to the story's folder, data/stories/.
    schema = posixpath.normpath(posixpath.join("data/stories", first.split("$schema=")[1]))
    assert schema == "schemas/story.schema.json" and (REPO / schema).is_file()


def test_story_schema_forbids_unknown_fields_and_requires_the_contract_fields():
    schema = json.loads((REPO / "schemas" / "story.schema.json").read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert {"title", "summary", "visibility"} <= set(schema["required"])


def test_a_bound_a_field_adds_to_a_number_is_in_its_schema_as_json_schema_writes_it():
    from typing import Annotated

    from annotated_types import Ge, Gt
    from pydantic import BaseModel

    from macros.data.models.base import NUMBER_LIMIT, Number
    from macros.editor_docs.field_docs import kind_words
    from macros.editor_docs.schemas import model_schema

    class Fixture(BaseModel):
        count: Annotated[Number, Ge(0)]
        size: Annotated[Number, Gt(0)]

    fields = model_schema(Fixture)["properties"]
    assert fields["count"] == {"type": "number", "minimum": 0, "maximum": NUMBER_LIMIT, "title": "Count"}
    assert fields["size"] == {"type": "number", "exclusiveMinimum": 0, "maximum": NUMBER_LIMIT, "title": "Size"}
    assert kind_words(fields["count"], {}) == "a number from 0 to 1,000,000,000,000"
    assert kind_words(fields["size"], {}) == "a number more than 0, up to 1,000,000,000,000"
