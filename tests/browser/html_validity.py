"""HTML validity with the Nu Html Checker (vnu, the W3C validator's engine).

vnu comes from npm (vnu-jar, pinned in package-lock.json, installed by
`make test`) and runs on the machine's Java. Errors the theme itself makes,
and that we cannot fix without copying Material's templates, are listed with
the reason in html-theme-exceptions.yml; any other error fails the tests.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
EXCEPTIONS_FILE = Path(__file__).with_name("html-theme-exceptions.yml")


@dataclass(frozen=True)
class ThemeException:
    message: str  # a regular expression the whole message must match
    extract: str  # text the quoted markup must contain: where the error comes from
    why: str

    def excuses(self, error: dict) -> bool:
        return (re.fullmatch(self.message, error["message"]) is not None
                and self.extract in error.get("extract", ""))


def theme_exceptions() -> list[ThemeException]:
    entries = yaml.safe_load(EXCEPTIONS_FILE.read_text(encoding="utf-8"))
    return [ThemeException(e["message"], e["extract"], e["why"]) for e in entries]


def vnu_errors(files: list[Path]) -> list[dict]:
    """vnu's error messages for ``files`` (each with url, lastLine, message, extract)."""
    if not VNU_JAR.is_file():
        raise RuntimeError(f"{VNU_JAR.relative_to(REPO)} is missing: run `make test`, which installs "
                           "vnu-jar from package-lock.json with `npm ci`")
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is missing: vnu needs Java 11 or newer "
                           "(`apt-get install -y default-jre-headless`)")
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
                             *map(str, files)], capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(result.stderr)["messages"]
    except ValueError:
        raise RuntimeError(f"vnu did not run: {result.stderr[-2000:]}") from None
    return [m for m in messages if m["type"] in ("error", "non-document-error")]


def describe(error: dict, root: Path) -> str:
    path = Path(error.get("url", "").removeprefix("file:")).relative_to(root).as_posix()
    return f"{path}:{error.get('lastLine', '?')}: {error['message']}"


def unexcused_errors(roots: dict[str, Path], files: list[Path] | None = None) -> dict[str, tuple[list[str], set[str]]]:
    """For each named built site: the vnu errors not explained by a theme
    exception, and the exceptions that were used (so stale ones show).
    One vnu run covers every site (Java starts once); ``files`` narrows it."""
    roots = {name: root.resolve() for name, root in roots.items()}
    if files is None:
        files = [path for root in roots.values() for path in sorted(root.rglob("*.html"))]
    if not files:
        raise RuntimeError(f"no HTML files to validate under {list(roots.values())}")
    exceptions = theme_exceptions()
    results = {name: ([], set()) for name in roots}
    for error in vnu_errors(files):
        path = Path(error.get("url", "").removeprefix("file:"))
        # An error about no file in particular (vnu could not read one, say) counts against the first site.
        name, root = next(((n, r) for n, r in roots.items() if path.is_relative_to(r)), next(iter(roots.items())))
        if not path.is_relative_to(root):
            results[name][0].append(f"{error.get('url', '?')}: {error['message']}")
            continue
        unexcused, used = results[name]
        excuse = next((e for e in exceptions if e.excuses(error)), None)
        if excuse is None:
            unexcused.append(describe(error, root))
        else:
            used.add(excuse.extract)
    return results
