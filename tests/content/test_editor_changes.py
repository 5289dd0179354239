"""Every change CONTRIBUTING.md asks editors to make, tried on a copy of the
real repository: after each, `make check` finds nothing, both sites build
strictly, and the content checks (tests/support/content.py) still hold.

Each change is written the way an editor writes it, against whatever the
content is when the test runs (the first offer item, the first public
story...), so these tests hold however the content changes.
"""

from __future__ import annotations

import re

import pytest
import yaml
from support import long_text
from support.content import content_problems
from support.html import Page
from support.projects import Project

from macros.cli.new_story import create_story


def data_of(project: Project, relative: str):
    return yaml.safe_load(project.read(relative))


def page_calling(project: Project, macro: str) -> str:
    """The URL of the play book page whose Markdown calls ``{{ macro() }}``."""
    for page in sorted((project.path / "docs").rglob("*.md")):
        if re.search(r"\{\{\s*" + macro + r"\(", page.read_text(encoding="utf-8")):
            stem = page.relative_to(project.path / "docs").with_suffix("").as_posix()
            return "" if stem == "index" else stem.removesuffix("/index") + "/"
    raise AssertionError(f"no page in docs/ calls {macro}()")


def assert_still_valid(project: Project) -> None:
    assert project.problems() == []
    result = project.build()
    assert result.ok, result.output
    assert content_problems(project) == []


def text_on(project: Project, site: str, url: str) -> str:
    return Page(project.page(site, url)).text


# --- stories ---

def new_story(project: Project, slug: str, visibility: str) -> str:
    """`make new-story SLUG=…`, then the TODOs replaced as CONTRIBUTING.md says."""
    path = create_story(project.path, slug).relative_to(project.path).as_posix()
    title = f"Editor test story {slug}"
    text = project.read(path)
    text = re.sub(r"(?m)^title: .*$", f"title: {title}", text)
    text = re.sub(r"(?m)^summary: .*$", "summary: What changed, in two plain sentences. For whom.", text)
    text = re.sub(r"(?m)^source: .*$", "source: The team who did the work", text)
    text = text.replace("visibility: internal", f"visibility: {visibility}")
    project.write(path, text)
    return title


def test_add_an_internal_story(repository):
    title = new_story(repository, "editor-test-story", "internal")
    assert_still_valid(repository)
    assert title in text_on(repository, "playbook", "stories/editor-test-story/")


def test_add_a_story_and_make_it_public(repository):
    title = new_story(repository, "editor-test-story", "public")
    assert_still_valid(repository)
    assert title in text_on(repository, "stories", "stories/editor-test-story/")


def public_stories(project: Project) -> list[str]:
    return sorted(p.stem for p in (project.path / "data/stories").glob("*.yml")
                  if data_of(project, f"data/stories/{p.name}")["visibility"] == "public")


def test_take_a_story_off_the_public_site(repository):
    slug = public_stories(repository)[0]
    repository.replace(f"data/stories/{slug}.yml", "visibility: public", "visibility: internal")
    assert_still_valid(repository)
    assert not (repository.site("stories") / "stories" / slug).exists()


def test_retire_a_story_and_the_links_to_it(repository):
    slug = public_stories(repository)[0]
    (repository.path / "data/stories" / f"{slug}.yml").unlink()
    for other in (repository.path / "data/stories").glob("*.yml"):  # as CONTRIBUTING.md says
        text = other.read_text(encoding="utf-8")
        text = re.sub(rf"(?m)^(related: \[.*?)\b{slug}\b,? ?(.*\])$", r"\1\2", text)
        text = re.sub(rf"(?m)^  - {slug}\n", "", text)
        text = re.sub(r"(?m)^related: \[,? ?\]\n", "", text).replace(", ]", "]")
        other.write_text(text, encoding="utf-8")
    assert_still_valid(repository)
    assert not (repository.site("playbook") / "stories" / slug).exists()


# --- contacts ---

CONTACT = """  - name: Editor Test Contact
    role: Improvement lead
    email: editor.test.contact@example.org
    public: {public}
"""


