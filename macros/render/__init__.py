"""Renderers: plain functions from validated data to HTML, via Jinja partials.

Python only gathers and orders the data; the markup lives in
overrides/partials/content/.  Autoescaping is on, so text from data files
(which editors write) can never inject HTML or script into a page.
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

PARTIALS = Path(__file__).resolve().parents[2] / "overrides" / "partials" / "content"


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(PARTIALS),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render_partial(name: str, **context) -> str:
    """Render a partial as one raw HTML block.

    Blank lines are dropped because Markdown ends a raw HTML block at a
    blank line and would then treat the rest as Markdown.
    """
    html = _environment().get_template(name).render(**context)
    return "\n".join(line for line in html.splitlines() if line.strip())
