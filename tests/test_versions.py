"""`make version`: versions published side by side with mike, and partners'
links under latest/ that keep working across versions and renamed pages.

Each scenario publishes into a throw-away git repository (a `project` copy
with `git init`), never into this repository.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
from types import SimpleNamespace

import pytest
from conftest import copy_project
from playwright.sync_api import expect, sync_playwright
from git_helpers import commit_all, git, init_repository, show, tree

from macros.cli.version import Refused, check_can_publish


def make_version(project, version: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    args = ["make", "--no-print-directory", "version"] + ([f"VERSION={version}"] if version else [])
    return subprocess.run(args, cwd=project.path, capture_output=True, text=True, timeout=300,
                          env={**(env or os.environ), "NO_MKDOCS_2_WARNING": "1"})


def raise_version(project, version: str, change: str) -> None:
    """What an editor does before publishing a new version."""
    project.write("data/playbook.yml", re.sub(r'(?m)^version: ".*"$', f'version: "{version}"',
                                              project.read("data/playbook.yml")))
    project.write("data/versions.yml", project.read("data/versions.yml").replace(
        "versions:\n", f'versions:\n  - version: "{version}"\n    status: draft\n    changes:\n      - {change}\n', 1))


def rename_offer_page(project) -> None:
    """docs/offer.md becomes docs/qi-offer.md, with the redirect recorded."""
    project.rename_page("offer.md", "qi-offer.md")
    git(project.path, "add", "-A", "docs")
    project.write("data/redirects.yml", project.read("data/redirects.yml").replace(
        "pages: {}", "pages:\n  offer.md: qi-offer.md"))


def rename_offer_id(project, old: str, new: str) -> None:
    """An offer item's id changes; the old id is recorded as moved."""
    offer = project.read("data/offer.yml")
    assert f"  - id: {old}\n" in offer
    project.write("data/offer.yml", offer.replace(f"  - id: {old}\n", f"  - id: {new}\n"))
    ids = project.read("data/published_ids.yml")
    ids = re.sub(r"(?m)^offer:\n", f"offer:\n  - {new}\n", ids).replace("moved: {}", f"moved:\n  {old}: {new}")
    project.write("data/published_ids.yml", ids)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """10.0 published; then the offer page renamed, an offer id renamed, and 10.1 published."""
    project = copy_project(tmp_path_factory.mktemp("published") / "project")
    init_repository(project)
    first = make_version(project, "10.0")
    assert first.returncode == 0, first.stdout + first.stderr
    before = tree(project, "gh-pages", "10.0")
    raise_version(project, "10.1", "The offer page moved to qi-offer/.")
    rename_offer_page(project)
    rename_offer_id(project, "qi-training", "qi-education")
    commit_all(project, "Version 10.1")
    second = make_version(project, "10.1")
    assert second.returncode == 0, second.stdout + second.stderr
    return SimpleNamespace(project=project, tree_10_0_before=before, output=second.stdout)


def page(project, path: str) -> str:
    return show(project, f"gh-pages:{path}")


def follow(project, url: str) -> tuple[str, str]:
    """Where a browser ends up from a link into gh-pages, doing what the pages'
    scripts do: redirect pages keep the #anchor; a moved offer id's anchor leads on."""
    path, _, anchor = url.partition("#")
    for _ in range(5):
        html = page(project, path + "index.html")
        forward = re.search(r'location\.replace\("([^"]*)" \+ location\.search \+ location\.hash\)', html)
        moved = re.search(rf'id="{re.escape(anchor)}" data-ogic-moved-to="([^"]*)"', html) if anchor else None
        if forward:
            path = posixpath.normpath(posixpath.join(path, forward.group(1))) + "/"
        elif moved:
            target, _, anchor = moved.group(1).partition("#")
            path = posixpath.normpath(posixpath.join(path, target)) + "/" if target else path
        else:
            assert not anchor or f'id="{anchor}"' in html, f"{path} has no #{anchor}"
            return path, anchor
    pytest.fail(f"{url} redirects in a loop")


def test_both_versions_are_published_and_latest_points_at_the_new_one(published):
    versions = json.loads(page(published.project, "versions.json"))
    assert {v["version"]: v["aliases"] for v in versions} == {"10.1": ["latest"], "10.0": []}
    assert "10.1" in published.output and "Nothing was pushed" in published.output


def test_the_earlier_version_is_unchanged_byte_for_byte(published):
    assert tree(published.project, "gh-pages", "10.0") == published.tree_10_0_before


def test_latest_is_a_full_copy_of_the_new_version(published):
    assert tree(published.project, "gh-pages", "latest") == tree(published.project, "gh-pages", "10.1")


def test_each_version_shows_its_own_number_from_data(published):
    assert "version 10.0 of the play book" in page(published.project, "10.0/index.html")
    assert "version 10.1 of the play book" in page(published.project, "10.1/index.html")
    history = page(published.project, "10.1/versions/index.html")
    assert "The offer page moved to qi-offer/." in history and "10.0" in history


