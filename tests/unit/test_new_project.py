"""`make new-project`, in this process (macros.cli.new_project.main, as the Makefile calls it), on a
copy of the tests' own play book: a new project that passes the checks as it is, started on the
build date, every field (and every field of its entries) explained, placeholders that can never be
published, and one clear line for each mistake. The one end-to-end `make new-project` is in
tests/build/test_commands.py; the editor's whole journey is in tests/build/test_project_journey.py."""

import os

import pytest

from macros.cli.new_project import main as new_project
from macros.data.models import Project
from macros.editor_docs.field_docs import field_docs

PROJECT = "data/projects/falls-huddles.yml"


@pytest.fixture
def run(fixture_site, monkeypatch, capsys):
    """Call `make new-project ID=...` in the fixture copy, on 4 December 2026: (status, stdout, stderr)."""
    monkeypatch.chdir(fixture_site.path)
    monkeypatch.setenv("PLAYBOOK_TODAY", "2026-12-04")

    def call(*args: str) -> tuple[int, str, str]:
        status = new_project(list(args))
        out, err = capsys.readouterr()
        return status, out, err
    return call


def test_a_new_project_passes_the_check_unchanged_starts_internal_and_today(fixture_site, run):
    status, out, err = run("falls-huddles")
    assert (status, err) == (0, "")
    assert out.startswith(f"Created {PROJECT}: replace every TODO")
    text = fixture_site.read(PROJECT)
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/project.schema.json"
    for line in ("visibility: internal", "started: 2026-12-04", "organisations: []", "status: active"):
        assert f"\n{line}\n" in text, line
    assert "# The ids in data/organisations.yml: fixture-trust, fixture-council." in text
    assert fixture_site.problems() == []


def every_field(docs, path=()):
    for doc in docs:
        yield path + (doc.name,), doc
        yield from every_field(doc.children, path + (doc.name,))


def test_a_new_project_explains_every_field_and_every_field_of_its_entries(fixture_site, run):
    run("falls-huddles")
    text = " ".join(fixture_site.read(PROJECT).replace("# ", "").split())
    assert "\nid:" not in fixture_site.read(PROJECT)  # the id comes from the file name
    for path, doc in every_field(field_docs(Project)):
        assert f"{doc.name} ({'required' if doc.required else 'optional'})" in text, path
        assert " ".join(doc.description.split()[:5]) in text, path
    assert "change_ideas (optional)" in text and "lead (optional)" in text


def test_uncommented_examples_need_only_real_dates_and_ids(fixture_site, run):
    """An editor who uncomments every optional field is asked, in one run, only
    for real dates and real ids: the example score is on the scale."""
    run("falls-huddles")
    lines = fixture_site.read(PROJECT).split("\n")
    names = [f"# {doc.name}:" for doc in field_docs(Project)]
    uncommenting, kept = False, []
    for line in lines:
        uncommenting = uncommenting or any(line == n or line.startswith(n + " ") for n in names)
        uncommenting = uncommenting and line != ""
        kept.append(line[2:] if uncommenting else line)
    fixture_site.write(PROJECT, "\n".join(kept))
    problems = fixture_site.problems()
    assert problems and all(line.startswith(PROJECT + ":") for line in problems), problems
    fields = {line.split("`")[1].split("[")[0].split(".")[0] for line in problems}
    assert fields == {"progress", "pdsa", "completed", "workstream", "measures", "stories"}, problems


def test_a_public_project_still_holding_todo_is_refused_at_each_placeholder(fixture_site, run):
    run("falls-huddles")
    fixture_site.replace(PROJECT, "\nvisibility: internal\n", "\nvisibility: public\n")
    fixture_site.replace(PROJECT, "\norganisations: []\n", "\norganisations: [fixture-trust]\n")
    problems = fixture_site.problems()
    for field in ("title", "aim"):
        start = f"{PROJECT}:{fixture_site.line_of(PROJECT, f'{field}: ')}: `{field}` still holds the placeholder"
        assert any(line.startswith(start) for line in problems), (start, problems)
    assert len(problems) == 2


