"""`make demo`, end to end, on a copy of the repository: it serves the play
book (at http://127.0.0.1:8000/ by default; here on a free port, so that a
`make serve` left running does not get in the way) with the example data,
every page saying so, and writes nothing into data/ or site/."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_make_demo_serves_the_play_book_with_example_data(repository):
    port = free_port()
    before = sorted(path.relative_to(repository.path) for path in (repository.path / "data").rglob("*"))
    server = subprocess.Popen(["make", "--no-print-directory", "-o", ".venv/.installed", "demo",
                               f"DEMO_ADDRESS=127.0.0.1:{port}"],
                              cwd=repository.path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        html, deadline = None, time.monotonic() + 90
        while html is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/measures/", timeout=5) as response:
                    html = response.read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        assert html is not None, server.stderr.read().decode() if server.poll() is not None else "no answer"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    assert "Example data</strong>" in html and "(example)" in html
    assert sorted(path.relative_to(repository.path) for path in (repository.path / "data").rglob("*")) == before
    assert not (repository.path / "site").exists()