@pytest.mark.parametrize("public", ["true", "false"])
def test_add_a_contact(repository, public):
    repository.write("data/contacts.yml", repository.read("data/contacts.yml").rstrip("\n") + "\n"
                     + CONTACT.format(public=public))
    assert_still_valid(repository)
    assert "Editor Test Contact" in text_on(repository, "playbook", page_calling(repository, "contacts"))
    public_home = text_on(repository, "stories", "")
    assert ("Editor Test Contact" in public_home) == (public == "true")


def test_give_a_contact_a_name_and_a_role(repository):
    """The contact whose name is still to be confirmed, if there is one, else the first."""
    contacts = data_of(repository, "data/contacts.yml")["contacts"]
    contact = next((c for c in contacts if "name" in c.get("to_be_confirmed", [])), contacts[0])
    text = repository.read("data/contacts.yml")
    # The contact's lines: from its list item to the next one (found by its email, which is unique).
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if contact["email"] in line)
    start = max(i for i in range(at + 1) if lines[i].startswith("  - "))
    end = next((i for i in range(at + 1, len(lines)) if lines[i].startswith("  - ") or not lines[i].strip()
                or not lines[i].startswith("    ") and not lines[i].startswith("  - ")), len(lines))
    kept = [line.replace("  - ", "    ", 1) for line in lines[start:end]
            if not line.strip().startswith(("- name:", "name:", "role:", "to_be_confirmed:"))]
    entry = ["  - name: Renamed By An Editor\n", "    role: Their role, now known\n", *kept]
    repository.write("data/contacts.yml", "".join(lines[:start] + entry + lines[end:]))
    assert_still_valid(repository)
    page = text_on(repository, "playbook", page_calling(repository, "contacts"))
    assert "Renamed By An Editor" in page and "Their role, now known" in page


# --- the offer ---

def test_retitle_an_offer_item(repository):
    item = data_of(repository, "data/offer.yml")["items"][0]
    repository.replace("data/offer.yml", f"  - id: {item['id']}\n    title: {item['title']}\n",
                       f"  - id: {item['id']}\n    title: A title an editor gave it\n")
    assert_still_valid(repository)
    import json
    listed = {i["id"]: i["title"] for i in json.loads((repository.site("playbook") / "offer.json").read_text())}
    assert listed[item["id"]] == "A title an editor gave it"


def test_add_an_offer_item_with_its_id_recorded(repository):
    repository.replace("data/offer.yml", "items:\n", "items:\n  - id: editor-test-offer\n"
                       "    title: An offer an editor added\n    summary: What it is.\n")
    repository.replace("data/published_ids.yml", "offer:\n", "offer:\n  - editor-test-offer\n")
    assert_still_valid(repository)
    offer_page = repository.page("playbook", page_calling(repository, "offer"))
    assert 'id="editor-test-offer"' in offer_page


# --- the delivery plan ---

def test_fill_in_a_workstream_still_to_be_agreed(repository):
    plan = data_of(repository, "data/delivery_plan.yml")
    waiting = [w for w in plan["workstreams"] if w.get("status") == "to_be_agreed"] or plan["workstreams"]
    workstream = waiting[0]["id"]
    text = repository.read("data/delivery_plan.yml")
    block = re.search(rf"(?m)^  - id: {workstream}\n((?:    .*\n)*)", text)
    body = re.sub(r"(?m)^    status: to_be_agreed\n", "", block.group(1))
    body = re.sub(r"(?m)^    next_year:\n(?:      .*\n)*", "", body)
    filled = (f"  - id: {workstream}\n{body}    next_year:\n"
              "      - id: action-added-by-an-editor\n"
              "        text: An action partners agreed, added by an editor.\n")
    repository.write("data/delivery_plan.yml", text.replace(block.group(0), filled))
    # ...and its id recorded among those ever published, as CONTRIBUTING.md says.
    repository.replace("data/published_ids.yml", "actions:\n", "actions:\n  - action-added-by-an-editor\n")
    assert_still_valid(repository)
    page = repository.page("playbook", page_calling(repository, "delivery_plan"))
    assert "An action partners agreed, added by an editor." in Page(page).text
    assert 'id="action-added-by-an-editor"' in page


