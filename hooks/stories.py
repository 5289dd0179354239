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

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.feeds import FEED_LINKS, FeedSite, feed_files  # noqa: E402
from macros.privacy import privacy_problems  # noqa: E402
from macros.story_pages import add_generated, generated_html, story_pages  # noqa: E402
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
    site = FeedSite(config["site_name"], config["site_description"] or "",
                    config["site_url"].rstrip("/") + "/")
    return add_generated(files, config, story_pages(data, staff=False), feed_files(list(data.stories), site))


def on_page_content(html, page, **kwargs):
    return generated_html(html, page)
