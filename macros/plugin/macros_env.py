"""mkdocs-macros' entry: register every page macro with this build's data.

The macros are listed in macros/render/page_macros.py; the data comes from
the playbook plugin, which loaded and checked it in its ``on_config`` (it
is listed before ``macros`` in the sites' configs, so it runs first).
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from ..render.page_macros import MACROS, PageMacros
from ..site.story_pages import browse_indexes
from .playbook import PlaybookPlugin


def define_env(env) -> None:
    plugin = next((p for p in env.conf["plugins"].values() if isinstance(p, PlaybookPlugin)), None)
    if plugin is None or not hasattr(plugin, "data"):
        raise PluginError("the `playbook` plugin must be listed before `macros` under plugins:")
    env.variables["playbook"] = plugin.data.playbook
    env.variables["audience"] = plugin.config.audience
    env.variables["has_contacts"] = bool(plugin.data.contacts.contacts)
    macros = PageMacros(plugin.data, env, staff=plugin.staff, versioned=bool(env.conf["extra"].get("version")),
                        charts=plugin.charts, browse=browse_indexes(plugin.pages),
                        gaps=tuple(plugin.open_items), progress=plugin.progress)
    for name in MACROS:
        env.macro(_noting_its_page(getattr(macros, name), plugin.macro_pages[name], env), name)


def _noting_its_page(macro, pages: list[str], env):
    """``macro``, noting the URL of each page that calls it: offer.json points
    at the page that shows the offer, wherever an editor moves it."""
    def noted(*args, **kwargs):
        pages.append(env.page.url)
        return macro(*args, **kwargs)
    return noted
