"""The tests' own play book, built, as each reader meets it (issue 23): the
community's header and footer, the home page listing the navigation's own
groups, story pages with their facts, words explained on both sites, and
the editors' mistakes in the new fields as path:line lines."""

from __future__ import annotations

import re

import yaml
from support.html import Page

from macros.addresses import page_url


def header(html: str) -> str:
    return re.search(r'<header class="md-header ogic-header".*?</header>', html, re.S).group(0)


def footer(html: str) -> str:
    return re.search(r"<footer class=\"md-footer\">.*?</footer>", html, re.S).group(0)


def test_every_page_has_the_communitys_header_with_a_short_name_for_phones_and_no_logo(fixture_built):
    for site in ("playbook", "stories"):
        top = header(fixture_built.page(site, ""))
        assert "One Gloucestershire Improvement Community" in Page(top).text
        assert "ogic-header__name--short" in top
        assert "<img" not in top and "md-logo" not in top  # a text wordmark: no NHS logo, no other logo


def test_the_footer_links_to_the_pages_each_site_has_and_credits_no_theme(fixture_built):
    stories = Page(footer(fixture_built.page("stories", "")))
    assert "Made with" not in stories.text and "Material for MkDocs" not in stories.text
    # The fixture's public site has a contact page and a glossary, but no accessibility statement.
    assert "Contact us" in stories.text and "Words we use" in stories.text
    assert "Accessibility statement" not in stories.text
    assert "contact/" in stories.links()


def nav_files(nav) -> list[str]:
    files = []
    for entry in nav:
        target = next(iter(entry.values())) if isinstance(entry, dict) else entry
        files += nav_files(target) if isinstance(target, list) else [target]
    return files


def test_the_home_page_lists_every_page_of_the_navigation(fixture_built):
    config = yaml.load(fixture_built.read("mkdocs.yml"), Loader=yaml.BaseLoader)
    home = fixture_built.page("playbook", "")
    sections = re.search(r'<div class="ogic-sections">.*?</div>\s*</div>|<div class="ogic-sections">.*', home,
                         re.S).group(0)
    listed = set(Page(sections).links())
    expected = {page_url(file) for file in nav_files(config["nav"]) if file != "index.md"}
    assert listed == expected


def test_a_story_page_shows_its_organisation_or_the_partners_its_words_and_a_way_back(fixture_built):
    with_organisation = Page(fixture_built.page("stories", "stories/fixture-public-story/"))
    assert "Organisation Fixture Trust" in with_organisation.text
    without = Page(fixture_built.page("stories", "stories/fixture-second-story/"))
    assert "Organisation One Gloucestershire health and care partners" in without.text
    assert without.links().count("../") == 2  # back to the list of stories, at the top and at the end
    assert "Words used in this story" in without.text and "FWT (fixture waiting time)" in without.text
    home = Page(fixture_built.page("stories", "")).text
    assert "whose FWT (fixture waiting time) fell" in home  # the card spells it out


def test_the_glossary_shows_staff_what_is_to_be_confirmed_and_the_public_only_what_is_confirmed(fixture_built):
    staff = Page(fixture_built.page("playbook", "glossary/")).text
    public = Page(fixture_built.page("stories", "glossary/")).text
    assert "FWT" in staff and "FWT" in public
    assert "Meaning to be confirmed" in staff
    assert "CANARY" in staff and "CANARY" not in public


def test_an_offer_items_contact_must_be_in_the_contacts(fixture_site):
    fixture_site.replace("data/offer.yml", "    how_to_ask:", "    contact: nobody@example.org\n    how_to_ask:")
    line = fixture_site.line_of("data/offer.yml", "contact: nobody@example.org")
    assert fixture_site.problems() == [
        f"data/offer.yml:{line}: `items[1].contact` names 'nobody@example.org', which is not the email of anyone in "
        "data/contacts.yml; add them there first, or correct the address"]


def test_a_term_written_twice_in_the_glossary_is_one_line(fixture_site):
    fixture_site.write("data/glossary.yml", fixture_site.read("data/glossary.yml")
                       + "  - term: FWT\n    meaning: Again.\n")
    [line] = fixture_site.problems()
    assert line.startswith(f"data/glossary.yml:{fixture_site.line_of('data/glossary.yml', 'meaning: Again.') - 1}:")
