"""The whole play book on one print page: every page, every anchor working, ready for paper."""

import json
import re
from collections import Counter
from html import unescape

import yaml

from macros.site.print_book import BookPage, rebase, whole_book_html


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring MkDocs tags such as !ENV."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)


def nav_files(nav) -> list[str]:
    files = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        files += nav_files(value) if isinstance(value, list) else [value]
    return files


def built_url(file: str) -> str:
    return "" if file == "index.md" else file.removesuffix("/index.md").removesuffix(".md") + "/"


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html.replace("&para;", ""))).split())


def test_links_between_pages_become_links_within_the_print_page():
    stories = BookPage("stories/", "Stories", (
        '<h1 id="how">How</h1><article id="we-wait-well" aria-labelledby="we-wait-well-title">'
        '<h2 id="we-wait-well-title">We Wait Well</h2><a href="#we-wait-well">here</a>'
        '<a href="../offer/#qi-training">training</a><a href="../offer/">the offer</a>'
        '<a href="https://example.org/x">elsewhere</a><a href="mailto:a@b.c">mail</a>'
        '<img src="../assets/logo.png" alt="Logo"><a href="../other/page/">other</a></article>'))
    keys = {"offer/": "offer", "stories/": "stories"}
    html = rebase(stories, keys, "print/")
    assert '<h2 id="stories--how">How</h2>' in html
    assert '<article id="stories--we-wait-well" aria-labelledby="stories--we-wait-well-title">' in html
    assert '<h3 id="stories--we-wait-well-title">We Wait Well</h3>' in html
    assert '<a href="#stories--we-wait-well">here</a>' in html
    assert '<a href="#offer--qi-training">training</a>' in html
    assert '<a href="#offer">the offer</a>' in html
    assert '<a href="https://example.org/x">elsewhere</a>' in html and 'href="mailto:a@b.c"' in html
    assert 'src="../assets/logo.png"' in html and 'href="../other/page/"' in html
    home = rebase(BookPage("", "Home", '<a href="offer/">offer</a><img src="assets/a.png" alt="">'), keys, "print/")
    assert 'href="#offer"' in home and 'src="../assets/a.png"' in home


def test_the_book_opens_with_a_contents_list_in_navigation_order():
    pages = [BookPage("", "Home", "<p>a</p>"), BookPage("offer/", "Offer", "<pre>x\n\ny</pre>")]
    html = whole_book_html(pages, "print/")
    assert html.index('<a href="#home">Home</a>') < html.index('<a href="#offer">Offer</a>')
    assert '<section class="ogic-print-section" id="offer">' in html
    assert "<pre>x\n\ny</pre>" in html, "preformatted text keeps its blank lines"


def test_the_print_page_holds_every_page_of_the_play_book(built):
    config = yaml.load(built.read("mkdocs.yml"), Loader=_AnyTag)
    html = built.read("site/playbook/print/index.html")
    assert len(re.findall(r"<h1[\s>]", html)) == 1, "one top-level heading: the print page's own"
    files = [f for f in nav_files(config["nav"]) if f != "print.md"]
    assert len(files) >= 3
    for file in files:
        page = built.read(f"site/playbook/{built_url(file)}index.html")
        title = text_of(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
        headings = [text_of(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)]
        assert title in headings, f"{file}'s heading {title!r} is not on the print page"


def test_every_anchor_on_the_print_page_resolves_and_ids_are_unique(built):
    html = built.read("site/playbook/print/index.html")
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    broken = [h for h in re.findall(r'href="#([^"]+)"', html) if h not in set(ids)]
    assert broken == []
    for reference in re.findall(r'aria-(?:labelledby|describedby)="([^"]+)"', html):
        assert set(reference.split()) <= set(ids), reference


def test_the_print_page_shows_the_data_and_its_own_stylesheet(built):
    html = built.read("site/playbook/print/index.html")
    identity = yaml.safe_load(built.read("data/playbook.yml"))
    assert f"version {identity['version']}: {identity['status_label'].lower()}." in text_of(html), \
        "a printed draft must say which version it is and that it is a draft"
    for item_id in re.findall(r"^  - id: (\S+)", built.read("data/offer.yml"), re.M):
        assert re.search(rf'id="[a-z0-9-]+--{item_id}"', html), f"offer item {item_id} is missing"
    for story in (built.path / "data" / "stories").glob("*.yml"):
        title = yaml.safe_load(story.read_text(encoding="utf-8"))["title"]
        assert title in unescape(html), f"story {title!r} is missing"
    assert 'href="../assets/stylesheets/print.css"' in html
    css = built.read("site/playbook/assets/stylesheets/print.css")
    assert "@media print" in css and "break-before: page" in css


def test_the_print_page_is_in_the_navigation_but_not_in_search(built):
    assert 'href="print/"' in built.read("site/playbook/index.html")
    index = json.loads(built.read("site/playbook/search/search_index.json"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("print/")]
    assert "print" not in "".join(p.name for p in (built.path / "site" / "stories").iterdir())
