"""CONTRIBUTING.md tells the truth: its example errors are what the checks print (on a copy of
the tests' own play book: the example story needs nothing from the real data), its commands
exist and its links lead somewhere."""

import re

from support.projects import REPO

from .makefile_targets import makefile_targets

GUIDE = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", GUIDE, re.M | re.S)


def example_story() -> str:
    return next(b for b in blocks("yaml") if b.startswith("title: An example story"))


def test_the_documented_mistakes_give_exactly_the_documented_error_lines(fixture_site):
    documented = next(b for b in blocks("text") if b.count("\n") > 1).splitlines()
    assert len(documented) == 4  # "this story file has four mistakes"
    fixture_site.write("data/stories/an-example-story.yml", example_story())
    assert fixture_site.problems() == documented


def test_the_single_error_line_explained_is_one_the_checks_print(fixture_site):
    explained = blocks("text")[0].strip()
    fixture_site.write("data/stories/an-example-story.yml", example_story())
    assert explained in fixture_site.problems()


def test_every_make_command_in_the_guide_exists():
    called = set(re.findall(r"`make ([a-z][\w-]*)", GUIDE)) | set(re.findall(r"^make ([a-z][\w-]*)", GUIDE, re.M))
    assert {"new-story", "check", "serve", "lint", "publish"} <= called
    assert called <= makefile_targets(), called - makefile_targets()


def test_every_file_the_guide_links_to_exists():
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", GUIDE):
        assert (REPO / target).exists(), target
    for anchor in re.findall(r"\]\(#([^)]+)\)", GUIDE):
        headings = [re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-")
                    for h in re.findall(r"^##+ (.+)$", GUIDE, re.M)]
        assert anchor in headings, anchor


def test_the_documented_measure_is_valid_once_its_story_is_one_of_ours(fixture_site):
    example = next(b for b in blocks("yaml") if b.startswith("title: Days from referral"))
    # The guide names a story of the real play book; the fixture has its own.
    fixture_site.write("data/measures/days-to-first-appointment.yml",
                       example.replace("stories: [we-wait-well]", "stories: [fixture-public-story]"))
    assert fixture_site.problems() == []


def test_the_documented_p_chart_annotations_and_spc_settings_are_valid(fixture_site):
    p_chart = next(b for b in blocks("yaml") if b.startswith("title: Emergency readmissions"))
    notes = next(b for b in blocks("yaml") if b.startswith("annotations:"))
    fixture_site.write("data/measures/readmissions.yml", p_chart + notes.replace("2025-01-06", "2025-02-01"))
    fixture_site.write("data/spc.yml", next(b for b in blocks("yaml") if b.startswith("run_length:")))
    assert fixture_site.problems() == []


def test_the_documented_contacts_are_valid_and_one_waits_for_its_name(fixture_site):
    examples = [b for b in blocks("yaml") if b.startswith("  - name:")]
    assert len(examples) == 2  # a contact, and one whose name is still to be confirmed
    fixture_site.write("data/contacts.yml", "contacts:\n" + "".join(examples))
    assert fixture_site.problems() == []
    fixture_site.write("data/contacts.yml", "contacts:\n" + examples[1].replace("public: false", "public: true"))
    assert "is public, but its name is still to be confirmed" in "\n".join(fixture_site.problems())


def test_the_documented_word_and_way_to_ask_for_an_offer_item_are_valid(fixture_site):
    word = next(b for b in blocks("yaml") if b.startswith("  - term:"))
    fixture_site.write("data/glossary.yml", fixture_site.read("data/glossary.yml") + word)
    ask = next(b for b in blocks("yaml") if b.startswith("    how_to_ask:"))
    contact = next(b for b in blocks("yaml") if b.startswith("  - name:"))  # the documented contact is the one asked
    fixture_site.write("data/contacts.yml", fixture_site.read("data/contacts.yml") + contact)
    fixture_site.replace("data/offer.yml", "    how_to_ask: Email the fixture lead with what your team wants to "
                         "improve\n", ask)
    assert fixture_site.problems() == []