def test_report_progress_on_an_action(repository):
    plan = data_of(repository, "data/delivery_plan.yml")
    first = next(a for w in plan["workstreams"] for a in w.get("next_year", []))
    text = repository.read("data/delivery_plan.yml")
    entry = re.search(rf"(?m)^      - id: {first['id']}\n(?:        .*\n)*", text).group(0)
    entry = re.sub(r"(?m)^        (lead|due|status|updates):.*\n(?:          .*\n)*", "", entry)
    reported = entry + ("        lead: The group an editor named\n        due: 2027-03\n        status: at-risk\n"
                        "        updates:\n          - date: 2026-11-12\n"
                        "            text: An update an editor added.\n")
    repository.write("data/delivery_plan.yml", text.replace(entry, reported))
    assert_still_valid(repository)
    import json
    listed = {a["id"]: a for a in json.loads((repository.site("playbook") / "delivery.json").read_text())}
    assert (listed[first["id"]]["status"], listed[first["id"]]["due"]) == ("at-risk", "2027-03")
    shown = text_on(repository, "playbook", page_calling(repository, "delivery_plan"))
    assert "The group an editor named" in shown and "Due March 2027" in shown
    assert "An update an editor added." in shown
    report = text_on(repository, "playbook", page_calling(repository, "progress_report"))
    assert "No progress has been reported yet" not in report


# --- versions and pages ---

def test_raise_the_version_with_its_history_entry(repository):
    current = data_of(repository, "data/playbook.yml")["version"]
    major, minor = current.split(".")
    new = f"{major}.{int(minor) + 1}"
    repository.replace("data/playbook.yml", f'version: "{current}"', f'version: "{new}"')
    status = data_of(repository, "data/playbook.yml")["status"]
    repository.replace("data/versions.yml", "versions:\n", f'versions:\n  - version: "{new}"\n'
                       f"    status: {status}\n    changes:\n      - What this version changed.\n")
    assert_still_valid(repository)
    assert f"version {new}" in text_on(repository, "playbook", "")


def test_rename_a_page_with_a_redirect(repository):
    old = page_calling(repository, "offer").rstrip("/") + ".md"
    new = "renamed-by-an-editor.md"
    repository.rename_page(old, new)
    text = repository.read("data/redirects.yml")
    entry = f"  {old}: {new}\n"
    repository.write("data/redirects.yml", text.replace("pages: {}", "pages:\n" + entry) if "pages: {}" in text
                     else text.replace("pages:\n", "pages:\n" + entry))
    assert_still_valid(repository)
    redirect = repository.page("playbook", old.removesuffix(".md") + "/")
    assert "renamed-by-an-editor/" in redirect


# --- every example, as CONTRIBUTING.md writes it, with the longest real-world text ---
# (tests/support/long_text.py; the browser tests look at the pages these make at 320 px)

def _long_capability(project: Project) -> str:
    long_text.add_capability_figures(project)
    return page_calling(project, "capability_register")


def _long_contact(project: Project) -> str:
    long_text.add_contact(project, public=False)
    return page_calling(project, "contacts")


def _long_offer_item(project: Project) -> str:
    long_text.add_contact(project, public=False)  # the item's contact
    long_text.add_offer_item(project)
    return page_calling(project, "offer")


def _long_action(project: Project) -> str:
    long_text.add_action(project)
    return page_calling(project, "delivery_plan")


def _long_story(project: Project) -> str:
    long_text.add_organisation(project)
    return f"stories/{long_text.add_story(project)}/"


def _long_measure(project: Project) -> str:
    return f"measures/{long_text.add_measure(project)}/"


LONG_EXAMPLES = {
    "capability figures": (_long_capability, [long_text.ORGANISATION, long_text.NOTES, long_text.NAME]),
    "contact": (_long_contact, [long_text.NAME, long_text.ROLE, long_text.EMAIL]),
    "offer item": (_long_offer_item, [long_text.OFFER_TITLE, long_text.HOW_TO_ASK, long_text.NAME]),
    "delivery-plan action": (_long_action, [long_text.ACTION, long_text.LEAD]),
    "story": (_long_story, [long_text.TITLE, long_text.SUMMARY, long_text.ORGANISATION]),
    "measure": (_long_measure, [long_text.MEASURE_TITLE]),
}


@pytest.mark.parametrize("example", LONG_EXAMPLES)
def test_each_contributing_example_with_long_real_world_text(repository, example):
    apply, shown = LONG_EXAMPLES[example]
    url = apply(repository)
    assert_still_valid(repository)
    text = text_on(repository, "playbook", url)
    assert all(" ".join(words.split()) in text for words in shown), example
