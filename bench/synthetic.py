"""Synthetic stories for the benchmark, written into a temporary copy only."""

from __future__ import annotations

import random
from pathlib import Path

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
