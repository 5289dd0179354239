"""mkdocs-macros entry point: load the data once and register the page macros.

The macros themselves are listed in macros/page_macros.py; the rendering
lives in macros/render/ and is unit-tested without a build.
"""

from __future__ import annotations

from .page_macros import MACROS, MacroContext
from .site import audience_of, data_for


def define_env(env) -> None:
    data = data_for(env.conf)
    env.variables["playbook"] = data.playbook
    # The theme's status banner (overrides/partials/status_banner.html) reads it here.
    env.conf["extra"]["playbook"] = data.playbook.model_dump()
    env.variables["audience"] = audience_of(env.conf)
    context = MacroContext(data, env, staff=audience_of(env.conf) == "staff")
    for name, make in MACROS.items():
        env.macro(make(context), name)
