"""Loading data/: wrong fields, types and cross-references give editor-friendly lines."""

import pytest

from macros.data.errors import DataErrors
from macros.data import read_all

GOOD_STORY = """title: A story
summary: What happened.
visibility: public
published: 2026-11-25
source: Section 3
"""


def problems(project) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        read_all(project.path)
    return caught.value.lines()


def test_the_real_data_loads(project):
    data = read_all(project.path)
    assert data.playbook.version == "10.0"
    assert "we-wait-well" in {s.slug for s in data.stories}
    assert [w.id for w in data.delivery_plan.workstreams_of("lead")] == ["convene", "integrate"]


def test_missing_required_field_names_it(project):
    project.write("data/stories/new-story.yml", "title: A story\nvisibility: public\n"
                  "published: 2026-11-25\nsource: x\n")
    assert problems(project) == ["data/stories/new-story.yml:1: `summary` is missing; add `summary:` with a value"]


def test_unknown_field_suggests_the_right_spelling(project):
    project.write("data/stories/new-story.yml", GOOD_STORY + "sumary: typo\n")
    [line] = problems(project)
    assert line.startswith("data/stories/new-story.yml:6: unknown field `sumary`; did you mean `summary`?")


def test_wrong_value_lists_the_allowed_ones(project):
    project.write("data/stories/new-story.yml", GOOD_STORY.replace("public", "secret"))
    assert problems(project) == ["data/stories/new-story.yml:3: `visibility` must be one of "
                                 "'public' or 'internal', not 'secret'"]


def test_wrong_type(project):
    project.write("data/stories/new-story.yml", GOOD_STORY + "featured: maybe\n")
    assert problems(project) == ["data/stories/new-story.yml:6: `featured` must be true or false, not 'maybe'"]


def test_bad_date(project):
    project.write("data/stories/new-story.yml", GOOD_STORY.replace("2026-11-25", "25/11/2026"))
    [line] = problems(project)
    assert line.startswith("data/stories/new-story.yml:4: `published` must be a date written YYYY-MM-DD")


def test_error_in_a_list_item_points_at_the_item(project):
    text = project.read("data/offer.yml").replace("  - id: innovation-labs", "  - id: Innovation Labs")
    project.write("data/offer.yml", text)
    [line] = problems(project)
    number = text.splitlines().index("  - id: Innovation Labs") + 1
    assert line.startswith(f"data/offer.yml:{number}: `items[")
    assert "lower-case words joined by hyphens" in line


def test_duplicate_offer_id(project):
    text = project.read("data/offer.yml").replace("id: innovation-labs", "id: qi-training")
    project.write("data/offer.yml", text)
    # (innovation-labs, a published id, has gone too: that is reported as well.)
    assert any("`id` 'qi-training' is used twice" in line for line in problems(project))


def test_unknown_pillar_is_a_broken_cross_reference(project):
    text = project.read("data/delivery_plan.yml").replace("pillar: enable\n    name: Learn",
                                                          "pillar: enabel\n    name: Learn")
    project.write("data/delivery_plan.yml", text)
    [line] = problems(project)
    number = text.splitlines().index("    pillar: enabel") + 1
    assert line == (f"data/delivery_plan.yml:{number}: `pillar` 'enabel' is not a pillar id; "
                    "use one of lead, enable, energise")


def test_story_naming_an_unknown_organisation(project):
    project.write("data/stories/new-story.yml", GOOD_STORY + "organisations:\n  - nobody-trust\n")
    assert problems(project) == [
        "data/stories/new-story.yml:7: `organisations` names 'nobody-trust', which is not an id in "
        "data/organisations.yml; add it there or correct the id"]


def test_story_relating_to_a_missing_story(project):
    project.write("data/stories/new-story.yml", GOOD_STORY + "related: [no-such-story]\n")
    [line] = problems(project)
    assert line.startswith("data/stories/new-story.yml:6: `related` names 'no-such-story'")


def test_story_file_name_must_be_a_slug(project):
    project.write("data/stories/New Story.yml", GOOD_STORY)
    [line] = problems(project)
    assert line.startswith("data/stories/New Story.yml:1: the file name `New Story` must be lower-case")


def test_invalid_email(project):
    text = project.read("data/contacts.yml").replace("clare.lait@ghc.nhs.uk", "clare.lait-at-ghc")
    project.write("data/contacts.yml", text)
    [line] = problems(project)
    assert "`contacts[2].email` is not a valid email address" in line


def test_every_problem_is_reported_at_once(project):
    project.write("data/stories/one.yml", GOOD_STORY + "extra: 1\n")
    project.write("data/stories/two.yml", "title: x\n")
    assert len(problems(project)) == 3  # one unknown field + summary and visibility missing in two.yml


def test_public_only_filters_stories_and_contacts(project):
    project.write("data/stories/secret-canary.yml", GOOD_STORY.replace("public", "internal"))
    data = read_all(project.path)
    public = data.public_only()
    assert "secret-canary" in {s.slug for s in data.stories}
    assert "secret-canary" not in {s.slug for s in public.stories}
    assert all(c.public for c in public.contacts.contacts)


def test_a_story_needs_only_title_summary_and_visibility(project):
    """CONTRACT.md: every story has at least these three; the rest may come later."""
    project.write("data/stories/minimal.yml", "title: Minimal\nsummary: Short.\nvisibility: public\n")
    data = read_all(project.path)
    assert data.stories[-1].slug == "minimal"  # undated stories are listed after dated ones


def test_contacts_need_only_name_and_email(project):
    project.write("data/contacts.yml", "contacts:\n  - name: A Person\n    email: a@example.org\n")
    [contact] = read_all(project.path).contacts.contacts
    assert contact.public is False
