"""What `make check` knows of the public site's pages without building it:
each macro they call is tried as the public site's build calls it, with the
public site's data, so that a page asking for what the public site never
publishes (a staff-only dataset, the Board's progress report) is the same
``path:line`` line from `make check` as from `make build`."""

from __future__ import annotations

import datetime as dt
import inspect
from types import SimpleNamespace

from ..analysis.measures import MeasureCharts
from ..analysis.projects import pdsa_annotations
from ..data import DataError, NotOnThisSite, SiteData
from ..pages.index import PageIndex
from ..render.page_macros import MACROS, MacroMisuse, PageMacros

PUBLIC_PAGES = "docs-public"


def public_macro_problems(data: SiteData, pages: PageIndex, today: dt.date) -> list[DataError]:
    """Each call, on a public page, of a macro the public site cannot show: its ``path:line`` line."""
    calls = [call for page in pages.in_folder(PUBLIC_PAGES) for call in page.calls if call.name in MACROS]
    if not calls:
        return []
    public = data.public_only()
    charts = MeasureCharts.of(public.measures, public.spc, pdsa_annotations(public.projects))
    problems = []
    for call in calls:
        # Enough of mkdocs-macros' environment for a macro to know its page (the navigation is not needed
        # to know whether a macro may be called at all: a macro that reads it cannot be misused).
        env = SimpleNamespace(page=SimpleNamespace(url=call.url), variables={"navigation": SimpleNamespace(items=[])})
        macros = PageMacros(public, env, staff=False, versioned=False, charts=charts, browse=(), today=today)
        needed = [p for p in MACROS[call.name].parameters.values() if p.default is inspect.Parameter.empty]
        arguments = [call.text] if needed and call.text is not None else []
        try:
            getattr(macros, call.name)(*arguments)
        except (MacroMisuse, NotOnThisSite) as exc:
            problems.append(DataError(call.path, call.line, f"`{{{{ {call.name}() }}}}`: {exc}"))
        except TypeError:
            continue  # called with arguments only the build can give it: the build tries it
    return problems
