"""``make build``: both sites, strictly, side by side; published only if both build.

The two sites are independent MkDocs builds, so they run at the same time
in two processes (the machines here have two cores).  Each builds into a
scratch folder; only when both succeed do they replace site/playbook and
site/stories, so nothing half-built is ever left where it could be
published.  An editor's mistake is found by both builds: its
``path:line: message`` line, like every other line, is printed once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SITES = {"playbook": "mkdocs.yml", "stories": "mkdocs.stories.yml"}
SCRATCH = Path(".build-tmp") / "sites"
ABORTED = {"Aborted with a BuildError!"}


def build_sites(root: Path, destination: Path) -> bool:
    scratch = root / SCRATCH
    shutil.rmtree(scratch, ignore_errors=True)
    builds = {
        name: subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config,
                                "-d", str(scratch / name)],
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for name, config in SITES.items()
    }
    outputs = {name: build.communicate()[0] for name, build in builds.items()}
    printed: set[str] = set()
    for name, output in outputs.items():
        failed = builds[name].returncode != 0
        for line in output.splitlines():
            # A mistake in data stops both builds with the same lines: show them once,
            # without the progress messages of a build that failed anyway, or MkDocs' own
            # last words (the line below says what happened).
            if failed and (line.startswith("INFO") or not line.strip() or line in ABORTED):
                continue
            if line.strip() and line in printed:
                continue
            printed.add(line)
            print(line)
    if any(build.returncode != 0 for build in builds.values()):
        failed = ", ".join(f"{SITES[name]}" for name, build in builds.items() if build.returncode != 0)
        print(f"The build failed ({failed}); nothing was published: site/ is unchanged.", file=sys.stderr)
        shutil.rmtree(scratch, ignore_errors=True)
        return False
    destination.mkdir(parents=True, exist_ok=True)
    for name in SITES:
        shutil.rmtree(destination / name, ignore_errors=True)
        (scratch / name).rename(destination / name)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"Built {destination.name}/playbook/ and {destination.name}/stories/")
    return True


def main(args: list[str]) -> int:
    return 0 if build_sites(Path.cwd(), Path.cwd() / "site") else 1
