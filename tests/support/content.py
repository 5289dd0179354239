"""What must hold for ANY valid content, checked on a built copy of the
repository: the content tests run these on the real content as it is, and
again after each change an editor makes as CONTRIBUTING.md describes.

Every expectation is derived from the data files themselves, never from
today's values: no version, person, count or line number is named here.
Each function returns one line per problem ([] when all is well).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from macros.analysis.progress import anything_reported, plan_states
from macros.data import SiteData, read_all
from macros.pages.index import PageIndex
from macros.render.page_macros import PAGE_NAMES

from .html import Page, element_text
from .projects import Project


def every_file_as_text(folder: Path):
    """(path, text) of every file under ``folder``; compressed files (sitemap.xml.gz,
    every file of the search index in pagefind/) decompressed, so that words in them
    can be found."""
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        if data[:2] == b"\x1f\x8b":  # gzip, whatever the file's name
            data = gzip.decompress(data)
        yield file, data.decode("utf-8", errors="replace")


def built_page(site: Path, url: str) -> Path:
    return site / url.split("#")[0] / "index.html"


def offer_problems(project: Project, data: SiteData) -> list[str]:
    """Every offer id is in offer.json, and its URL leads to an element with that id."""
    site = project.site("playbook")
    listed = {item["id"]: item for item in json.loads((site / "offer.json").read_text(encoding="utf-8"))}
    problems = []
    for item in data.offer.items:
        if item.id not in listed:
            problems.append(f"offer.json has no item {item.id}")
            continue
        entry = listed[item.id]
        page, _, anchor = entry["url"].partition("#")
        target = built_page(site, page)
        if entry["title"] != item.title:
            problems.append(f"offer.json gives {item.id} the title {entry['title']!r}, not {item.title!r}")
        if anchor != item.id or not target.is_file() or item.id not in Page(target.read_text("utf-8")).ids():
            problems.append(f"offer.json's url {entry['url']} for {item.id} does not lead to the item")
    return problems


# How the delivery-plan page names each status (an action without one is "Not reported").
STATUS_WORDS = {None: "Not reported", "not-started": "Not started", "on-track": "On track", "at-risk": "At risk",
                "off-track": "Off track", "complete": "Complete"}


def delivery_problems(project: Project, data: SiteData) -> list[str]:
    """Every next-year action is in delivery.json where the plan puts it, and its URL
    leads to the element with its id, which shows its text and its status in words;
    delivery.json lists nothing else. While nothing is reported, the progress report
    (the page calling it, if any) says so."""
    site = project.site("playbook")
    entries = json.loads((site / "delivery.json").read_text(encoding="utf-8"))
    listed = {entry["id"]: entry for entry in entries}
    problems = []
    for pillar, workstream, action in data.delivery_plan.actions():
        entry = listed.get(action.id)
        if entry is None:
            problems.append(f"delivery.json has no action {action.id}")
            continue
        expected = {"pillar": pillar.id, "workstream": workstream.id, "text": action.text,
                    "status": action.status, "lead": action.lead, "due": action.due}
        problems += [f"delivery.json gives {action.id} the {field} {entry.get(field)!r}, not {value!r}"
                     for field, value in expected.items() if entry.get(field) != value]
        page, _, anchor = entry["url"].partition("#")
        target = built_page(site, page)
        shown = element_text(target.read_text("utf-8"), action.id) if target.is_file() and anchor == action.id \
            else None
        if shown is None:
            problems.append(f"delivery.json's url {entry['url']} for {action.id} does not lead to the action")
        elif " ".join(action.text.split()) not in shown or STATUS_WORDS[action.status] not in shown:
            problems.append(f"the action {action.id} on {page} does not show its text and status")
    known = {action.id for _, _, action in data.delivery_plan.actions()}
    problems += [f"delivery.json lists {entry['id']}, which is not an action of the plan"
                 for entry in entries if entry["id"] not in known]
    if not anything_reported(plan_states(data.delivery_plan)):
        for url in PageIndex.read(project.path, PAGE_NAMES).calling("docs", "progress_report"):
            if "No progress has been reported yet" not in Page(project.page("playbook", url)).text:
                problems.append(f"the progress report {url} does not say that no progress has been reported yet")
    return problems


def story_page_problems(project: Project, data: SiteData) -> list[str]:
    """Every story has its page in the play book; public stories on the public site, internal ones not."""
    problems = []
    for story in data.stories:
        if not built_page(project.site("playbook"), f"stories/{story.slug}/").is_file():
            problems.append(f"the play book has no page for the story {story.slug}")
        on_public_site = built_page(project.site("stories"), f"stories/{story.slug}/").is_file()
        if on_public_site != story.is_public:
            problems.append(f"the story {story.slug} is {story.visibility} but "
                            f"{'has' if on_public_site else 'lacks'} a page on the public site")
    return problems


def leak_problems(project: Project, data: SiteData) -> list[str]:
    """Nothing from an internal story or a non-public contact anywhere under site/stories/."""
    public = data.public_only()
    secrets = {f"the internal story {s.slug}'s summary": s.summary for s in data.stories if not s.is_public}
    secrets |= {f"the internal story {s.slug}'s address": f"stories/{s.slug}/"
                for s in data.stories if not s.is_public}
    public_names = {c.name for c in public.contacts.contacts}
    for contact in data.contacts.contacts:
        if not contact.public:
            secrets[f"the private contact {contact.email}"] = contact.email
            if contact.name and contact.name not in public_names:
                secrets[f"the private contact {contact.email}'s name"] = contact.name
    problems = []
    for file, text in every_file_as_text(project.site("stories")):
        problems += [f"{file.relative_to(project.path)} holds {what}" for what, secret in secrets.items()
                     if secret in text]
    return problems


# Pages speak to the reader about the Improvement Community, never about how
# they were made: where a word is needed for where something comes from, it
# goes in a data file's comment or `source` field (for editors).
ABOUT_THE_MAKING = re.compile(r"the source|source document|\bslides?\b|legible", re.IGNORECASE)
# What readers of the public site never see: a gap is left out there.
GAP_WORDS = re.compile(r"to be agreed|to be confirmed", re.IGNORECASE)


def readable_files(site: Path):
    """(path, what a reader or a partner's system reads) of every page, feed and JSON file."""
    for file, text in every_file_as_text(site):
        if file.suffix == ".html":
            yield file, Page(text).text
        elif file.suffix in (".xml", ".json") and "sitemap" not in file.name:
            yield file, text


def voice_problems(project: Project) -> list[str]:
    problems = []
    for site in ("playbook", "stories"):
        for file, text in readable_files(project.site(site)):
            problems += [f"{file.relative_to(project.path)} says {match.group(0)!r}: pages speak to the reader "
                         "about the Improvement Community; put where things come from in a data file's comment "
                         "or `source` field" for match in ABOUT_THE_MAKING.finditer(text)]
    for file, text in readable_files(project.site("stories")):
        problems += [f"{file.relative_to(project.path)} says {match.group(0)!r}: the public site never shows a "
                     "gap" for match in GAP_WORDS.finditer(text)]
    return problems


def content_problems(project: Project) -> list[str]:
    """Everything above, for a project whose two sites are built."""
    data = read_all(project.path)
    return (offer_problems(project, data) + delivery_problems(project, data) + story_page_problems(project, data)
            + leak_problems(project, data) + voice_problems(project))
