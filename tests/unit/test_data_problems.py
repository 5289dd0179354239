"""Loading data/: wrong fields, types and cross-references each give one editor-friendly
`path:line: message` line (what `make check` prints), on the tests' own play book.

Line numbers are those of the YAML each test writes, or found with ``line_of`` in
the fixture file it changed, never those of the real data files.
"""

import re

from macros.data import read_all

GOOD_STORY = """title: A story
summary: What happened.
visibility: public
published: 2026-11-25
source: Section 3
"""
NEW_STORY = "data/stories/new-story.yml"


def test_the_fixture_play_book_loads_without_a_problem(fixture_site):
    # Every other test here breaks one thing in it: it must be clean to begin with.
    assert fixture_site.problems() == []
    data = read_all(fixture_site.path)
    assert {s.slug for s in data.stories} == {"fixture-public-story", "fixture-second-story",
                                              "fixture-internal-story"}


def test_a_missing_required_field_is_named_at_the_first_line(fixture_site):
    fixture_site.write(NEW_STORY, "title: A story\nvisibility: public\npublished: 2026-11-25\nsource: x\n")
    assert fixture_site.problems() == [f"{NEW_STORY}:1: `summary` is missing; add `summary:` with a value"]


def test_an_unknown_field_suggests_the_right_spelling(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY + "sumary: typo\n")
    [line] = fixture_site.problems()
    assert line.startswith(f"{NEW_STORY}:6: unknown field `sumary`; did you mean `summary`?")


def test_a_story_with_a_mistake_is_still_a_story_others_may_name(fixture_site):
    # Only the story's own mistake is reported, not every reference to it.
    fixture_site.write(NEW_STORY, GOOD_STORY.replace("public", "secret"))
    fixture_site.write("data/stories/other-story.yml", GOOD_STORY + "related: [new-story]\n")
    fixture_site.write("data/measures/waits.yml", "title: Waits\nimprovement: decrease\nstories: [new-story]\n"
                       "points:\n  - {date: 2026-01-01, value: 1}\n  - {date: 2026-02-01, value: 2}\n")
    assert [line.split(":")[0] for line in fixture_site.problems()] == [NEW_STORY]


def test_a_related_story_that_is_not_there_is_named(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY + "related: [retired-story]\n")
    assert fixture_site.problems() == [
        f"{NEW_STORY}:6: `related` names 'retired-story', but there is no data/stories/retired-story.yml; correct "
        "the slug, or remove it if that story was retired"]


def test_a_version_written_as_a_number_is_asked_for_in_quotes(fixture_site):
    text = fixture_site.read("data/playbook.yml")
    fixture_site.write("data/playbook.yml", re.sub(r"(?m)^version: .*$", "version: 10.10", text))
    line = fixture_site.line_of("data/playbook.yml", "version: 10.10")
    assert fixture_site.problems() == [
        f"data/playbook.yml:{line}: `version` must be text, not the number 10.1; put it in quotes, so it is kept "
        "as written (without quotes, 10.10 is read as the number 10.1)"]


def test_a_review_interval_in_words_is_told_the_format_in_words(fixture_site):
    text = fixture_site.read("docs/offer.md")
    fixture_site.write("docs/offer.md", re.sub(r"(?m)^review_in: .*$", "review_in: six months", text))
    line = fixture_site.line_of("docs/offer.md", "review_in")
    assert fixture_site.problems() == [
        f"docs/offer.md:{line}: `review_in` must be a number (up to 999) and a unit, like `6 months`, `1 year`, "
        "`8 weeks` or "
        "`30 days`, not 'six months'"]


def test_a_misspelt_required_field_is_one_mistake_not_two(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY.replace("summary:", "sumary:"))
    [line] = fixture_site.problems()
    assert line.startswith(f"{NEW_STORY}:2: unknown field `sumary`; did you mean `summary`?")
    # In a list item too: the point's `valeu` for `value`.
    fixture_site.write("data/measures/waits.yml", "title: Waits\nimprovement: decrease\npoints:\n"
                       "  - {date: 2026-01-01, value: 1}\n  - {date: 2026-02-01, valeu: 2}\n")
    [line] = [line for line in fixture_site.problems() if line.startswith("data/measures/")]
    assert line.startswith("data/measures/waits.yml:5: unknown field `points[2].valeu`; did you mean `value`?")


def test_a_wrong_value_lists_the_allowed_ones(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY.replace("public", "secret"))
    assert fixture_site.problems() == [f"{NEW_STORY}:3: `visibility` must be one of 'public' or 'internal', "
                                       "not 'secret'"]


def test_a_wrong_type_says_what_is_expected(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY + "featured: maybe\n")
    assert fixture_site.problems() == [f"{NEW_STORY}:6: `featured` must be true or false, not 'maybe'"]


def test_a_date_in_another_format_asks_for_yyyy_mm_dd(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY.replace("2026-11-25", "25/11/2026"))
    [line] = fixture_site.problems()
    assert line.startswith(f"{NEW_STORY}:4: `published` must be a date written YYYY-MM-DD")


def test_an_error_in_a_list_item_points_at_the_item(fixture_site):
    fixture_site.replace("data/offer.yml", "  - id: fixture-training", "  - id: Fixture Training")
    number = fixture_site.line_of("data/offer.yml", "id: Fixture Training")
    [line] = fixture_site.problems()
    assert line.startswith(f"data/offer.yml:{number}: `items[2].id` must be lower-case words joined by hyphens")


