"""The hostile inputs tests/unit/test_hostile_input.py tries: each writes itself into a copy
of the tests' own play book (or beside it, outside the repository) and says the exact
`path:line: message` lines it must give."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TODAY = "2026-12-01"  # the build date the cases are checked as of (after every date of the fixture)
SECRET = "SECRET-TOKEN-7f3a9c"  # in files outside the repository: never read, never shown
STORY = "data/stories/hostile.yml"
MEASURE = "data/measures/hostile.yml"
CSV = "data/measures/hostile.csv"
GOOD_STORY = "title: A\nsummary: s\nvisibility: internal\n"
MEASURE_HEAD = "title: Waits\nimprovement: decrease\n"
POINTS = "points:\n  - date: 2024-01-01\n    value: 10\n  - date: 2024-02-01\n    value: 12\n  - date: 2024-03-01\n" \
         "    value: 11\n"
LINK_OUTSIDE = "is a symbolic link to something outside the repository, which is never read; put the file itself " \
               "here (a reviewer sees only the link)"
NOT_ORDINARY = "is not an ordinary file (a pipe, a socket or a device); replace it with a text file"
ANCHORS = ("anchors and aliases (`&name`, `*name`) are not allowed in data files; write the value out in full "
           "where it is needed, or put text starting with & or * in quotes")
NOT_DRAWN = "a chart cannot draw it; leave the value (or the point) out if it is unknown"
SEPARATOR = "has a separator (`_`, `,`, `'` or a space) between its digits; write it without one, with a full stop " \
            "for decimals, like 1000 or 3.5"
NUL = "this line holds a NUL character (a zero byte), so the file is not plain text; retype the line, or save " \
      "the file as UTF-8 text"
IN_QUOTES = "(if it is text, put it in quotes)"
BOTH_SITES = (("staff", "docs"), ("public", "docs-public"))


@dataclass(frozen=True)
class Hostile:
    make: Callable[[Path, Path], None]  # writes the case into (the project, a folder outside it)
    lines: tuple[str, ...]  # every line the case gives (none: the case is valid)
    sites: tuple[tuple[str, str], ...] = BOTH_SITES  # (audience, docs folder) of each site whose build reads it
    at: str | None = None  # a fragment of docs/offer.md's line that "{line}" in ``lines`` stands for


def write(path: str, content: str | bytes) -> Callable[[Path, Path], None]:
    def make(project: Path, outside: Path) -> None:
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return make


def both(*makers: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
    def make(project: Path, outside: Path) -> None:
        for maker in makers:
            maker(project, outside)
    return make


def link(path: str, target: Callable[[Path, Path], Path]) -> Callable[[Path, Path], None]:
    """``path`` made a symbolic link to ``target(project, outside)``, in place of what was there."""
    def make(project: Path, outside: Path) -> None:
        where = project / path
        if where.is_dir() and not where.is_symlink():
            for file in sorted(where.rglob("*"), reverse=True):
                file.rmdir() if file.is_dir() else file.unlink()
            where.rmdir()
        elif where.exists() or where.is_symlink():
            where.unlink()
        where.parent.mkdir(parents=True, exist_ok=True)
        where.symlink_to(target(project, outside))
    return make


def fifo(path: str) -> Callable[[Path, Path], None]:
    return lambda project, outside: os.mkfifo(project / path)


def folder(path: str) -> Callable[[Path, Path], None]:
    def make(project: Path, outside: Path) -> None:
        if (project / path).is_file():
            (project / path).unlink()
        (project / path).mkdir(parents=True)
    return make


def appended(path: str, text: str) -> Callable[[Path, Path], None]:
    def make(project: Path, outside: Path) -> None:
        page = project / path
        page.write_text(page.read_text(encoding="utf-8") + text, encoding="utf-8")
    return make


def measure(extra: str = "", points: str = POINTS) -> Callable[[Path, Path], None]:
    return write(MEASURE, MEASURE_HEAD + points + extra)


def points_csv(rows: str, header: str = "date,value\n") -> Callable[[Path, Path], None]:
    return both(write(MEASURE, MEASURE_HEAD), write(CSV, header + "2024-01-01,10\n" + rows))


def daily_rows(count: int, start: dt.date = dt.date(1990, 1, 1)) -> str:
    return "".join(f"{start + dt.timedelta(days=day)},{day % 50}\n" for day in range(count))


def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for before, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{before}"] * 9) + "]")
    return "\n".join(lines) + "\n"


CASES = {
    # --- Unbounded cost ---
    "billion laughs": Hostile(write(STORY, billion_laughs()), (f"{STORY}:1: {ANCHORS}",)),
    "an alias of one field in another": Hostile(write(STORY, "title: &t A\nsummary: *t\nvisibility: public\n"),
                                                (f"{STORY}:1: {ANCHORS}",)),
    "nesting deeper than any file needs": Hostile(
        write(STORY, "title: A\nteams: " + "[" * 30 + "]" * 30 + "\n"),
        (f"{STORY}:2: `{('teams' + '[1]' * 20)[:59]}…` is nested more than 20 lists and mappings deep; no data "
         "file needs that: check the indentation",)),
    "nesting deeper than the parser goes": Hostile(
        write(STORY, "title: A\nteams: " + "[" * 50_000 + "]" * 50_000 + "\n"),
        (f"{STORY}:2: lists and mappings nested too deep; no data file needs more than 20 levels",)),
    # A syntax error on a line near the size limit: its wording once went back over the line (quadratic).
    "a quoted value of 900,000 characters closed early": Hostile(
        write(STORY, "title: x\nsummary: '" + "a" * 900_000 + "' x\n"),
        (f"{STORY}:2: invalid YAML: did not find expected key; check indentation, colons and quotes",)),
    "a 10 MB line": Hostile(write(STORY, "title: " + "x" * 10_000_000 + "\n"),
                            (f"{STORY}:1: the file is 10.0 MB; a data file or page may be at most 1 MB: split it, "
                             "or shorten it",)),
    "a huge integer": Hostile(measure(points=POINTS.replace("value: 12", "value: " + "9" * 5000)),
                              (f"{MEASURE}:7: `points[2].value` has 5,000 digits; a figure needs at most 30 "
                               f"{IN_QUOTES}",)),
    "5,000 unknown fields": Hostile(
        write(STORY, GOOD_STORY + "".join(f"field{n}: {n}\n" for n in range(5_000))),
        tuple(f"{STORY}:{4 + n}: unknown field `field{n}`; remove it or correct its spelling (allowed: featured, "
              "funders, organisations, outcomes, problem, published, related, source, summary, tags, teams, theme, "
              "title, to_be_confirmed, visibility, what_we_did)" for n in sorted(range(50), key=lambda n: 4 + n))
        + (f"{STORY}:54: and 4,950 more problems in this file from here on, not listed; fix the ones above "
           "(they may be the same mistake), then check again",)),
    # --- Files from outside the repository ---
    "a story that is a link to a file outside": Hostile(link(STORY, lambda p, o: o / "secret.yml"),
                                                        (f"{STORY}:1: {STORY} {LINK_OUTSIDE}",)),
    "a folder of measures that is a link outside": Hostile(
        link("data/measures", lambda p, o: o / "measures"), (f"data/measures:1: data/measures {LINK_OUTSIDE}",)),
    "a CSV of points that is a link outside": Hostile(
        both(measure(points=""), link(CSV, lambda p, o: o / "points.csv")), (f"{CSV}:1: {CSV} {LINK_OUTSIDE}",)),
    "a data file that is a link to a device": Hostile(link(STORY, lambda p, o: Path("/dev/zero")),
                                                      (f"{STORY}:1: {STORY} {LINK_OUTSIDE}",)),
    "a link inside the repository to a link outside": Hostile(
        both(link("data/elsewhere.yml", lambda p, o: o / "secret.yml"),
             link(STORY, lambda p, o: p / "data" / "elsewhere.yml")),
        (f"{STORY}:1: {STORY} {LINK_OUTSIDE}",)),
    "a page that is a link outside": Hostile(link("docs/secret.md", lambda p, o: o / "secret.md"),
                                             (f"docs/secret.md:1: docs/secret.md {LINK_OUTSIDE}",),
                                             (("staff", "docs"),)),
    "an image that is a link outside": Hostile(link("docs-public/logo.png", lambda p, o: o / "logo.png"),
                                               (f"docs-public/logo.png:1: docs-public/logo.png {LINK_OUTSIDE}",),
                                               (("public", "docs-public"),)),
    "a folder of pages that is a link outside": Hostile(
        link("docs-public", lambda p, o: o / "pages"), (f"docs-public:1: docs-public {LINK_OUTSIDE}",),
        (("public", "docs-public"),)),
    # --- Files that are not files ---
    "a FIFO": Hostile(fifo(STORY), (f"{STORY}:1: {STORY} {NOT_ORDINARY}",)),
    "a FIFO among the pages": Hostile(fifo("docs/pipe.md"), (f"docs/pipe.md:1: docs/pipe.md {NOT_ORDINARY}",),
                                      (("staff", "docs"),)),
    "a dangling link": Hostile(link(STORY, lambda p, o: o / "gone.yml"),
                               (f"{STORY}:1: {STORY} is a symbolic link to nothing (what it pointed to is gone); "
                                "remove it, or put the file itself here",)),
    "a link in a circle": Hostile(link(STORY, lambda p, o: p / STORY),
                                  (f"{STORY}:1: {STORY} is a symbolic link that leads round in a circle; remove it, "
                                   "or put the file itself here",)),
    "a folder named like a story": Hostile(folder(STORY), (f"{STORY}:1: {STORY} is a folder, not a file; rename or "
                                                           "remove the folder",)),
    "a folder named like a data file": Hostile(folder("data/vision.yml"),
                                               ("data/vision.yml:1: data/vision.yml is a folder, not a file; rename "
                                                "or remove the folder",)),
    "a data file that is a dangling link": Hostile(
        link("data/vision.yml", lambda p, o: o / "gone.yml"),
        ("data/vision.yml:1: data/vision.yml is a symbolic link to nothing (what it pointed to is gone); remove it, "
         "or put the file itself here",)),
    "escape codes in a file's name": Hostile(
        write("data/stories/bad\x1b[31mname.yml", GOOD_STORY),
        ("data/stories/bad\N{REPLACEMENT CHARACTER}[31mname.yml:1: the file name `bad\N{REPLACEMENT CHARACTER}"
         "[31mname` must be lower-case words joined by hyphens, like we-wait-well.yml; rename the file",)),
    # --- Bytes ---
    "a NUL byte": Hostile(write(STORY, "title: A\nsummary: a\x00b\nvisibility: public\n"), (f"{STORY}:2: {NUL}",)),
    "a NUL byte in a CSV": Hostile(points_csv("2024-02-01,1\x002\n"), (f"{CSV}:3: {NUL}",)),
    "a byte-order mark and Windows line ends": Hostile(write(STORY, "\ufeff" + GOOD_STORY.replace("\n", "\r\n")),
                                                       ()),
    "a CSV with a byte-order mark and Windows line ends": Hostile(
        points_csv("2024-02-01,12\r\n2024-03-01,11\r\n", header="\ufeffdate,value\r\n"), ()),
    "escape codes in a field's name": Hostile(
        write(STORY, GOOD_STORY + "\x1b]0;pwned\x07colour: red\n"),
        (f"{STORY}:4: this line holds a control character (code 0x1b), which a data file may not hold; retype the "
         "line",)),
    # --- Numbers ---
    "a target of minus infinity": Hostile(measure("target: -.inf\n"),
                                          (f"{MEASURE}:10: `target` must be an ordinary number, like 2.1, not -.inf: "
                                           f"{NOT_DRAWN}",)),
    "a value of minus NaN": Hostile(measure(points=POINTS.replace("value: 12", "value: -.nan")),
                                    (f"{MEASURE}:7: `points[2].value` must be an ordinary number, like 2.1, not "
                                     f"'-.nan': {NOT_DRAWN}",)),
    "a target near the largest float": Hostile(measure("target: 1.0e+308\n"),
                                               (f"{MEASURE}:10: `target` must be at most 1,000,000,000,000 (the "
                                                "largest figure a chart can draw), not 1e+308",)),
    "a number in quotes": Hostile(measure(points=POINTS.replace("value: 12", 'value: "12"')),
                                  (f"{MEASURE}:7: `points[2].value` '12' is a number in quotes; remove the quotes",)),
    "digits with underscores in YAML": Hostile(measure(points=POINTS.replace("value: 12", "value: 1_000")),
                                               (f"{MEASURE}:7: `points[2].value` '1_000' {SEPARATOR} {IN_QUOTES}",)),
    "a hexadecimal number": Hostile(measure(points=POINTS.replace("value: 12", "value: 0x1F")),
                                    (f"{MEASURE}:7: `points[2].value` '0x1F' is not written as a plain number; "
                                     f"write it with the digits 0 to 9, like 1000 {IN_QUOTES}",)),
    # YAML 1.2 reads 1:30 as text (YAML 1.1 as 90): the field's rule says what to write instead.
    "hours and minutes for a number": Hostile(measure(points=POINTS.replace("value: 12", "value: 1:30")),
                                              (f"{MEASURE}:7: `points[2].value` '1:30' is not written as a plain "
                                               "number; write it with the digits 0 to 9, like 1000",)),
    "Arabic-Indic digits in a CSV": Hostile(points_csv("2024-02-01,٤٢\n"),
                                            (f"{CSV}:3: `value` is written with `٤` (arabic-indic digit four); write "
                                             "numbers with the digits 0 to 9, like 42",)),
    "full-width digits in a CSV": Hostile(points_csv("2024-02-01,４２\n"),
                                          (f"{CSV}:3: `value` is written with `４` (fullwidth digit four); write "
                                           "numbers with the digits 0 to 9, like 42",)),
    "digits with underscores in a CSV": Hostile(points_csv("2024-02-01,1_000\n"),
                                                (f"{CSV}:3: `value` '1_000' {SEPARATOR}",)),
    "a number far too large in a CSV": Hostile(points_csv("2024-02-01,1e308\n"),
                                               (f"{CSV}:3: `value` must be at most 1,000,000,000,000 (the largest "
                                                "figure a chart can draw), not 1e+308",)),
    "infinity in a CSV": Hostile(points_csv("2024-02-01,inf\n"),
                                 (f"{CSV}:3: `value` must be an ordinary number, like 2.1, not 'inf': {NOT_DRAWN}",)),
    # --- Dates ---
    "a date that does not exist in a CSV": Hostile(points_csv("2026-02-30,12\n"),
                                                   (f"{CSV}:3: `date` 2026-02-30 is not a real date: February 2026 "
                                                    "has 28 days; correct the day",)),
    "the first day of the calendar": Hostile(write(STORY, GOOD_STORY + "published: 0001-01-01\n"),
                                             (f"{STORY}:4: `published` is 0001-01-01, outside the dates the play "
                                              "book takes (1900-01-01 to 2099-12-31); check the year",)),
    "the last day of the calendar": Hostile(measure("rebase: [9999-12-31]\n"),
                                            (f"{MEASURE}:10: `rebase[1]` is 9999-12-31, outside the dates the play "
                                             "book takes (1900-01-01 to 2099-12-31); check the year",)),
    "a point after the build date": Hostile(measure(points=POINTS.replace("2024-03-01", "2027-03-01")),
                                            (f"{MEASURE}:8: `points[3].date` is 2027-03-01, after today "
                                             f"({TODAY}); it records something that has happened, so it cannot be "
                                             "in the future: correct the date",)),
    "a story published after the build date": Hostile(write(STORY, GOOD_STORY + "published: 2026-12-25\n"),
                                                      (f"{STORY}:4: `published` is 2026-12-25, after today "
                                                       f"({TODAY}); it records something that has happened, so it "
                                                       "cannot be in the future: correct the date",)),
    "a point after the build date in a CSV": Hostile(points_csv("2030-01-01,12\n"),
                                                     (f"{CSV}:3: `date` is 2030-01-01, after today ({TODAY}); it "
                                                      "records something that has happened, so it cannot be in the "
                                                      "future: correct the date",)),
    # --- Measures ---
    "rebase dates out of order": Hostile(measure("rebase: [2024-03-01, 2024-02-01]\n"),
                                         (f"{MEASURE}:10: `rebase` date 2024-02-01 is earlier than the one before it "
                                          "(2024-03-01); list each date once, oldest first",)),
    "a rebase date given twice": Hostile(measure("rebase:\n  - 2024-02-01\n  - 2024-02-01\n"),
                                         (f"{MEASURE}:12: `rebase` date 2024-02-01 is given twice; list each date "
                                          "once, oldest first",)),
    "a baseline larger than the points": Hostile(measure("baseline: 50\n"),
                                                 (f"{MEASURE}:10: `baseline` is 50, more than the measure's 3 points; "
                                                  "give how many of the first points fix the limits, or remove "
                                                  "`baseline` to use them all",)),
    "more points than a measure may have": Hostile(
        points_csv(daily_rows(10_000, dt.date(1990, 1, 2))),
        (f"{CSV}:10002: `points` has 10,001 points; a measure may have at most 10,000: leave out the oldest, or "
         "give the figures weekly or monthly instead of daily",)),
    "a CSV of more than 1 MB": Hostile(points_csv(daily_rows(9_000) * 9),
                                       (f"{CSV}:1: the file is 1.1 MB; a data file or page may be at most 1 MB: "
                                        "split it, or shorten it",)),
    "a CSV cell longer than Python's csv limit": Hostile(
        points_csv('2024-02-01,"' + "9" * 200_000 + '"\n'),
        (f"{CSV}:3: this row is 200,013 characters long; a row holds a date and a number, like `2024-03-01,42` "
         "(at most 200 characters)",)),
    "a quote never closed in a CSV": Hostile(points_csv('2024-02-01,"12\n2024-03-01,11\n'),
                                             (f'{CSV}:3: this row has a quote (") that is not closed, or text after '
                                              "a closing quote; write the row without quotes, like `2024-03-01,42`",)),
    "every row of a CSV wrong": Hostile(
        points_csv("2024-02-01,x\n" * 200),
        tuple(f"{CSV}:{row}: `value` must be a number, like 42 or 3.5, not 'x'" for row in range(3, 53))
        + (f"{CSV}:53: and 150 more problems in this file from here on, not listed; fix the ones above (they may "
           "be the same mistake), then check again",)),
    "a field mistake and points out of order in one file": Hostile(
        measure("colour: red\n", POINTS.replace("2024-03-01", "2023-12-01")),
        (f"{MEASURE}:8: `points[3].date` 2023-12-01 is earlier than the point before it (2024-02-01); put the "
         "points in date order, oldest first",
         f"{MEASURE}:10: unknown field `colour`; remove it or correct its spelling (allowed: "
         "annotations, baseline, chart, description, improvement, points, rebase, screen_moving_ranges, source, "
         "stories, target, title, unit, visibility, workstream)")),
    # --- YAML ---
    "a missing colon before a comment": Hostile(
        write(STORY, "title: A\nsummary: s\nvisibility: public\nteams:\n  - a\nsource Told by the team\n"
                     "# a comment\nfeatured: true\n"),
        (f"{STORY}:6: this line has no `:` after its field name; write `field: value`, or, if it goes on from the "
         "line above, indent it further",)),
    "a quote never closed": Hostile(
        write(STORY, "title: A\nsummary: 'it goes on\nvisibility: public\n\n# a comment\nteams: [a]\n"),
        (f"{STORY}:2: the quote `'` opened on this line is never closed; close it, or remove it",)),
    "a second document": Hostile(write(STORY, GOOD_STORY + "---\ntitle: B\n"),
                                 (f"{STORY}:4: a second document starts here (a `---` line); a data file holds one: "
                                  "remove the line",)),
    "a field name of a thousand characters": Hostile(
        write(STORY, GOOD_STORY + "x" * 1000 + ": 1\n"),
        (f"{STORY}:4: unknown field `{'x' * 39}…`; remove it or correct its spelling (allowed: featured, funders, "
         "organisations, outcomes, problem, published, related, source, summary, tags, teams, theme, title, "
         "to_be_confirmed, visibility, what_we_did)",)),
    # --- Pages ---
    "a macro asked for -5 stories": Hostile(appended("docs/offer.md", "\n{{ latest_stories(count=-5) }}\n"),
                                            ("docs/offer.md:{line}: `{{ latest_stories() }}` is given -5 for `count`, "
                                             "which must be a whole number from 1 to 100; it takes an optional "
                                             "`count` (docs-editors/FIELDS.md lists them)",),
                                            (("staff", "docs"),), "latest_stories"),
    "braces thousands deep in a page": Hostile(appended("docs/offer.md", "\nBraces: " + "{{" * 5000 + "\n"),
                                               ("docs/offer.md:{line}: this {{ … }} or {% … %} has more than 100 "
                                                "parts; a page needs far fewer: shorten it, or write "
                                                "{% raw %}…{% endraw %} around text that should show braces as they "
                                                "are",), (("staff", "docs"),), "Braces: "),
    "blocks nested 300 deep in a page": Hostile(
        appended("docs/offer.md", "\n" + "{% if true %}\n" * 20 + "{% if true %}{# the 21st #}\n"
                 + "{% if true %}\n" * 279 + "{% endif %}\n" * 300),
        ("docs/offer.md:{line}: more than 20 {% … %} blocks inside each other; close each one (`{% endif %}`, "
         "`{% endfor %}`) before opening more",), (("staff", "docs"),), "the 21st"),
    "ten thousand comments never closed in a page": Hostile(appended("docs/offer.md", "\n" + "<!--" * 10_000),
                                                            (), (("staff", "docs"),)),
}


