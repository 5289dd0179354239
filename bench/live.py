"""Live reload: how long after saving a story file `mkdocs serve` shows the change."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

TIMEOUT = 300  # seconds; a bound, not a target


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, text: str, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8", "replace"):
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def edit_latency(project: Path, config: str, page: str, mistake: bool = False) -> float:
    """Seconds from saving a story to the served page showing it: its new title, or,
    with ``mistake``, the path:line line of a mistake written into it."""
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", config, "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/{page}"
        story = project / "data" / "stories" / "synthetic-00007.yml"
        text = story.read_text()
        if mistake:  # a page made from data is not made while its data has a mistake: watch the home page
            url = f"http://127.0.0.1:{port}/"
        title = re.search(r"^title: (.*)$", text, re.M).group(1)
        if not _wait_for(url, "Improvement" if mistake else title, time.monotonic() + TIMEOUT):
            raise RuntimeError(f"mkdocs serve -f {config} did not come up")
        marker = f"Edited story {time.time_ns()}"
        if mistake:
            marker = "`visibility` must be one of"
            story.write_text(re.sub(r"^visibility: .*$", "visibility: everyone", text, count=1, flags=re.M))
        else:
            story.write_text(text.replace(f"title: {title}", f"title: {marker}", 1))
        start = time.monotonic()
        if not _wait_for(url, marker, start + TIMEOUT):
            raise RuntimeError("the edit never appeared")
        return time.monotonic() - start
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        story.write_text(text)


def edit_latencies(project: Path) -> dict[str, float]:
    return {
        "staff play book (make serve)": edit_latency(project, "mkdocs.yml", "stories/synthetic-00007/"),
        "a mistake shown (make serve)": edit_latency(project, "mkdocs.yml", "stories/synthetic-00007/",
                                                     mistake=True),
        "stories site (make serve-stories)": edit_latency(project, "mkdocs.stories.yml",
                                                          "stories/synthetic-00007/"),
    }
