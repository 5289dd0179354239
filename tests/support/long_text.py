"""CONTRIBUTING.md's examples, applied as written, with the longest text an
editor could really write: long organisation names, notes, titles, roles
and work email addresses (an unbroken line of 80 characters). The content
tests apply each to a copy of the real repository; the browser tests apply
all of them to a copy of the fixture play book and look at every page at
320 px, 375 px and 200% zoom, so that an editor's long text never breaks CI.

Every example is read from CONTRIBUTING.md itself, so a changed example is
what is tried."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .projects import REPO, Project

CONTRIBUTING = REPO / "CONTRIBUTING.md"

ORGANISATION_ID = "gloucestershire-health-and-care-community-services"
ORGANISATION = ("Gloucestershire Health and Care NHS Foundation Trust: Community Hospitals, Mental Health "
                "and Learning Disability Services")
EMAIL = "quality.improvement.and.clinical.effectiveness.team@gloucestershirehospitals.nhs.uk"
NAME = "Dr Alexandra Catherine Montgomery-Fitzwilliam"
ROLE = ("Associate Director of Quality Improvement, Clinical Effectiveness and Organisational Development "
        "(Community Hospitals and Integrated Urgent Care)")
NOTES = ("Counted from the electronic staff record on the last working day of the quarter; bank, agency and "
         "honorary staff, and colleagues on secondment to the Integrated Care Board, are not included. "
         "Definitions: https://www.onegloucestershire.net/improvement-community/capability-register/"
         "methodology-and-definitions-for-partner-organisations-2026")
TITLE = ("Reducing avoidable emergency admissions for frail older people through a community-led, "
         "multidisciplinary anticipatory care approach across all six Gloucestershire localities")
SUMMARY = ("Community nurses, GPs, social prescribers and the frailty virtual ward team worked together to "
           "identify people at risk earlier, agree personalised care plans with them and their carers, "
           "and keep them well at home; admissions fell and people said they felt listened to.")
TAG = "anticipatory-care-and-proactive-population-health-management"
PROGRAMME = "Bronze Quality Improvement Foundations (Gloucestershire Safety and Quality Improvement Academy)"
ACTION = ("Agree, test and publish a system-wide approach to prioritising requests for quality improvement "
          "facilitation from ICS delivery programmes, including a shared intake form and monthly triage panel.")
LEAD = "Improvement Community Steering Group, with the Associate Directors of Quality Improvement of every partner"
OFFER_TITLE = ("Bespoke quality improvement facilitation for integrated care system delivery programmes "
               "and place-based partnerships")
HOW_TO_ASK = ("Email the system quality improvement team with a short description of the problem, the "
              "programme it belongs to and who the sponsor is; we reply within ten working days.")
MEASURE_TITLE = ("Median days from referral to first appointment for adult community musculoskeletal "
                 "physiotherapy, all Gloucestershire localities combined")


def example(heading: str, number: int = 0) -> str:
    """The ``number``-th ```yaml block under ``## heading`` in CONTRIBUTING.md, as written there."""
    text = CONTRIBUTING.read_text(encoding="utf-8")
    section = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```yaml\n(.*?)```", section, re.S)[number]


def _set(text: str, field: str, value: str, indent: str = "") -> str:
    """``field: …`` on its first line at ``indent`` set to ``value`` (quoted for YAML)."""
    quoted = yaml.safe_dump(value, default_flow_style=True, width=10**6).strip().removesuffix("\n...")
    pattern = rf"(?m)^({re.escape(indent)}(?:- )?{field}:) .*$"
    assert re.search(pattern, text), f"the example has no `{field}` line"
    return re.sub(pattern, lambda m: f"{m.group(1)} {quoted}", text, count=1)


def add_organisation(project: Project) -> None:
    project.write("data/organisations.yml", project.read("data/organisations.yml").rstrip("\n")
                  + f"\n  - id: {ORGANISATION_ID}\n    name: \"{ORGANISATION}\"\n")


def add_capability_figures(project: Project) -> str:
    """"Add an organisation's capability figures", with long names, notes and emails."""
    add_organisation(project)
    text = example("Add an organisation's capability figures")
    text = _set(text, "programme", PROGRAMME, "  ")
    text = _set(text, "notes", NOTES)
    text = _set(text, "name", NAME, "  ")
    text = _set(text, "role", ROLE, "    ")
    text = _set(text, "email", EMAIL, "    ")
    path = f"data/capability/{ORGANISATION_ID}.yml"
    project.write(path, text)
    return path


def add_contact(project: Project, public: bool = True) -> None:
    """"Add or change a contact", with a long name, role and address."""
    text = example("Add or change a contact")
    text = _set(text, "name", NAME, "  ")
    text = _set(text, "role", ROLE, "    ")
    text = _set(text, "email", EMAIL, "    ")
    text = text.replace("public: false", f"public: {'true' if public else 'false'}")
    project.write("data/contacts.yml", project.read("data/contacts.yml").rstrip("\n") + "\n" + text)


def add_offer_item(project: Project) -> str:
    """"Change an offer item": a new item (its id recorded), with a long title and how to ask for it."""
    text = example("Change an offer item")
    item_id = re.search(r"- id: (\S+)", text).group(1) + "-for-programmes"
    text = re.sub(r"- id: \S+", f"- id: {item_id}", text, count=1)
    text = _set(text, "title", OFFER_TITLE, "    ")
    text = re.sub(r"(?m)^    summary: >-\n      .*\n", "    summary: A long summary of what the offer is.\n", text)
    text = text.rstrip("\n") + "\n" + f"    how_to_ask: {HOW_TO_ASK}\n    contact: {EMAIL}\n"
    project.replace("data/offer.yml", "items:\n", "items:\n" + text)
    project.replace("data/published_ids.yml", "offer:\n", f"offer:\n  - {item_id}\n")
    return item_id


def add_action(project: Project) -> str:
    """"Change a delivery-plan action": a new action with its progress, long text and lead,
    under the plan's first workstream that has actions (its id recorded)."""
    text = example("Change a delivery-plan action")
    action_id = "prioritise-facilitation-requests"
    text = re.sub(r"- id: \S+", f"- id: {action_id}", text, count=1)
    text = _set(text, "text", ACTION, "        ")
    text = _set(text, "lead", LEAD, "        ")
    entries = text.split("    next_year:\n", 1)[1]
    plan = project.read("data/delivery_plan.yml")
    at = plan.index("    next_year:\n") + len("    next_year:\n")
    project.write("data/delivery_plan.yml", plan[:at] + entries + plan[at:])
    project.replace("data/published_ids.yml", "actions:\n", f"actions:\n  - {action_id}\n")
    return action_id


def add_story(project: Project, slug: str = "long-anticipatory-care-story") -> str:
    """"Add an improvement story", made public, with a long title, summary, organisation and tag."""
    from macros.cli.new_story import create_story

    path = create_story(project.path, slug).relative_to(project.path).as_posix()
    text = project.read(path)
    text = _set(text, "title", TITLE)
    text = _set(text, "summary", SUMMARY)
    text = text.replace("visibility: internal", "visibility: public")
    text += f"organisations: [{ORGANISATION_ID}]\ntags: [{TAG}]\nteams: [\"{ORGANISATION}, frailty team\"]\n"
    project.write(path, text)
    return slug


def add_measure(project: Project, measure_id: str = "long-titled-waiting-times") -> str:
    """"Add a measure", with a long title, made public, for the story above (its points as written)."""
    text = example("Add a measure")
    text = _set(text, "title", MEASURE_TITLE)
    text = text.replace("visibility: internal", "visibility: public")
    text = re.sub(r"(?m)^stories: .*\n", "", text)
    text = re.sub(r"(?m)^workstream: .*\n", "", text)
    project.write(f"data/measures/{measure_id}.yml", text)
    return measure_id


def apply_every_example(project: Project) -> None:
    """Every example above, together, to one copy."""
    if not (project.path / "data" / "organisations.yml").read_text(encoding="utf-8").count(ORGANISATION_ID):
        add_capability_figures(project)
    add_contact(project)
    add_offer_item(project)
    add_action(project)
    add_story(project)
    add_measure(project)


def written(path: Path) -> str:
    return path.read_text(encoding="utf-8")
