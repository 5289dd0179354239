"""mkdocs-macros' entry: register every page macro with this build's data.

The macros are listed in macros/render/page_macros.py; the data comes from
the playbook plugin, which loaded and checked it in its ``on_config`` (it
is listed before ``macros`` in the sites' configs, so it runs first).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from ..data import DataError, NotOnThisSite
from ..render.page_macros import MACROS, MacroMisuse, PageMacros
from ..site.story_pages import browse_indexes
from .playbook import PlaybookPlugin
from .state import Build


def define_env(env) -> None:
    plugin = next((p for p in env.conf["plugins"].values() if isinstance(p, PlaybookPlugin)), None)
    if plugin is not None and plugin.build is None and plugin.problems:
        return  # serving with mistakes: the pages show them, and no page runs a macro
    if plugin is None or plugin.build is None:
        raise PluginError("the `playbook` plugin must be listed before `macros` under plugins:")
    build = plugin.build
    env.variables["playbook"] = build.data.playbook
    env.variables["audience"] = plugin.config.audience
    env.variables["has_contacts"] = bool(build.data.contacts.contacts)
    macros = PageMacros(build.data, env, staff=build.staff, versioned=bool(env.conf["extra"].get("version")),
                        charts=build.charts, browse=browse_indexes(build.generated),
                        gaps=tuple(build.open_items), progress=build.progress, today=build.today,
                        register_url=build.register_url)
    for name in MACROS:
        env.macro(_reporting_misuse(getattr(macros, name), name, env, build), name)


def _reporting_misuse(macro, name: str, env, build: Build):
    """``macro``, turning a page's misuse of it (a macro for the play book on the
    public site, say) into the call's ``path:line: message`` line, which the
    plugin prints once every page is made, instead of a traceback; its HTML
    blocks held out of Markdown (the plugin puts them back after it)."""
    def call(*args, **kwargs):
        try:
            return build.held_in(env.page.file.src_uri).hold(macro(*args, **kwargs))
        except (MacroMisuse, NotOnThisSite) as exc:
            path = Path(env.page.file.abs_src_path).resolve().relative_to(build.root).as_posix()
            page = next((p for p in build.pages.pages if p.path == path), None)
            line = next((c.line for c in page.calls if c.name == name), 1) if page else 1
            build.macro_problems.append(DataError(path, line, f"`{{{{ {name}() }}}}`: {exc}"))
            return ""
    return call
