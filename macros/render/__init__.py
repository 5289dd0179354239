"""Renderers: plain functions from validated data to HTML, via Jinja templates.

Python only gathers and orders the data; the markup and the words around it
live in macros/render/templates/.  Autoescaping is on, so text from data
files (which editors write) can never inject HTML or script into a page.
"""

from __future__ import annotations

import functools
from pathlib import Path
from types import SimpleNamespace

import jinja2

from .. import addresses

TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    # Templates take the sites' addresses from the one module that works them out:
    # `{{ root }}{{ url.theme(story.theme) }}`, never a path of their own.
    env.globals["url"] = SimpleNamespace(story=addresses.story_url, theme=addresses.theme_url,
                                         organisation=addresses.organisation_url, tag=addresses.tag_url,
                                         measure=addresses.measure_url, unthemed=addresses.theme_url(
                                             addresses.UNTHEMED))
    return env


def render_template(template: str, /, **context) -> str:
    """A template rendered as it is (for whole pages and <pre> blocks)."""
    return environment().get_template(template).render(**context)


def render_partial(template: str, /, **context) -> str:
    """A template rendered as one raw HTML block for a Markdown page.

    Blank lines are dropped because Markdown ends a raw HTML block at a
    blank line and would then treat the rest as Markdown.
    """
    return "\n".join(line for line in render_template(template, **context).splitlines() if line.strip())
