"""Synthetic stories, measures and projects for the benchmark, written into a temporary copy only."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

WORDS = ("improvement team patients staff pathway quality care community service waiting "
         "referral measure change data learning partners outcome place practice system "
         "coaching training primary hospital discharge frailty virtual ward reduce increase").split()


def _sentence(rng: random.Random, length: int) -> str:
    words = [rng.choice(WORDS) for _ in range(length)]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, words: int) -> list[str]:
    sentences, count = [], 0
    while count < words:
        size = rng.randint(8, 16)
        sentences.append(_sentence(rng, size))
        count += size
    return sentences


def story_yaml(index: int) -> str:
    """About 400 words of synthetic text in the story model's shape."""
    rng = random.Random(index)
    steps = "\n".join(f"  - {s}" for s in _paragraph(rng, 200))
    outcomes = "\n".join(f"  - value: \"{rng.randint(1, 999)}\"\n    description: {s}\n    period: 23/24"
                         for s in _paragraph(rng, 60))
    theme = ("prevention", "integration", "redesign")[index % 3]
    return (
        f"title: Synthetic benchmark story {index}\n"
        f"summary: {' '.join(_paragraph(rng, 30))}\n"
        "visibility: public\n"
        f"published: 2025-{index % 12 + 1:02d}-{index % 28 + 1:02d}\n"
        f"theme: {theme}\n"
        f"tags: [synthetic, tag-{index % 40}]\n"
        f"problem: {' '.join(_paragraph(rng, 80))}\n"
        f"what_we_did:\n{steps}\n"
        f"outcomes:\n{outcomes}\n"
        "source: Synthetic benchmark data, never published\n"
    )


def story_markdown(index: int) -> str:
    """The same text as a plain Markdown page, for the stock baseline."""
    rng = random.Random(index)
    summary = " ".join(_paragraph(rng, 30))
    steps = "\n".join(f"- {s}" for s in _paragraph(rng, 200))
    outcomes = "\n".join(f"- **{rng.randint(1, 999)}** {s} (23/24)" for s in _paragraph(rng, 60))
    problem = " ".join(_paragraph(rng, 80))
    return (f"# Synthetic benchmark story {index}\n\n{summary}\n\n## The problem\n\n{problem}\n\n"
            f"## What was done\n\n{steps}\n\n## Outcomes\n\n{outcomes}\n")


def add_stories(project: Path, count: int) -> None:
    folder = project / "data" / "stories"
    for index in range(count):
        (folder / f"synthetic-{index:05d}.yml").write_text(story_yaml(index), encoding="utf-8")


def write_baseline(folder: Path, count: int) -> Path:
    """Stock MkDocs + Material, every story page in the navigation."""
    docs = folder / "docs"
    (docs / "stories").mkdir(parents=True)
    (docs / "index.md").write_text("# Stories\n", encoding="utf-8")
    nav = ["  - Home: index.md"]
    for index in range(count):
        (docs / "stories" / f"story-{index:05d}.md").write_text(story_markdown(index), encoding="utf-8")
        nav.append(f"  - stories/story-{index:05d}.md")
    config = folder / "mkdocs.yml"
    config.write_text("site_name: Baseline\ntheme:\n  name: material\n  font: false\n"
                      "plugins:\n  - search\nnav:\n" + "\n".join(nav) + "\n", encoding="utf-8")
    return config


def measure_yaml(index: int, points: int) -> str:
    """A measure of ``points`` monthly values: noise around a level that shifts
    part-way, so that the charts have signals to find and draw."""
    rng = random.Random(index)
    level = rng.randint(20, 80)
    lines = [f"title: Synthetic benchmark measure {index}",
             f"improvement: {('increase', 'decrease', 'neutral')[index % 3]}",
             f"visibility: {'public' if index % 2 else 'internal'}",
             f"target: {level}" if index % 3 != 2 else "",
             "points:"]
    for point in range(points):
        year, month = divmod(point, 12)
        value = level + rng.gauss(0, 3) + (6 if point > points * 2 // 3 else 0)
        lines += [f"  - date: {2010 + year}-{month + 1:02d}-01", f"    value: {value:.1f}"]
    return "\n".join(line for line in lines if line) + "\n"


def add_measures(project: Path, count: int, points: int = 100) -> None:
    folder = project / "data" / "measures"
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"synthetic-measure-{index:05d}.yml").write_text(measure_yaml(index, points), encoding="utf-8")


def project_yaml(index: int, organisations: list[str]) -> str:
    """A project of about 300 words: scores over two years (some out of date),
    PDSA cycles and a driver diagram; every status, half of them public."""
    rng = random.Random(index)
    status = ("active", "active", "completed", "paused", "stopped")[index % 5]
    scores = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4][: 2 + index % 7]
    progress = "".join(f"  - date: {2024 + n // 4}-{n % 4 * 3 + 1:02d}-15\n    score: {score}\n"
                       f"    note: {_sentence(rng, 10)}\n" for n, score in enumerate(scores))
    pdsa = "".join(f"  - date: 2024-{n * 3 + 2:02d}-01\n    change: {_sentence(rng, 6)}\n"
                   f"    study: {' '.join(_paragraph(rng, 30))}\n    act: {_sentence(rng, 8)}\n" for n in range(3))
    drivers = "".join(f"  - driver: {_sentence(rng, 6)}\n    secondary:\n"
                      + "".join(f"      - driver: {_sentence(rng, 6)}\n        change_ideas: [{_sentence(rng, 5)}]\n"
                                for _ in range(2)) for _ in range(2))
    return (
        f"title: Synthetic benchmark project {index}\n"
        f"aim: {' '.join(_paragraph(rng, 25))}\n"
        f"organisations: [{organisations[index % len(organisations)]}]\n"
        f"status: {status}\n"
        "started: 2024-01-08\n"
        + ("completed: 2026-01-30\n" if status == "completed" else "")
        + f"visibility: {'public' if index % 2 else 'internal'}\n"
        "lead: Synthetic benchmark lead\n"
        f"themes: [{('prevention', 'integration', 'redesign')[index % 3]}]\n"
        f"progress:\n{progress}pdsa:\n{pdsa}drivers:\n{drivers}"
    )


def add_projects(project: Path, count: int) -> None:
    organisations = [org["id"] for org in yaml.safe_load(
        (project / "data" / "organisations.yml").read_text(encoding="utf-8"))["organisations"]]
    folder = project / "data" / "projects"
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"synthetic-project-{index:05d}.yml").write_text(project_yaml(index, organisations),
                                                                   encoding="utf-8")