def test_an_existing_id_is_refused_with_its_file_and_left_alone(fixture_site, run):
    before = fixture_site.read("data/projects/fixture-quiet-win.yml")
    status, out, err = run("fixture-quiet-win")
    assert status != 0 and out == ""
    assert err == ("data/projects/fixture-quiet-win.yml:1: a project with the id `fixture-quiet-win` already "
                   "exists; edit that file, or choose another ID\n")
    assert fixture_site.read("data/projects/fixture-quiet-win.yml") == before


@pytest.mark.parametrize("project_id, suggestion", [("Falls Huddles", "falls-huddles"), ("../escape", "escape"),
                                                    ("ünï", "uni"), ("Straße Ærø", "strasse-aero")])
def test_a_bad_id_is_refused_with_a_suggestion_in_plain_letters(fixture_site, run, project_id, suggestion):
    status, out, err = run(project_id)
    assert status != 0 and out == ""
    [line] = err.splitlines()
    assert line.startswith(f"ID {project_id!r} must be lower-case words joined by hyphens"), line
    assert line.endswith(f"try: make new-project ID={suggestion}")
    assert not list(fixture_site.path.parent.rglob("*escape*"))


@pytest.mark.parametrize("project_id", ["___", "日本"])
def test_an_id_with_nothing_an_id_can_keep_is_refused_without_a_made_up_suggestion(fixture_site, run, project_id):
    status, out, err = run(project_id)
    assert status != 0 and out == ""
    assert err == (f"ID {project_id!r} must be lower-case words joined by hyphens, with the letters a to z and the "
                   "digits 0 to 9 (it becomes the file name and the project's web address); it has nothing an id "
                   "can keep (the letters a to z, the digits 0 to 9): choose an id, like make new-project "
                   "ID=my-project\n")


def test_an_id_longer_than_an_id_may_be_is_refused_with_a_shorter_one_and_no_traceback(fixture_site, run):
    words = "-".join(["falls"] * 60)  # 359 characters: more than a file name may hold
    status, out, err = run(words)
    assert status != 0 and out == ""
    assert err == (f"ID '{words[:59]}…' is 359 characters long; an id may be at most 100 (it becomes the file name "
                   f"and the project's web address); try: make new-project ID={'-'.join(['falls'] * 16)}\n")
    assert not list((fixture_site.path / "data" / "projects").glob("falls*"))


def test_no_id_says_how_to_call_it(fixture_site, run):
    status, _, err = run("")
    assert status != 0 and err.startswith("say which project to create: make new-project ID=")
    assert not (fixture_site.path / PROJECT).exists()


def test_a_wrong_build_date_is_one_line(fixture_site, run, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_TODAY", "next week")
    status, _, err = run("falls-huddles")
    assert status != 0 and err == "PLAYBOOK_TODAY='next week' is not a date; write it YYYY-MM-DD or unset it\n"


def test_it_never_writes_through_a_link_nor_reads_the_organisations_outside_the_loaders_rules(fixture_site, run,
                                                                                               tmp_path):
    outside = tmp_path / "outside.yml"
    (fixture_site.path / "data" / "projects" / "linked.yml").symlink_to(outside)  # a link to nothing yet
    status, _, err = run("linked")
    assert status != 0 and not outside.exists()
    assert err.startswith("data/projects/linked.yml:1: data/projects/linked.yml is a symbolic link")
    # A pipe instead of data/organisations.yml: read as the loader reads it, never waited on.
    organisations = fixture_site.path / "data" / "organisations.yml"
    organisations.unlink()
    os.mkfifo(organisations)
    status, _, err = run("falls-huddles")
    assert status == 0 and "organisations: []" in fixture_site.read(PROJECT)