def test_an_older_version_has_the_outdated_banner_linking_to_latest(published):
    html = page(published.project, "10.0/offer/index.html")
    banner = re.search(r'data-md-component="outdated" hidden>(.*?)</aside>', html, re.S).group(1)
    assert "You are reading version 10.0 of the play book, which is not the latest." in banner
    href = re.search(r'<a href="([^"]+)"><strong>Read the latest version', banner).group(1)
    assert posixpath.normpath(posixpath.join("10.0/offer/", href)) == "latest"
    # The theme shows the version selector, fed by mike's versions.json.
    assert '"version": {"default": "latest", "provider": "mike"}' in html


def test_the_site_root_leads_to_latest(published):
    assert 'href="latest/"' in page(published.project, "index.html")


def test_a_partners_link_under_latest_still_lands_on_the_item(published):
    # Published with 10.0 at latest/offer/#qi-training; since 10.1 the page
    # is qi-offer/ and the item's id is qi-education.
    assert follow(published.project, "latest/offer/#qi-training") == ("latest/qi-offer/", "qi-education")
    assert follow(published.project, "latest/offer/#qi-facilitation") == ("latest/qi-offer/", "qi-facilitation")
    assert follow(published.project, "10.0/offer/#qi-training") == ("10.0/offer/", "qi-training")


def test_every_items_stable_link_leads_to_it_under_latest(published):
    for version, offer_page in (("10.0", "offer/"), ("10.1", "qi-offer/")):
        html = page(published.project, f"{version}/{offer_page}index.html")
        links = re.findall(r'<p class="ogic-permalink" data-ogic-stable-link><a href="([^"]+)">', html)
        assert len(links) == 7
        for link in links:
            url = posixpath.normpath(posixpath.join(f"{version}/{offer_page}", link.split("#")[0])) + "/"
            assert url.startswith("latest/")
            landed, anchor = follow(published.project, f"{url}#{link.split('#')[1]}")
            assert landed == "latest/qi-offer/"


def test_offer_json_follows_the_renamed_page(published):
    items = json.loads(page(published.project, "latest/offer.json"))
    assert {item["url"] for item in items} >= {"qi-offer/#qi-education", "qi-offer/#qi-facilitation"}
    for item in items:
        assert follow(published.project, "latest/" + item["url"]) == ("latest/qi-offer/", item["id"])


def test_an_old_version_is_refused(published):
    project = published.project
    head = git(project.path, "rev-parse", "gh-pages")
    first_commit = git(project.path, "rev-list", "--max-parents=0", "HEAD").strip()
    git(project.path, "checkout", "-q", first_commit)
    try:
        result = make_version(project)  # the 10.0 sources again
    finally:
        git(project.path, "checkout", "-q", "main")
    assert result.returncode != 0
    assert "version 10.0 is already published and is not the latest (10.1)" in result.stdout
    assert git(project.path, "rev-parse", "gh-pages") == head


def test_any_version_asked_for_is_published_and_its_pages_say_so(project):
    """`make version VERSION=X.Y` as the contract says, without editing data first."""
    init_repository(project)
    first = make_version(project, "1.0")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "data/playbook.yml:5: `version` is 10.0, but 1.0 is being published" in first.stderr
    before = tree(project, "gh-pages", "1.0")
    second = make_version(project, "1.1")
    assert second.returncode == 0, second.stdout + second.stderr
    versions = json.loads(page(project, "versions.json"))
    assert {v["version"]: v["aliases"] for v in versions} == {"1.1": ["latest"], "1.0": []}
    assert tree(project, "gh-pages", "1.0") == before
    assert "version 1.1" in page(project, "latest/index.html")
    assert "version 1.0" in page(project, "1.0/index.html")
    assert make_version(project, "one").returncode != 0


@pytest.mark.parametrize("version, published, allowed", [
    ("10.0", [], True),
    ("10.0", [{"version": "10.0", "aliases": ["latest"]}], True),  # the current draft again
    ("10.1", [{"version": "10.0", "aliases": ["latest"]}], True),
    ("10.0", [{"version": "10.1", "aliases": ["latest"]}, {"version": "10.0", "aliases": []}], False),
    ("9.9", [{"version": "10.0", "aliases": ["latest"]}], False),
])
def test_only_a_new_version_or_the_latest_may_be_published(version, published, allowed):
    if allowed:
        check_can_publish(version, published)
    else:
        with pytest.raises(Refused):
            check_can_publish(version, published)


