"""Where the play book links the public stories site: the site's address when the config
gives one; while serving without it, where `make serve-stories` serves (STORIES_PORT)."""

from __future__ import annotations

from macros.plugin.playbook import PlaybookPlugin


def plugin(serving: bool, public_site_url: str | None = None) -> PlaybookPlugin:
    made = PlaybookPlugin()
    made.load_config({"audience": "staff", "public_site_url": public_site_url})
    made.serving = serving
    return made


def test_while_serving_it_links_where_the_stories_site_is_served(monkeypatch):
    monkeypatch.delenv("PLAYBOOK_STORIES_SITE", raising=False)
    assert plugin(serving=True)._public_site_url() == "http://127.0.0.1:8001/"
    monkeypatch.setenv("PLAYBOOK_STORIES_SITE", "http://127.0.0.1:8011/")
    assert plugin(serving=True)._public_site_url() == "http://127.0.0.1:8011/"


def test_a_build_links_only_the_address_its_config_gives(monkeypatch):
    monkeypatch.setenv("PLAYBOOK_STORIES_SITE", "http://127.0.0.1:8011/")
    assert plugin(serving=False)._public_site_url() is None
    assert plugin(serving=True, public_site_url="https://stories.example.org/")._public_site_url() \
        == "https://stories.example.org/"