def test_an_offer_id_used_twice_is_reported_at_its_second_use(fixture_site):
    fixture_site.replace("data/offer.yml", "id: fixture-training", "id: fixture-coaching")
    # The second item's id line: the one just above the second item's title.
    number = fixture_site.line_of("data/offer.yml", "title: Fixture training") - 1
    assert fixture_site.read("data/offer.yml").splitlines()[number - 1] == "  - id: fixture-coaching"
    # (fixture-training, a published id, has gone too: that is reported as well.)
    first = fixture_site.line_of("data/offer.yml", "id: fixture-coaching")
    assert f"data/offer.yml:{number}: `id` 'fixture-coaching' is used twice (first on line {first}); every id " \
        "must be unique: keep one, or change this one" in fixture_site.problems()


def test_an_unknown_pillar_is_a_broken_cross_reference(fixture_site):
    fixture_site.replace("data/delivery_plan.yml", "pillar: enable", "pillar: enabel")
    number = fixture_site.line_of("data/delivery_plan.yml", "pillar: enabel")
    # The allowed ids are the fixture's own pillars.
    assert fixture_site.problems() == [f"data/delivery_plan.yml:{number}: `workstreams[3].pillar` names 'enabel', "
                                       "which is not a pillar id in data/delivery_plan.yml; use one of lead, enable"]


def test_a_story_naming_an_unknown_organisation(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY + "organisations:\n  - nobody-trust\n")
    assert fixture_site.problems() == [
        f"{NEW_STORY}:7: `organisations` names 'nobody-trust', which is not an id in data/organisations.yml; "
        "add it there or correct the id"]


def test_a_story_relating_to_a_missing_story(fixture_site):
    fixture_site.write(NEW_STORY, GOOD_STORY + "related: [no-such-story]\n")
    [line] = fixture_site.problems()
    assert line.startswith(f"{NEW_STORY}:6: `related` names 'no-such-story'")


def test_a_story_file_name_must_be_a_slug(fixture_site):
    fixture_site.write("data/stories/New Story.yml", GOOD_STORY)
    [line] = fixture_site.problems()
    assert line.startswith("data/stories/New Story.yml:1: the file name `New Story` must be lower-case")


def test_an_invalid_email_is_refused(fixture_site):
    fixture_site.replace("data/contacts.yml", "fixture.public@example.org", "fixture.public-at-example")
    number = fixture_site.line_of("data/contacts.yml", "fixture.public-at-example")
    [line] = fixture_site.problems()
    assert line.startswith(f"data/contacts.yml:{number}: `contacts[1].email` is not a valid email address")


def test_every_problem_is_reported_at_once(fixture_site):
    fixture_site.write("data/stories/one.yml", GOOD_STORY + "extra: 1\n")
    fixture_site.write("data/stories/two.yml", "title: x\n")
    problems = fixture_site.problems()
    # One unknown field in one.yml; summary and visibility missing in two.yml.
    assert [line.split(": ")[0] for line in problems] == ["data/stories/one.yml:6", "data/stories/two.yml:1",
                                                          "data/stories/two.yml:1"], problems


def test_public_only_leaves_out_internal_stories_and_private_contacts(fixture_site):
    data = read_all(fixture_site.path)
    public = data.public_only()
    assert "fixture-internal-story" in {s.slug for s in data.stories}
    assert {s.slug for s in public.stories} == {"fixture-public-story", "fixture-second-story"}
    assert len(data.contacts.contacts) == 2
    assert [c.email for c in public.contacts.contacts] == ["fixture.public@example.org"]


def test_a_story_needs_only_title_summary_and_visibility(fixture_site):
    """CONTRACT.md: every story has at least these three; the rest may come later."""
    fixture_site.write("data/stories/minimal.yml", "title: Minimal\nsummary: Short.\nvisibility: public\n")
    assert fixture_site.problems() == []
    stories = read_all(fixture_site.path).stories
    # Undated stories are listed after dated ones (the fixture's second story is undated too).
    assert "minimal" in {s.slug for s in stories}
    assert all(s.published is None for s in stories[-2:])
    assert stories[0].published is not None


def test_contacts_need_only_name_and_email_and_are_private_by_default(fixture_site):
    fixture_site.write("data/contacts.yml", "contacts:\n  - name: A Person\n    email: a@example.org\n")
    assert fixture_site.problems() == []
    [contact] = read_all(fixture_site.path).contacts.contacts
    assert contact.public is False


def test_every_contact_has_a_name_even_while_it_is_to_be_confirmed(fixture_site):
    fixture_site.write("data/contacts.yml", "contacts:\n  - email: a@example.org\n    to_be_confirmed: [name]\n")
    assert fixture_site.problems() == ["data/contacts.yml:2: `contacts[1].name` is missing; add `name:` with a value"]


def test_a_contact_whose_name_is_to_be_confirmed_cannot_be_public(fixture_site):
    fixture_site.write("data/contacts.yml", "contacts:\n  - name: To be confirmed\n    email: a@example.org\n"
                                            "    to_be_confirmed: [name]\n    public: true\n")
    assert fixture_site.problems() == [
        "data/contacts.yml:5: `contacts[1]` is public, but its name is still to be confirmed; write the name "
        "(and take `name` out of `to_be_confirmed`), or set `public: false` until then"]
