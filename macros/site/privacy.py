"""What makes the public site's privacy page true by construction.

The privacy page (docs-public/privacy.md) says the site sets no cookies,
runs no analytics and loads nothing from other hosts.  The settings that
could break that are refused here, before anything is built.
"""

from __future__ import annotations

import re

_OTHER_HOST = re.compile(r"^([a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def _path_of(entry) -> str:
    # extra_javascript entries may be plain strings or {path: ..., async: ...}
    return str(getattr(entry, "path", entry))


def privacy_problems(config) -> list[str]:
    """Settings that would make the privacy page untrue, as messages naming the fix."""
    problems = []
    theme = config["theme"]
    if theme.get("font") is not False:
        problems.append("theme.font must be false: Material would load Google Fonts from another host")
    extra = config.get("extra") or {}
    for key in ("analytics", "consent"):
        if key in extra:
            problems.append(f"extra.{key} must not be set: the privacy page promises no analytics "
                            "and no cookies")
    for setting in ("extra_css", "extra_javascript"):
        for entry in config.get(setting) or []:
            if _OTHER_HOST.match(_path_of(entry)):
                problems.append(f"{setting} loads {_path_of(entry)} from another host; "
                                "copy the file into the site instead")
    for setting in ("logo", "favicon"):
        if theme.get(setting) and _OTHER_HOST.match(str(theme[setting])):
            problems.append(f"theme.{setting} is on another host; copy the file into the site instead")
    return problems
