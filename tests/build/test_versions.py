"""Publishing the play book's versions with mike (`make version`, `make publish`):
versions side by side in the gh-pages branch, earlier ones never changed, the
latest one at latest/, and partners' links under latest/ that keep working
across versions, a renamed page and a renamed offer id.

On the fixture play book, published as 1.0 and then 1.1 into a throw-away git
repository (`published`, tests/conftest.py); a few cases publish into a
repository of their own. What a browser makes of the same pages is in
tests/browser/test_published_versions.py.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess

from support.git import git, init_repository, tree
from support.html import Page
from support.publishing import CHANGE, KEPT_ID, NEW_ID, OLD_ID, follow, has_branch, page

from macros.cli import version as version_command


def versions_json(project) -> dict[str, list[str]]:
    return {v["version"]: v["aliases"] for v in json.loads(page(project, "versions.json"))}


def test_make_publish_puts_the_built_stories_site_beside_the_versions(published):
    project = published.project
    site = project.site("stories")
    built = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    assert set(tree(project, "gh-pages", "stories")) == built
    assert page(project, "stories/index.html") == (site / "index.html").read_text(encoding="utf-8")
    # Publishing the next version with mike leaves the stories site alone.
    assert tree(project, "gh-pages", "stories") == published.stories_before
    assert "Committed site/stories/" in published.publish_output
    assert "Published version 1.0" in published.publish_output


def test_both_versions_are_published_and_latest_points_at_the_new_one(published):
    assert versions_json(published.project) == {"1.1": ["latest"], "1.0": []}
    assert "Published version 1.1" in published.version_output
    assert "Nothing was pushed" in published.version_output


def test_the_earlier_version_is_unchanged_byte_for_byte(published):
    assert tree(published.project, "gh-pages", "1.0") == published.tree_1_0_before


def test_latest_is_a_full_copy_of_the_new_version(published):
    assert tree(published.project, "gh-pages", "latest") == tree(published.project, "gh-pages", "1.1")


def test_each_version_shows_its_own_number_from_data(published):
    assert "version 1.0 of the play book" in Page(page(published.project, "1.0/index.html")).text
    assert "version 1.1 of the play book" in Page(page(published.project, "1.1/index.html")).text
    history = Page(page(published.project, "1.1/versions/index.html"))
    assert CHANGE in history.text
    assert history.find("tr", id="version-1-1") and history.find("tr", id="version-1-0")


def test_an_older_version_has_the_outdated_banner_linking_to_latest(published):
    html = page(published.project, "1.0/offer/index.html")
    banner = re.search(r'data-md-component="outdated" hidden>(.*?)</aside>', html, re.S).group(1)
    assert "You are reading version 1.0 of the play book, which is not the latest." in banner
    href = re.search(r'<a href="([^"]+)"><strong>Read the latest version', banner).group(1)
    assert posixpath.normpath(posixpath.join("1.0/offer/", href)) == "latest"
    # The theme shows the version selector, fed by mike's versions.json.
    assert '"version": {"default": "latest", "provider": "mike"}' in html


def test_the_site_root_leads_to_latest(published):
    assert 'href="latest/"' in page(published.project, "index.html")


def test_a_partners_link_under_latest_still_lands_on_the_item(published):
    # Published with 1.0 at latest/offer/#fixture-training; since 1.1 the
    # page is our-offer/ and the item's id is fixture-education.
    project = published.project
    assert follow(project, f"latest/offer/#{OLD_ID}") == ("latest/our-offer/", NEW_ID)
    assert follow(project, f"latest/offer/#{KEPT_ID}") == ("latest/our-offer/", KEPT_ID)
    assert follow(project, f"1.0/offer/#{OLD_ID}") == ("1.0/offer/", OLD_ID)


def test_every_items_stable_link_leads_to_it_under_latest(published):
    for version, offer_page in (("1.0", "offer/"), ("1.1", "our-offer/")):
        html = page(published.project, f"{version}/{offer_page}index.html")
        links = re.findall(r'<p class="ogic-permalink" data-ogic-stable-link><a href="([^"]+)">', html)
        assert len(links) == 2  # the fixture's two offer items
        for link in links:
            address, anchor = link.split("#")
            url = posixpath.normpath(posixpath.join(f"{version}/{offer_page}", address)) + "/"
            assert url.startswith("latest/"), link
            assert follow(published.project, f"{url}#{anchor}")[0] == "latest/our-offer/"


def test_offer_json_follows_the_renamed_page(published):
    items = json.loads(page(published.project, "latest/offer.json"))
    assert {item["url"] for item in items} == {f"our-offer/#{NEW_ID}", f"our-offer/#{KEPT_ID}"}
    for item in items:
        assert follow(published.project, "latest/" + item["url"]) == ("latest/our-offer/", item["id"])


def test_an_old_version_is_refused(published, monkeypatch, capsys):
    project = published.project
    head = git(project.path, "rev-parse", "gh-pages")
    first_commit = git(project.path, "rev-list", "--max-parents=0", "HEAD").strip()
    git(project.path, "checkout", "-q", first_commit)  # the 1.0 sources again
    monkeypatch.chdir(project.path)
    try:
        status = version_command.main([])
    finally:
        git(project.path, "checkout", "-q", "main")
    out, err = capsys.readouterr()
    assert status != 0
    assert "version 1.0 is already published and is not the latest (1.1)" in out
    assert "Nothing was published" in err
    assert git(project.path, "rev-parse", "gh-pages") == head


def test_a_broken_play_book_is_never_published(fixture_site, monkeypatch, capfd):
    offer = fixture_site.read("docs/offer.md")
    fixture_site.write("docs/offer.md", offer + "\n[broken](no-such-page.md)\n")
    init_repository(fixture_site)
    monkeypatch.chdir(fixture_site.path)
    assert version_command.main([]) != 0
    out, err = capfd.readouterr()  # mike's build writes to the process's own stdout and stderr
    line = fixture_site.line_of("docs/offer.md", "no-such-page.md")
    assert f"docs/offer.md:{line}: the link to `no-such-page.md` leads to no page" in out + err
    assert "Traceback" not in out + err
    assert "Nothing was published" in err
    assert not has_branch(fixture_site)


def test_any_version_asked_for_is_published_its_pages_say_so_and_no_git_identity_is_needed(
        fixture_site, tmp_path, monkeypatch, capfd):
    init_repository(fixture_site)
    # No user.name or user.email anywhere: an empty global config, no system config.
    for variable in [name for name in os.environ if name.startswith("GIT_")]:
        monkeypatch.delenv(variable)
    (tmp_path / "empty").write_text("")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "empty"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(fixture_site.path)

    # data/playbook.yml says 1.0; the editor asks for 2.0 without recording it.
    assert version_command.main(["2.0"]) == 0
    _, err = capfd.readouterr()
    line = fixture_site.line_of("data/playbook.yml", "version:")
    assert f"data/playbook.yml:{line}: `version` is 1.0, but 2.0 is being published" in err
    assert versions_json(fixture_site) == {"2.0": ["latest"]}
    for folder in ("2.0", "latest"):
        assert "version 2.0 of the play book" in Page(page(fixture_site, f"{folder}/index.html")).text
    assert git(fixture_site.path, "log", "-1", "--format=%cn", "gh-pages").strip() == "Play book publisher"
    unset = subprocess.run(["git", "config", "user.name"], cwd=fixture_site.path, capture_output=True)
    assert unset.returncode != 0, "publishing must not write a git identity into any config"


def test_a_version_that_is_not_a_number_is_refused(fixture_site, monkeypatch, capsys):
    monkeypatch.chdir(fixture_site.path)
    assert version_command.main(["one"]) != 0
    assert "VERSION=one is not a version number like" in capsys.readouterr().out


def test_an_offer_id_not_yet_recorded_is_not_published(fixture_site, monkeypatch, capsys):
    fixture_site.write("data/offer.yml", fixture_site.read("data/offer.yml")
                       + "  - id: fixture-new-offer\n    title: A new fixture offer\n")
    init_repository(fixture_site)
    monkeypatch.chdir(fixture_site.path)
    assert version_command.main([]) != 0
    line = fixture_site.line_of("data/offer.yml", "fixture-new-offer")
    assert capsys.readouterr().out.startswith(
        f"data/offer.yml:{line}: offer item `fixture-new-offer` is not recorded in data/published_ids.yml")
    assert not has_branch(fixture_site)
