"""The targets the Makefile has a rule for: what the workflows and CONTRIBUTING.md may call."""

import re

from support.projects import REPO


def makefile_targets() -> set[str]:
    """Targets that have a rule in the Makefile (not merely a .PHONY declaration)."""
    targets = set()
    for line in (REPO / "Makefile").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([^\s#.=:][^=:]*?)\s*::?(?!=)", line)
        if match:
            targets.update(match.group(1).split())
    return targets
