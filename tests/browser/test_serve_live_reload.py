"""`make serve PORT=…`, end to end, in Chromium, on a copy of the tests' own play book: a
mistake saved while it runs shows its `path:line` line in the browser, in place of the page
(a page made from data included), and the page comes back by itself once the file is fixed.
The time it takes is measured by `make bench` (bench/live.py), not here."""

from __future__ import annotations

import socket
import time
import urllib.request

MISTAKE = "data/stories/fixture-public-story.yml"
SECONDS = 60_000  # a generous bound for Playwright's waits (ms), not a target


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_served(url: str, server) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(server.stderr.read().decode() if server.poll() is not None else "make serve never answered")


def shows(text: str) -> str:
    return f"() => !!document.body && document.body.innerText.includes({text!r})"


def lacks(text: str) -> str:
    return f"() => !!document.body && !document.body.innerText.includes({text!r})"


def test_a_mistake_saved_while_serving_shows_in_the_browser_until_it_is_fixed(fixture_site, page):
    port = free_port()
    server = fixture_site.start("serve", f"PORT={port}")
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_until_served(base + "offer/", server)
        story = page.context.new_page()
        page.goto(base + "offer/")
        story.goto(base + "stories/fixture-public-story/")
        assert "Fixture offer" in page.inner_text("h1")

        good = fixture_site.read(MISTAKE)
        fixture_site.write(MISTAKE, good.replace("visibility: public", "visibility: everyone"))
        line = f"{MISTAKE}:{fixture_site.line_of(MISTAKE, 'visibility:')}: `visibility` must be one of"
        page.wait_for_function(shows(line), timeout=SECONDS)
        story.wait_for_function(shows(line), timeout=SECONDS)  # its page is not made while the data is wrong

        fixture_site.write(MISTAKE, good)
        page.wait_for_function(lacks(line), timeout=SECONDS)
        assert "Fixture offer" in page.inner_text("h1")
        story.wait_for_function(lacks(line), timeout=SECONDS)
        assert story.url.endswith("/stories/fixture-public-story/") and story.inner_text("h1")
    finally:
        fixture_site.stop(server)