def test_a_broken_play_book_is_never_published_and_no_git_identity_is_needed(project, tmp_path):
    init_repository(project)
    # No user.name/user.email anywhere: an empty global config, no system config.
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(HOME=str(tmp_path), GIT_CONFIG_GLOBAL=str(tmp_path / "empty"), GIT_CONFIG_NOSYSTEM="1")
    (tmp_path / "empty").write_text("")
    offer = project.read("docs/offer.md")
    project.write("docs/offer.md", offer + "\n[broken](no-such-page.md)\n")
    commit_all(project, "A broken link")
    result = make_version(project, "10.0", env)
    assert result.returncode != 0
    assert "no-such-page.md" in result.stdout + result.stderr
    assert "Nothing was published" in result.stderr
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "gh-pages"], cwd=project.path).returncode != 0
    project.write("docs/offer.md", offer)
    commit_all(project, "Fixed")
    result = make_version(project, "10.0", env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(project.path, "log", "-1", "--format=%cn", "gh-pages").strip() == "Play book publisher"
    unset = subprocess.run(["git", "config", "user.name"], cwd=project.path, env=env, capture_output=True)
    assert unset.returncode != 0, "make version must not write a git identity into any config"


def test_an_offer_id_not_yet_recorded_is_not_published(project):
    project.write("data/offer.yml", project.read("data/offer.yml") + (
        "\n  - id: new-offer\n    title: A new offer\n    source: Test\n"))
    init_repository(project)
    result = make_version(project)
    assert result.returncode != 0
    line = next(n for n, text in enumerate(project.read("data/offer.yml").splitlines(), 1) if "new-offer" in text)
    assert result.stdout.startswith(f"data/offer.yml:{line}: offer item `new-offer` is not recorded in "
                                    "data/published_ids.yml")
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "gh-pages"], cwd=project.path).returncode != 0


# In a real browser: the same partner's link, the outdated banner and the copy button.

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


@pytest.fixture(scope="module")
def gh_pages_server(published, tmp_path_factory):
    """The gh-pages branch as a web server would serve it."""
    import functools
    import http.server
    import tarfile
    import threading
    from io import BytesIO

    folder = tmp_path_factory.mktemp("gh-pages")
    archive = subprocess.run(["git", "archive", "gh-pages"], cwd=published.project.path,
                             capture_output=True, check=True).stdout
    tarfile.open(fileobj=BytesIO(archive)).extractall(folder, filter="data")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str, **context_options):
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page


def in_view(page, element_id: str) -> bool:
    box = page.locator(f"[id='{element_id}']").bounding_box()
    return box is not None and 0 <= box["y"] < page.viewport_size["height"]


@pytest.mark.browser
def test_in_a_browser_a_partners_link_lands_on_the_item(browser, gh_pages_server):
    page = open_page(browser, gh_pages_server + "latest/offer/#qi-training")
    page.wait_for_url("**/latest/qi-offer/#qi-education")
    assert page.locator("#qi-education h2").inner_text() == "QI training and education"
    assert in_view(page, "qi-education")
    assert page.locator("[data-md-component=outdated]").is_hidden()
    assert page.errors == []


@pytest.mark.browser
def test_in_a_browser_an_older_version_shows_the_banner_and_the_selector(browser, gh_pages_server):
    page = open_page(browser, gh_pages_server + "10.0/offer/#qi-training")
    assert in_view(page, "qi-training")
    banner = page.locator("[data-md-component=outdated]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("You are reading version 10.0 of the play book, which is not the latest.")
    # The theme's version selector lists every published version.
    expect(page.locator(".md-version__item")).to_have_text(["10.1", "10.0"])
    banner.get_by_role("link", name="Read the latest version").click()
    page.wait_for_url(gh_pages_server + "latest/")
    assert page.errors == []


@pytest.mark.browser
def test_in_a_browser_the_stable_link_is_shown_and_copied(browser, gh_pages_server):
    page = open_page(browser, gh_pages_server + "10.0/offer/", permissions=["clipboard-read", "clipboard-write"])
    item = page.locator("#qi-facilitation")
    expected = gh_pages_server + "latest/offer/#qi-facilitation"
    assert item.locator(".ogic-stable-link__address").inner_text() == expected
    item.get_by_role("button", name="Copy link: QI facilitation for ICS delivery programmes").click()
    expect(item.get_by_role("status")).to_have_text("Link copied.")  # once the clipboard has it
    assert page.evaluate("navigator.clipboard.readText()") == expected


@pytest.mark.browser
def test_without_javascript_an_old_id_still_shows_where_the_item_went(browser, gh_pages_server):
    page = open_page(browser, gh_pages_server + "latest/qi-offer/#qi-training", java_script_enabled=False)
    notice = page.locator("#qi-training")
    assert notice.is_visible() and in_view(page, "qi-training")
    assert notice.get_by_role("link").get_attribute("href") == "#qi-education"
    href = page.locator("#qi-facilitation .ogic-permalink a").get_attribute("href")
    assert href == "../../latest/qi-offer/#qi-facilitation"
