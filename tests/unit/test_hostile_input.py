"""Hostile and absurd input, as a tester out to break the build would write it: each case
(tests/unit/hostile_cases.py) gives its exact `path:line: message` lines, the same from
`make check` and from each site's build, without a traceback, in bounded time and memory;
nothing outside the repository is read or echoed, and no error line quotes more than a
short excerpt of a file.

In this process, on a copy of the tests' own play book (as tests/unit/test_bad_input_lines.py);
the one end-to-end `make check` and `make build` of hostile input are in tests/build/test_commands.py.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from macros.data.wording import EXCERPT

from .hostile_cases import CASES, SECRET, TODAY


def page_line(project: Path, path: str, fragment: str) -> int:
    lines = (project / path).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if fragment in line)


@pytest.fixture
def hostile(fixture_site, tmp_path, monkeypatch):
    """The fixture play book, as of TODAY, and beside it (outside the repository) files
    that would be published, or shown, if they were ever read."""
    monkeypatch.setenv("PLAYBOOK_TODAY", TODAY)
    outside = tmp_path / "outside"
    (outside / "measures").mkdir(parents=True)
    (outside / "pages").mkdir()
    story = f"title: {SECRET}\nsummary: {SECRET}\nvisibility: public\n"
    for name in ("secret.yml", "measures/secret.yml"):
        (outside / name).write_text(story + "improvement: increase\n", encoding="utf-8")
    (outside / "points.csv").write_text(f"date,value\n2024-01-01,1\n{SECRET},2\n", encoding="utf-8")
    (outside / "secret.md").write_text(f"---\nowner: {SECRET}\n---\n# {SECRET}\n", encoding="utf-8")
    (outside / "pages" / "index.md").write_text(f"---\nowner: {SECRET}\n---\n# {SECRET}\n", encoding="utf-8")
    (outside / "logo.png").write_text(SECRET, encoding="utf-8")
    return fixture_site, outside


def found_lines(project) -> tuple[list[str], dict[str, list[str]], int, float]:
    """`make check`'s lines, with the peak memory it traced (bytes) and the seconds it took;
    and each site's build's lines."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        check = project.problems()
        seconds, peak = time.perf_counter() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return check, project.data_problems(), peak, seconds


def quoted_at_length(line: str, text: str, length: int = EXCERPT + 1) -> str | None:
    """A stretch of ``text`` of ``length`` characters that ``line`` quotes, if any."""
    return next((line[i:i + length] for i in range(len(line) - length + 1) if line[i:i + length] in text), None)


@pytest.mark.parametrize("name", CASES)
def test_hostile_input_gives_its_lines_and_nothing_else(hostile, name):
    project, outside = hostile
    case = CASES[name]
    case.make(project.path, outside)
    expected = [line.replace("{line}", str(page_line(project.path, "docs/offer.md", case.at)))
                if case.at else line for line in case.lines]
    check, builds, peak, seconds = found_lines(project)
    assert check == expected
    for audience, _ in case.sites:
        assert builds[audience] == expected, audience
    everything = "\n".join([*check, *(line for lines in builds.values() for line in lines)])
    assert SECRET not in everything and "Traceback" not in everything
    # Bounded: far more than any case needs, far less than the gigabytes of an expanding file.
    assert peak < 300 * 2 ** 20, f"{peak / 2 ** 20:.0f} MB"
    assert seconds < 60, f"{seconds:.1f} s"
    for path in {line.split(":", 1)[0] for line in check}:
        file = project.path / path
        if file.is_file() and not file.is_symlink() and file.stat().st_size < 2_000_000:
            text = file.read_text(encoding="utf-8", errors="replace")
            assert not [line for line in check if quoted_at_length(line, text)], "quotes more than an excerpt"


@pytest.mark.parametrize("name", ["a story that is a link to a file outside", "a page that is a link outside",
                                  "a folder of measures that is a link outside"])
def test_a_link_outside_stops_the_build_before_anything_is_read_or_published(hostile, name):
    project, outside = hostile
    CASES[name].make(project.path, outside)
    result = project.build()
    assert not result.ok
    assert CASES[name].lines[0] in result.output
    assert SECRET not in result.output and "Traceback" not in result.output
    assert not (project.path / "site").exists()
