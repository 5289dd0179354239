"""Running a `make` target in a fixture copy, as an editor or CI would.

A copy's .venv is a symlink to the repository's. If `make` found its install
stamp older than the copy's requirements.txt, it would reinstall, and the
shared .venv's editable install of the project would then point into the
copy, a temporary folder. `-o` tells make to take the stamp as up to date:
the tests use the environment they already run in.
"""

from __future__ import annotations

import os
import subprocess

STAMP = ".venv/.installed"


def make(project, *targets: str, env: dict | None = None, merged: bool = False) -> subprocess.CompletedProcess:
    """``make <targets>`` in the project; with ``merged``, stderr goes into
    stdout, in the order the command wrote them (as in a terminal or a pipe)."""
    return subprocess.run(["make", "--no-print-directory", "-o", STAMP, *targets], cwd=project.path, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT if merged else subprocess.PIPE,
                          env={**os.environ, **(env or {})}, timeout=300)
