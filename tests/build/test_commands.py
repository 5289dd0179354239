"""The editors' commands end to end, one `make` run each, in a copy of the
fixture play book: `make check`, `make build`, `make new-story`, `make new-project`, `make review`
and `make parity`.

`make publish` and `make version` run end to end in tests/conftest.py (`published`),
into the throw-away repository whose published versions
tests/build/test_versions.py reads. Everything else these commands do is
proved in-process (Project.problems(), Project.build()), which is much faster.
"""

from __future__ import annotations

import hashlib



def files_under(folder) -> dict[str, str]:
    """Every file under ``folder`` and a hash of its bytes."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_make_check_prints_each_problem_in_file_order_before_its_summary_and_fails(fixture_site):
    fixture_site.write("data/stories/bad.yml", "title: A\nsummary:\nvisibility: everyone\ncolour: red\n")
    # stderr merged into stdout, as a pipe or a terminal shows them: the
    # problems must come out before the summary, not when stdout's buffer is flushed.
    result = fixture_site.make("check", merged=True)
    lines = result.stdout.splitlines()
    assert result.returncode != 0
    assert "Traceback" not in result.stdout
    expected = ["data/stories/bad.yml:2: `summary` is empty",
                "data/stories/bad.yml:3: `visibility` must be one of 'public' or 'internal'",
                "data/stories/bad.yml:4: unknown field `colour`"]
    found = [next((n for n, line in enumerate(lines) if line.startswith(start)), None) for start in expected]
    assert None not in found, result.stdout
    assert found == sorted(found), "one line per problem, in the order of the file"
    summary = next(n for n, line in enumerate(lines) if "problem(s) found" in line)
    assert summary > found[-1], result.stdout


def test_make_check_passes_a_valid_play_book(fixture_site):
    result = fixture_site.make("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "All data files and pages are valid." in result.stderr


def test_make_build_reports_a_mistake_once_leaves_the_previous_site_and_then_builds_both_sites(fixture_site):
    # What a previous `make build` left; a failed build must not touch it.
    fixture_site.write("site/playbook/index.html", "<p>The previous play book</p>\n")
    fixture_site.write("site/stories/index.html", "<p>The previous stories site</p>\n")
    before = files_under(fixture_site.path / "site")
    fixture_site.write("data/stories/bad.yml", "title: A\ntitle: B\n")

    failed = fixture_site.make("build")
    output = failed.stdout + failed.stderr
    assert failed.returncode != 0
    assert "Traceback" not in output
    # Both sites' builds find the mistake; the editor reads its line once.
    mentions = [line for line in output.splitlines() if "data/stories/bad.yml" in line]
    assert len(mentions) == 1 and mentions[0].startswith("data/stories/bad.yml:2: duplicate key `title`"), output
    assert "Aborted with a BuildError!" not in output and "\n\n" not in failed.stdout  # only what an editor needs
    assert files_under(fixture_site.path / "site") == before, "a failed build writes nothing to site/"

    (fixture_site.path / "data/stories/bad.yml").unlink()
    built = fixture_site.make("build")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Fixture welcome" in fixture_site.page("playbook", "")
    assert "Fixture stories site" in fixture_site.page("stories", "")
    assert (fixture_site.site("stories") / "stories/fixture-public-story/index.html").is_file()


def test_make_new_story_creates_an_internal_story_that_passes_check(fixture_site):
    result = fixture_site.make("new-story", "SLUG=fixture-new-story")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "data/stories/fixture-new-story.yml" in result.stdout
    story = fixture_site.read("data/stories/fixture-new-story.yml")
    assert "\nvisibility: internal" in "\n" + story
    assert fixture_site.problems() == []


def test_make_new_project_creates_an_internal_project_that_passes_check(fixture_site):
    result = fixture_site.make("new-project", "ID=fixture-new-project", env={"PLAYBOOK_TODAY": "2026-12-04"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "data/projects/fixture-new-project.yml" in result.stdout
    project = fixture_site.read("data/projects/fixture-new-project.yml")
    assert "\nvisibility: internal\n" in project and "\nstarted: 2026-12-04\n" in project
    assert fixture_site.problems() == []
    taken = fixture_site.make("new-project", "ID=fixture-new-project")
    assert taken.returncode != 0 and "already exists" in taken.stderr and "Traceback" not in taken.stderr


def test_make_review_lists_overdue_pages_most_overdue_first_and_fails(fixture_site):
    # Every fixture page was reviewed on the same day; one was reviewed
    # long before the others, one recently enough not to be due yet.
    fixture_site.replace("docs/index.md", "last_reviewed: 2026-01-15", "last_reviewed: 2025-01-15")
    fixture_site.replace("docs/offer.md", "last_reviewed: 2026-01-15", "last_reviewed: 2026-12-01")
    result = fixture_site.make("review", env={"PLAYBOOK_TODAY": "2027-01-01"})
    assert result.returncode != 0
    lines = result.stdout.splitlines()
    pages = sorted(page.relative_to(fixture_site.path).as_posix()
                   for folder in ("docs", "docs-public") for page in (fixture_site.path / folder).glob("*.md"))
    reviewed = [page for page in pages if "last_reviewed:" in fixture_site.read(page)]
    unreviewed = [page for page in pages if page not in reviewed]
    assert unreviewed == ["docs/unowned.md"]  # the fixture's page with nothing recorded
    assert len(lines) == len(reviewed) - 1 + 1, result.stdout  # all but one reviewed page, and the unowned one
    assert lines[0] == (f"docs/index.md:{fixture_site.line_of('docs/index.md', 'last_reviewed:')}: review overdue "
                        "since 2025-07-15; owner: Fixture team; last reviewed 2025-01-15, reviewed every 6 months")
    assert not any(line.startswith("docs/offer.md:") for line in lines)
    for page in reviewed:
        if page != "docs/offer.md":
            assert f"{page}:{fixture_site.line_of(page, 'last_reviewed:')}: review overdue since " in result.stdout
    assert lines[-1].startswith("docs/unowned.md:1: no owner recorded; add `owner:`")
    assert "overdue for review on 2027-01-01" in result.stderr


def test_make_parity_builds_both_sites_with_mkdocs_and_with_properdocs_alike(fixture_site):
    result = fixture_site.make("parity")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    # Each engine named by its own build's generator tag: the second build really ran ProperDocs.
    assert lines[0].startswith("Parity: MkDocs (mkdocs-1.") and "ProperDocs (mkdocs-ProperDocs 1." in lines[0], lines
    assert lines[1].startswith("  playbook (mkdocs.yml): ") and lines[2].startswith("  stories (mkdocs.stories.yml): ")
    assert not (fixture_site.path / ".build-tmp" / "parity").exists(), "the builds are removed once they agree"
    assert not (fixture_site.path / "site").exists(), "parity never touches what `make build` publishes"


# Hostile input end to end (every case in this process: tests/unit/test_hostile_input.py).
SECRET = "SECRET-TOKEN-e2e-5d1c"
LINK_OUTSIDE = ("is a symbolic link to something outside the repository, which is never read; put the file itself "
                "here (a reviewer sees only the link)")


def outside_story(tmp_path):
    """A public story outside the repository, which would be published if it were ever read."""
    story = tmp_path / "outside" / "secret.yml"
    story.parent.mkdir()
    story.write_text(f"title: {SECRET}\nsummary: {SECRET}\nvisibility: public\n", encoding="utf-8")
    return story


def test_make_check_refuses_a_billion_laughs_and_a_link_outside_without_reading_it(fixture_site, tmp_path):
    laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{name}: &{name} [{','.join([f'*{before}'] * 9)}]\n" for before, name in zip("abcdefgh", "bcdefghi",
                                                                                       strict=True))
    fixture_site.write("data/stories/laughs.yml", "title: A\n" + laughs)
    (fixture_site.path / "data/stories/secret.yml").symlink_to(outside_story(tmp_path))
    result = fixture_site.make("check", timeout=60)
    assert result.returncode != 0
    assert result.stdout.splitlines() == [
        "data/stories/laughs.yml:2: anchors and aliases (`&name`, `*name`) are not allowed in data files; write "
        "the value out in full where it is needed, or put text starting with & or * in quotes",
        f"data/stories/secret.yml:1: data/stories/secret.yml {LINK_OUTSIDE}"]
    assert SECRET not in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_make_build_stops_at_a_folder_of_pages_linked_from_outside_and_publishes_nothing(fixture_site, tmp_path):
    outside = tmp_path / "outside-pages"
    outside.mkdir()
    (outside / "index.md").write_text(f"---\nowner: {SECRET}\n---\n# {SECRET}\n", encoding="utf-8")
    (fixture_site.path / "docs-public").rename(tmp_path / "docs-public-before")
    (fixture_site.path / "docs-public").symlink_to(outside)
    (fixture_site.path / "data/stories/secret.yml").symlink_to(outside_story(tmp_path))
    result = fixture_site.make("build", timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"docs-public:1: docs-public {LINK_OUTSIDE}" in output.splitlines()
    assert f"data/stories/secret.yml:1: data/stories/secret.yml {LINK_OUTSIDE}" in output.splitlines()
    assert SECRET not in output and "Traceback" not in output
    assert not (fixture_site.path / "site").exists()
