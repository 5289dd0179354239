"""MkDocs hooks for the public stories site: thin wrappers around macros/ functions.

Adds the generated pages (one per public story, and the browse pages) and
the feeds to the site's files, all made from ``data_for(config)``: the data
after ``SiteData.public_only()``, the single filter for the public site.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.feeds import FEED_LINKS, FeedSite, feed_files  # noqa: E402
from macros.privacy import privacy_problems  # noqa: E402
from macros.public_site import public_pages  # noqa: E402
from macros.site import audience_of, data_for  # noqa: E402


def on_config(config):
    problems = privacy_problems(config)
    if audience_of(config) != "public":
        problems.append("hooks/stories.py belongs to the public site (extra.audience: public) only")
    if not config["site_url"]:
        problems.append("site_url must be set: the feeds and the sitemap need absolute links")
    if problems:
        raise PluginError(f"{config['config_file_path']}: " + "; ".join(problems))
    config["extra"]["feeds"] = FEED_LINKS  # for overrides/partials/feed_links.html
    return config


# Priority 50: add the pages before other plugins (search, macros) look at the files.
@event_priority(50)
def on_files(files, config):
    data = data_for(config)
    generated = {page.uri: page for page in public_pages(data)}
    site = FeedSite(config["site_name"], config["site_description"] or "",
                    config["site_url"].rstrip("/") + "/")
    feeds = feed_files(list(data.stories), site)
    for uri in [*generated, *feeds]:
        if files.get_file_from_path(uri) is not None:
            raise PluginError(f"{Path(config['docs_dir']).name}/{uri} has the address of a generated "
                              "page or feed; rename or remove it")
    for uri, page in generated.items():
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, uri, content=page.markdown(), inclusion=inclusion))
    for name, content in feeds.items():
        files.append(File.generated(config, name, content=content))
    return files
