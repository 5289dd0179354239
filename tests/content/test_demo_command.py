"""`make demo`, end to end, on a copy of the repository: it serves the play
book at http://127.0.0.1:8000/ with the example data, every page saying so,
and writes nothing into data/ or site/."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request

ADDRESS = ("127.0.0.1", 8000)


def free(address) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(address) != 0


def test_make_demo_serves_the_play_book_with_example_data(repository):
    assert free(ADDRESS), "something else is serving on 127.0.0.1:8000; stop it and run the tests again"
    before = sorted(path.relative_to(repository.path) for path in (repository.path / "data").rglob("*"))
    server = subprocess.Popen(["make", "--no-print-directory", "-o", ".venv/.installed", "demo"],
                              cwd=repository.path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    try:
        html, deadline = None, time.monotonic() + 90
        while html is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen("http://127.0.0.1:8000/measures/", timeout=5) as response:
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
