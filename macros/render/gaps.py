"""The two kinds of gap a page can state in its own words (templates/gaps.html)."""

from __future__ import annotations

from . import render_partial


def render_to_be_agreed(what: str, place: str = "play book") -> str:
    """What partners have still to decide. ``place`` names what is incomplete."""
    return render_partial("to_be_agreed.html", what=what, place=place)


def render_to_be_confirmed(what: str) -> str:
    """What exists and is still to be supplied."""
    return render_partial("to_be_confirmed.html", what=what)
