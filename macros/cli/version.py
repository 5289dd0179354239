"""``make version [VERSION=X.Y]``: publish the play book's current version with mike.

The version number lives in one place, data/playbook.yml ``version``: the
banner, the version-history page and this command all read it there.
VERSION is optional and defaults to that number.  When another number is
given, that number is published, and the build mike runs is told so (its
config says ``extra.publish_version``), so the published pages never say
they are another version; a note reminds the editor to record it in
data/playbook.yml and data/versions.yml.

What it does, stopping with a message (and publishing nothing) at the
first problem:
1. checks the data (as ``make check``), the version, and that every offer
   item's and delivery-plan action's id is recorded in data/published_ids.yml
   (ids are permanent once out);
2. refuses to touch a published version other than the latest: earlier
   versions stay exactly as published;
3. runs ``mike deploy`` with mkdocs.version.yml, whose build is strict, so a
   play book with any warning is never published; mike commits the version
   and its ``latest`` alias (a full copy, so partners' links under latest/
   need no redirect) to the local gh-pages branch.  Nothing is pushed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ..data import DataErrors, read_all
from ..addresses import LATEST_ALIAS
from ..data.models.playbook import VERSION_PATTERN
from ..data.models.versions import version_key
from ..git import PAGES_BRANCH, git_output, pages_json

CONFIG = "mkdocs.version.yml"
BUILD_DIR = ".build-tmp/version"  # mkdocs.version.yml's site_dir
# The config mike builds with: mkdocs.version.yml and the version being
# published. In the repository's root, because MkDocs resolves docs_dir and
# the other paths from the config file's folder; removed afterwards.
PUBLISHING_CONFIG = "mkdocs.publishing.yml"


class Refused(Exception):
    """Publishing would break a rule; the message says what to do instead."""


def published_versions(root: Path) -> list[dict]:
    """mike's versions.json on the gh-pages branch: [{version, title, aliases}]."""
    published = pages_json(root, "versions.json")
    return published if isinstance(published, list) else []


def check_can_publish(version: str, published: list[dict]) -> None:
    """Only a new version, or the latest one again, may be published."""
    latest = next((v["version"] for v in published if LATEST_ALIAS in v.get("aliases", [])), None)
    if any(v["version"] == version for v in published) and version != latest:
        raise Refused(f"version {version} is already published and is not the latest ({latest}); published "
                      "versions are never changed. To publish changes, raise `version` in data/playbook.yml "
                      "and add the new version to data/versions.yml.")
    if latest and _newer(latest, version):
        raise Refused(f"version {version} is older than the latest published version, {latest}; raise "
                      "`version` in data/playbook.yml above it and add it to data/versions.yml.")


def _newer(one: str, other: str) -> bool:
    try:
        return version_key(one) > version_key(other)
    except ValueError:  # a version mike published by hand, not X.Y
        return False


def note_if_unrecorded(data, requested: str) -> None:
    version = data.playbook.version
    if requested != version:
        print(f"Note: {data.where('playbook', ('version',))}: `version` is {version}, but {requested} is being "
              f"published; its pages will say {requested}. Record it: set `version: \"{requested}\"` there and "
              "add it to data/versions.yml.", file=sys.stderr)


def check_ids_recorded(data) -> None:
    """Every offer item's and delivery-plan action's id is in data/published_ids.yml
    (the loader notes those that are not: ``SiteData.publishing_notes``)."""
    if data.publishing_notes:
        raise Refused("\n".join(data.publishing_notes))


def mike_environment(root: Path) -> dict[str, str]:
    """mike needs a committer; use the repository's, or a neutral one for this
    command only (the user's git configuration is never changed)."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")  # mike runs `mkdocs`
    # ...which is a console script: without this it would import the project's
    # code from wherever it is installed, not from this checkout.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    for key, variables in (("user.name", ("GIT_COMMITTER_NAME", "GIT_AUTHOR_NAME")),
                           ("user.email", ("GIT_COMMITTER_EMAIL", "GIT_AUTHOR_EMAIL"))):
        if not (git_output(root, "config", key) or "").strip():
            fallback = "Play book publisher" if key == "user.name" else "playbook-publisher@localhost"
            for variable in variables:
                env.setdefault(variable, fallback)
    return env


def publishing_config(version: str) -> str:
    """mkdocs.version.yml, telling the build which version it publishes."""
    return f"INHERIT: {CONFIG}\nextra:\n  publish_version: {json.dumps(version)}\n"


def deploy(root: Path, version: str) -> None:
    mike = [str(Path(sys.executable).parent / "mike")]
    env = mike_environment(root)
    config = root / PUBLISHING_CONFIG
    config.write_text(publishing_config(version), encoding="utf-8")
    try:
        deployed = subprocess.run(mike + ["deploy", "--config-file", PUBLISHING_CONFIG, "--update-aliases",
                                          "--alias-type", "copy", version, LATEST_ALIAS], cwd=root, env=env)
    finally:
        config.unlink(missing_ok=True)
        shutil.rmtree(root / BUILD_DIR, ignore_errors=True)
    if deployed.returncode != 0:
        raise Refused(f"mike could not publish version {version} (see above); the {PAGES_BRANCH} branch is "
                      "unchanged. Any warning in the strict build stops publishing: fix it and run again.")
    if git_output(root, "cat-file", "-e", f"{PAGES_BRANCH}:index.html") is None:
        # The site's root address leads to the latest version.
        subprocess.run(mike + ["set-default", "--config-file", CONFIG, LATEST_ALIAS], cwd=root, env=env)


def publish(root: Path, requested: str = "") -> str:
    data = read_all(root)
    version = requested or data.playbook.version
    if not re.fullmatch(VERSION_PATTERN, version):
        raise Refused(f"VERSION={version} is not a version number like 10.1; give MAJOR.MINOR")
    note_if_unrecorded(data, version)
    check_ids_recorded(data)
    if git_output(root, "rev-parse", "--verify", "HEAD") is None:
        raise Refused(f"make version publishes into this git repository's {PAGES_BRANCH} branch; run it in a git "
                      "repository with at least one commit")
    check_can_publish(version, published_versions(root))
    if git_output(root, "status", "--porcelain", "--untracked-files=no"):
        print("Note: there are uncommitted changes; they are published too, but mike's commit message "
              "names only the last commit.", file=sys.stderr)
    deploy(root, version)
    return version


def main(args: list[str]) -> int:
    requested = args[0].strip() if args else ""
    try:
        version = publish(Path.cwd(), requested)
    except DataErrors as exc:
        print("\n".join(exc.lines()))
        print("Nothing was published: fix the problems above first.", file=sys.stderr)
        return 1
    except Refused as exc:
        print(exc)
        print("Nothing was published.", file=sys.stderr)
        return 1
    print(f"Published version {version} to the local {PAGES_BRANCH} branch; `{LATEST_ALIAS}` now points to it. "
          f"Nothing was pushed: to put it online, run `git push origin {PAGES_BRANCH}`.")
    return 0

