"""Built pages request nothing from any other host (macros/pages/other_hosts.py),
end to end on copies of the tests' own play book, built in this process: an
editor's page that would is one `path:line` line from `make check` and `make
build` alike, on both sites; and the build's own scan of every page it made
stops a request that the theme writes (the unit tests cover each form)."""

from __future__ import annotations

PARTIAL = "overrides/partials/copyright.html"


def test_a_page_that_would_fetch_from_another_host_is_the_same_line_from_check_and_build(fixture_site):
    fixture_site.write("docs/glossary.md", fixture_site.read("docs/glossary.md")
                       + "\n![Partner logo](https://www.example.com/logo.png)\n")
    fixture_site.write("docs-public/glossary.md", fixture_site.read("docs-public/glossary.md")
                       + '\n<script src="https://cdn.example.com/x.js"></script>\n')
    staff = (f"docs/glossary.md:{fixture_site.line_of('docs/glossary.md', 'Partner logo')}: the image "
             "`https://www.example.com/logo.png` would be fetched from another host as the page is shown, and "
             "built pages request nothing from any other host; put the file in docs/ (for example "
             "docs/assets/logo.png) and link to it relative to this page (assets/logo.png)")
    public = (f"docs-public/glossary.md:{fixture_site.line_of('docs-public/glossary.md', 'cdn.example.com')}: "
              "the script `https://cdn.example.com/x.js` would be fetched from another host as the page is shown, "
              "and built pages request nothing from any other host; put the file in docs-public/ (for example "
              "docs-public/assets/x.js) and link to it relative to this page (assets/x.js)")
    problems = fixture_site.problems()
    assert staff in problems and public in problems
    for site, line in (("playbook", staff), ("stories", public)):
        result = fixture_site.build(site)
        assert not result.ok and line in result.output.splitlines(), result.output


def test_a_request_the_theme_makes_stops_each_sites_build_at_its_line(fixture_site):
    fixture_site.write(PARTIAL, fixture_site.read(PARTIAL)
                       + '\n<img src="https://tracker.example.com/pixel.gif" alt="">\n')
    line = fixture_site.line_of(PARTIAL, "tracker.example.com")
    assert fixture_site.problems() == []  # only a build sees what the theme writes
    for site, folder in (("playbook", "docs"), ("stories", "docs-public")):
        result = fixture_site.build(site)
        assert not result.ok
        expected = (f"{PARTIAL}:{line}: the image `https://tracker.example.com/pixel.gif` would be fetched from "
                    "another host as the built pages are shown, and built pages request nothing from any other "
                    f"host; serve the file from the site itself (from {folder}/assets/, or overrides/assets/ for "
                    "the theme) and link to it relatively")
        assert result.output.count(expected) == 1, result.output  # once, however many pages show it
