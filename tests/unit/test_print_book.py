"""The whole play book on one print page: each page's ids, links and headings rewritten to live
inside it, in navigation order. Plain functions on HTML written here; the built print page is
checked in tests/build/test_print_page_in_site.py."""

from macros.site.print_book import BookPage, rebase, whole_book_html


def test_links_between_pages_become_links_within_the_print_page():
    stories = BookPage("stories/", "Stories", (
        '<h1 id="how">How</h1><article id="a-story" aria-labelledby="a-story-title">'
        '<h2 id="a-story-title">A story</h2><a href="#a-story">here</a>'
        '<a href="../offer/#an-item">training</a><a href="../offer/">the offer</a>'
        '<a href="https://example.org/x">elsewhere</a><a href="mailto:a@b.c">mail</a>'
        '<img src="../assets/logo.png" alt="Logo"><a href="../other/page/">other</a></article>'))
    keys = {"offer/": "offer", "stories/": "stories"}
    html = rebase(stories, keys, "print/")
    # Ids and the references to them take the page's key; headings move one level down.
    assert '<h2 id="stories--how">How</h2>' in html
    assert '<article id="stories--a-story" aria-labelledby="stories--a-story-title">' in html
    assert '<h3 id="stories--a-story-title">A story</h3>' in html
    assert '<a href="#stories--a-story">here</a>' in html
    # Links to pages in the book (with or without an anchor) stay on the print page.
    assert '<a href="#offer--an-item">training</a>' in html
    assert '<a href="#offer">the offer</a>' in html
    # Other sites, mail, and relative links to pages not in the book are left as they are.
    assert '<a href="https://example.org/x">elsewhere</a>' in html and 'href="mailto:a@b.c"' in html
    assert 'src="../assets/logo.png"' in html and 'href="../other/page/"' in html
    # The home page's relative links are re-based on the print page's address.
    home = rebase(BookPage("", "Home", '<a href="offer/">offer</a><img src="assets/a.png" alt="">'), keys, "print/")
    assert 'href="#offer"' in home and 'src="../assets/a.png"' in home


def test_a_drawings_paint_that_names_an_element_of_the_page_follows_its_new_id():
    chart = BookPage("plan/", "Plan", '<svg><defs><pattern id="c-fill-on-track"></pattern></defs>'
                                      '<rect fill="url(#c-fill-on-track)"/><rect fill="#ffffff"/></svg>')
    html = rebase(chart, {"plan/": "plan"}, "print/")
    assert 'id="plan--c-fill-on-track"' in html and 'fill="url(#plan--c-fill-on-track)"' in html
    assert 'fill="#ffffff"' in html


def test_the_book_opens_with_a_contents_list_in_navigation_order():
    pages = [BookPage("", "Home", "<p>a</p>"), BookPage("offer/", "Offer", "<pre>x\n\ny</pre>")]
    html = whole_book_html(pages, "print/")
    assert html.index('<a href="#home">Home</a>') < html.index('<a href="#offer">Offer</a>')
    assert '<section class="ogic-print-section" id="offer">' in html
    assert "<pre>x\n\ny</pre>" in html, "preformatted text keeps its blank lines"
