"""`make parity`'s comparison (macros/cli/parity.py) on small hand-made sites:
one "built by MkDocs", one "by ProperDocs", alike but for what each test changes.
The end-to-end `make parity` is in tests/build/test_commands.py."""

import gzip
import json

import pytest

from macros.cli.parity import element_ids, site_differences

PAGE = """<!doctype html><html><head>
<meta name="generator" content="{generator}, mkdocs-material-9.8.2">
</head><body><h1 id="offer">Our offer</h1>
<div id="item-coaching"><p>Coaching</p><img id="logo" src="a.png"/></div>
</body></html>
"""
OFFER = {"items": [{"id": "coaching", "title": "Coaching", "tags": ["a", "b"]}], "version": "1.0"}
SITEMAP = "<urlset><url><loc>http://x/offer/</loc><lastmod>2026-12-04</lastmod></url></urlset>\n"


def write_site(folder, generator):
    (folder / "offer").mkdir(parents=True)
    (folder / "offer" / "index.html").write_text(PAGE.format(generator=generator), encoding="utf-8")
    (folder / "offer.json").write_text(json.dumps(OFFER), encoding="utf-8")
    (folder / "feed.xml").write_text("<rss><item><guid>a</guid></item></rss>\n", encoding="utf-8")
    (folder / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP.encode(), mtime=1))


@pytest.fixture
def sites(tmp_path):
    mkdocs, properdocs = tmp_path / "mkdocs", tmp_path / "properdocs"
    write_site(mkdocs, "mkdocs-1.6.1")
    write_site(properdocs, "mkdocs-ProperDocs 1.6.7")
    return mkdocs, properdocs


def test_sites_that_differ_only_in_the_engines_name_and_a_gzip_timestamp_are_alike(sites):
    mkdocs, properdocs = sites
    (properdocs / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP.encode(), mtime=2))
    assert (mkdocs / "sitemap.xml.gz").read_bytes() != (properdocs / "sitemap.xml.gz").read_bytes()
    assert site_differences(mkdocs, properdocs) == []


def test_element_ids_lists_every_id_in_document_order_self_closing_elements_included():
    assert element_ids(PAGE) == ["offer", "item-coaching", "logo"]


def test_a_missing_id_is_reported_with_its_page(sites):
    mkdocs, properdocs = sites
    page = properdocs / "offer" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace(' id="item-coaching"', ""), encoding="utf-8")
    assert site_differences(mkdocs, properdocs) == ["offer/index.html: id 'item-coaching' only with MkDocs"]


def test_a_changed_page_with_the_same_ids_is_reported_at_its_line(sites):
    mkdocs, properdocs = sites
    page = properdocs / "offer" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("<p>Coaching", "<p>Mentoring"), encoding="utf-8")
    # Shown from a little before the first different character (the C of Coaching, the 28th).
    assert site_differences(mkdocs, properdocs) == [
        "offer/index.html: line 4 differs at character 28: "
        "'=\"item-coaching\"><p>Coaching</p><img id=\"logo\" src=\"a.png\"/>' with MkDocs, "
        "'=\"item-coaching\"><p>Mentoring</p><img id=\"logo\" src=\"a.png\"/' with ProperDocs"]


def test_a_changed_json_value_is_reported_by_where_it_is(sites):
    mkdocs, properdocs = sites
    changed = {**OFFER, "items": [{**OFFER["items"][0], "title": "Mentoring", "owner": "x"}]}
    (properdocs / "offer.json").write_text(json.dumps(changed), encoding="utf-8")
    assert site_differences(mkdocs, properdocs) == [
        "offer.json: $.items[0].owner: only with ProperDocs",
        'offer.json: $.items[0].title: "Coaching" with MkDocs, "Mentoring" with ProperDocs',
    ]


def test_json_written_differently_but_with_the_same_values_is_alike(sites):
    mkdocs, properdocs = sites
    (properdocs / "offer.json").write_text(json.dumps(OFFER, indent=2, sort_keys=True), encoding="utf-8")
    assert site_differences(mkdocs, properdocs) == []


def test_a_file_built_by_one_engine_only_and_a_changed_feed_are_reported(sites):
    mkdocs, properdocs = sites
    (mkdocs / "delivery.json").write_text("{}", encoding="utf-8")
    (properdocs / "feed.xml").write_text("<rss><item><guid>b</guid></item></rss>\n", encoding="utf-8")
    (properdocs / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP.replace("12-04", "12-05").encode()))
    assert site_differences(mkdocs, properdocs) == [
        "delivery.json: built only by MkDocs",
        "feed.xml: line 1 differs at character 18: "
        "'<rss><item><guid>a</guid></item></rss>' with MkDocs, "
        "'<rss><item><guid>b</guid></item></rss>' with ProperDocs",
        # What the sitemap holds, not its gzip wrapping.
        "sitemap.xml.gz: line 1 differs at character 58: "
        "'c><lastmod>2026-12-04</lastmod></url></urlset>' with MkDocs, "
        "'c><lastmod>2026-12-05</lastmod></url></urlset>' with ProperDocs"]


def test_a_file_one_engine_cut_short_is_reported_where_it_ends(sites):
    mkdocs, properdocs = sites
    feed = (mkdocs / "feed.xml").read_text(encoding="utf-8")
    (mkdocs / "feed.xml").write_text(feed + "\n<!-- more -->\n", encoding="utf-8")
    (properdocs / "feed.xml").write_text(feed.rstrip("\n"), encoding="utf-8")
    assert site_differences(mkdocs, properdocs) == [
        "feed.xml: ends after line 1 with ProperDocs, goes on with MkDocs"]
