"""Small renderers used on many pages."""

from __future__ import annotations

from . import render_partial


def render_to_be_agreed(what: str, place: str = "play book") -> str:
    """The honest state for content the source does not (yet) give.
    ``place`` names what is incomplete: the public site passes "site"."""
    return render_partial("to_be_agreed.html", what=what, place=place)
