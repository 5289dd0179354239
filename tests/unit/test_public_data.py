"""The public site is opt-in (macros/data/public.py, macros/data/registry.py): a dataset
reaches it only with a public rule, a field only when its model marks it ``Public``, and a
reference only to a record the public site has. Shown on the tests' own play book, with a
dataset and a field added here as an engineer might add them, carrying canary text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pydantic import BaseModel

from macros.data import DATASETS, DataErrors, Dataset, NotOnThisSite, read_all
from macros.data.models import Story
from macros.data.models.base import Model, Public, Text, inner_model, is_public_field
from macros.data.public import public_copy

CANARY = "canary-never-public"


class Notes(Model):
    """A new dataset, declared without a public rule."""

    text: Text


class StoryWithNote(Story):
    """Stories, with a new field that nobody has declared public."""

    note: Text | None = None


def test_a_new_dataset_declared_without_a_public_rule_never_reaches_the_public_site(fixture_site, monkeypatch):
    monkeypatch.setitem(DATASETS, "notes", Dataset("notes", Notes, "data/notes.yml", "Notes", "notes",
                                                   "`data/notes.yml`"))
    fixture_site.write("data/notes.yml", f"text: {CANARY}\n")
    data = read_all(fixture_site.path)
    assert data.notes.text == CANARY
    public = data.public_only()
    assert not public.has("notes")
    with pytest.raises(NotOnThisSite, match="does not publish data/notes.yml"):
        getattr(public, "notes")  # noqa: B009 (the access is what is tested)
    assert CANARY not in repr(public._values)


def test_a_new_field_not_marked_public_stays_off_while_the_declared_ones_go(fixture_site, monkeypatch):
    monkeypatch.setitem(DATASETS, "stories", replace(DATASETS["stories"], model=StoryWithNote))
    story = "data/stories/fixture-public-story.yml"
    fixture_site.write(story, fixture_site.read(story) + f"note: {CANARY}\n")
    data = read_all(fixture_site.path)
    [staff] = [s for s in data.stories if s.slug == "fixture-public-story"]
    [public] = [s for s in data.public_only().stories if s.slug == "fixture-public-story"]
    assert staff.note == CANARY and public.note is None
    assert (public.title, public.summary, public.slug) == (staff.title, staff.summary, staff.slug)
    assert staff.source and public.source is None  # where a story comes from is for staff only


def test_only_public_records_go_and_their_references_to_records_that_do_not_are_dropped(fixture_site):
    data = read_all(fixture_site.path)
    public = data.public_only()
    assert {s.slug for s in public.stories} == {s.slug for s in data.stories if s.is_public}
    assert {c.email for c in public.contacts.contacts} == {c.email for c in data.contacts.contacts if c.public}
    present = {"stories": {"public-one"}}
    story = Story(title="t", summary="s", visibility="public", related=["public-one", "internal-one"])
    assert public_copy(story, present).related == ["public-one"]


def test_a_required_field_of_a_published_record_must_be_declared_public():
    class Secretive(Model):
        title: Public[Text]
        secret: Text

    with pytest.raises(TypeError, match="Secretive.secret is required"):
        public_copy(Secretive(title="t", secret=CANARY), {})


def _required_but_not_public(model: type[BaseModel], where: str) -> list[str]:
    found = []
    for name, info in model.model_fields.items():
        if not is_public_field(info):
            found += [f"{where}.{name}"] if info.is_required() else []
        elif (inner := inner_model(info.annotation)) is not None:
            found += _required_but_not_public(inner, f"{where}.{name}")
    return found


def test_every_published_dataset_declares_its_required_fields_public():
    # Otherwise its public copy could not be made: the build would stop, not leak.
    assert [missing for dataset in DATASETS.values() if dataset.public
            for missing in _required_but_not_public(dataset.model, dataset.name)] == []


class Detail(Model):
    label: Public[Text]
    aside: Text | None = None  # not declared public


class Entry(Model):
    when: Public[Text]
    value: Public[int]


class Holder(Model):
    title: Public[Text]
    details: Public[list[Detail]] = []
    entries: Public[list[Entry]] = []


def test_a_private_field_deep_inside_a_record_stays_off_and_a_wholly_public_part_goes_as_it_is():
    holder = Holder(title="t", details=[Detail(label="a", aside=CANARY)], entries=[Entry(when="2024-01", value=3)])
    copy = public_copy(holder, {})
    assert copy.details[0].label == "a" and copy.details[0].aside is None
    assert CANARY not in repr(copy)
    assert copy.entries == holder.entries  # nothing of an entry is private: the same entries, not copies
    assert copy.entries[0] is holder.entries[0]


@pytest.mark.parametrize("written", ['"yes"', "1", '"true"'])
def test_whether_a_contact_is_public_is_written_true_or_false_and_nothing_else_publishes_it(fixture_site, written):
    contacts = fixture_site.read("data/contacts.yml")
    private = "    email: canary.private@example.org\n"
    assert private in contacts
    fixture_site.write("data/contacts.yml", contacts.replace(private, f"{private}    public: {written}\n"))
    with pytest.raises(DataErrors) as raised:
        read_all(fixture_site.path)
    assert any(error.path == "data/contacts.yml" and "must be true or false" in error.message
               for error in raised.value.errors)
