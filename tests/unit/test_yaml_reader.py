"""The strict YAML reader: every kind of bad input gives its path and line."""

import pytest

from macros.data.errors import DataErrors
from macros.data.yaml_reader import parse_yaml, read_yaml


def error_lines(callable_, *args):
    with pytest.raises(DataErrors) as caught:
        callable_(*args)
    return caught.value.lines()


def test_reads_plain_data_and_remembers_lines():
    document = parse_yaml("title: A\nitems:\n  - id: one\n  - id: two\n", "data/x.yml")
    assert document.data == {"title": "A", "items": [{"id": "one"}, {"id": "two"}]}
    assert document.line_of(("items", 1, "id")) == 4
    assert document.line_of(("items", 1, "missing")) == 4
    assert document.line_of(("title",)) == 1


def test_duplicate_key_is_an_error_at_the_second_key():
    lines = error_lines(parse_yaml, "title: A\nsummary: B\ntitle: C\n", "data/x.yml")
    assert lines == ["data/x.yml:3: duplicate key `title` (first used on line 1); keep one of them"]


def test_duplicate_key_in_a_nested_mapping():
    text = "items:\n  - id: a\n    title: x\n    id: b\n"
    assert error_lines(parse_yaml, text, "data/x.yml")[0].startswith("data/x.yml:4: duplicate key `id`")


def test_python_tag_is_refused_and_never_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = f'title: !!python/object/apply:os.system ["touch {marker}"]\n'
    lines = error_lines(parse_yaml, text, "data/x.yml")
    assert lines[0].startswith("data/x.yml:1: the tag !!python/object/apply:os.system is not allowed")
    assert not marker.exists()


def test_custom_scalar_tag_is_refused():
    lines = error_lines(parse_yaml, "a: 1\nb: !secret x\n", "data/x.yml")
    assert lines[0].startswith("data/x.yml:2: the tag !secret is not allowed")


def test_an_unclosed_quote_is_reported_on_its_own_line():
    lines = error_lines(parse_yaml, "title: ok\nsummary: 'unclosed\nvisibility: public\n", "data/x.yml")
    assert lines == ["data/x.yml:2: the quote `'` opened on this line is never closed; close it, or remove it"]


def test_bad_indentation_gives_its_line():
    lines = error_lines(parse_yaml, "title: ok\n  summary: bad\n", "data/x.yml")
    assert lines == ["data/x.yml:2: `summary:` is indented further than `title:` above it, so YAML reads it as more "
                     "of that field's value; line it up with `title:`"]


def test_a_colon_inside_a_value_is_told_to_go_in_quotes():
    lines = error_lines(parse_yaml, "title: Waiting well: a story\n", "data/x.yml")
    assert lines == ["data/x.yml:1: this line has a `: ` that YAML cannot read as a field: if the value holds `: `, "
                     'put it in quotes (title: "Waiting well: a story"); else check the indentation']


@pytest.mark.parametrize("text", ["title: A\nwhat_we_did:\n\t- one\n", "title: A\n\ttags: [a]\n",
                                  "title: A\nteams:\n  - a\n\t- b\n"])
def test_a_tab_is_named_wherever_it_is(text):
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "\t" in row)
    assert error_lines(parse_yaml, text, "data/x.yml") == [
        f"data/x.yml:{line}: a tab character: YAML must be indented with spaces, never tabs; "
        "replace the tab with spaces"]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file_is_an_error(text):
    assert error_lines(parse_yaml, text, "data/x.yml") == [
        "data/x.yml:1: the file is empty; add its fields (see CONTRIBUTING.md)"]


def test_non_utf8_bytes_give_the_line_of_the_first_bad_byte(tmp_path):
    (tmp_path / "data").mkdir()
    file = tmp_path / "data" / "x.yml"
    file.write_bytes("title: ok\nsummary: caf\xe9\n".encode("latin-1"))
    lines = error_lines(read_yaml, file, tmp_path)
    assert lines == ["data/x.yml:2: the file is not UTF-8 text; save it as UTF-8 and retype this line"]


def test_line_offset_applies_to_front_matter():
    lines = error_lines(parse_yaml, "owner: a\nowner: b\n", "docs/p.md", 1)
    assert lines[0].startswith("docs/p.md:3: duplicate key `owner`")


NO_COLON = ("this line has no `:` after its field name; write `field: value`, or, if it goes on from the line "
            "above, indent it further")


@pytest.mark.parametrize("text, line, message", [
    # The parser notices these lines later (at a comment, a blank line or the end): the line is the mistake's.
    ("title: A\nsummary: s\nvisibility: public\nteams:\n  - a\nsource Told by us\n# a comment\nfeatured: true\n",
     6, NO_COLON),
    ("title: A\nsummary s\n\n# a comment\nvisibility: public\n", 2, NO_COLON),
    ("title: A\nsummary: It goes on\nand on\nvisibility: public\n", 3, NO_COLON),
    ("title: A\nsummary: 'never closed\nvisibility: public\nteams: [a]\n\n# the end\n", 2,
     "the quote `'` opened on this line is never closed; close it, or remove it"),
    ('title: "A\n\n\nsummary: s\n', 1, 'the quote `"` opened on this line is never closed; close it, or remove it'),
    ("title: A\ntags: [one, two\nsummary: s\n", 2, "the `[` opened on this line is not closed where it should be: "
                                                   "close it with `]`, and put a value holding `,`, `[` or `{` in "
                                                   "quotes"),
    ("title: A\nsummary: s\n---\ntitle: B\n", 3, "a second document starts here (a `---` line); a data file holds "
                                                 "one: remove the line"),
    ("title: A\nsummary: @team\n", 2, 'a value cannot start with `@`; put the value in quotes (summary: "@team: '
                                      'our work")'),
    # Found by an editor's trial: each says what the mistake is, on its own line.
    ('title: "Hospital at home\nsummary: s\nteams:\n  - a\nsource: "told"\nperiod: x\n', 1,
     'the quote `"` opened on this line is not closed on it, so YAML reads the lines after it as more of the text, '
     "up to line 5: close the quote on this line (for text over several lines, write `>-` after the field's name "
     "and the text on the lines below it)"),
    ("title: 'Siân's story'\nsummary: s\n", 1, "the value's single quotes end at the apostrophe in `Siân's`; write "
                                               "the apostrophe twice (`'Siân''s story'`), or put the value in double "
                                               "quotes"),
    ("teams:\n  - ward-a\n  -ward-b\nsummary: s\n", 3, "a list's item needs a space after its `-`: write `- ward-b`"),
    ("teams:\n  - ward-a\n    - ward-b\nsummary: s\n", 3, "this item's `- ` is indented further than the item "
                                                          "above it, so YAML reads it as more of that item's text; "
                                                          "line it up with the `- ` above"),
    ("outcomes:\n  - value: 12\n    description: fewer falls\n      period: 25/26\n", 4,
     "`period:` is indented further than `description:` above it, so YAML reads it as more of that field's value; "
     "line it up with `description:`"),
    ("outcomes:\n  - value: 12\n    period: 25/26\n   description: fewer falls\n", 4,
     "this line is not lined up with the fields above it: line it up with them, or, if it starts a new item of the "
     "list, begin it with `- `"),
])
def test_a_syntax_error_is_reported_on_the_line_of_the_mistake(text, line, message):
    assert error_lines(parse_yaml, text, "data/x.yml") == [f"data/x.yml:{line}: {message}"]


def test_a_syntax_error_in_front_matter_counts_the_page_s_lines():
    assert error_lines(parse_yaml, "owner: a\nreview_in 6 months\n# note\n", "docs/p.md", 1) == [
        f"docs/p.md:3: {NO_COLON}"]


def test_text_after_a_hash_with_no_space_is_not_silently_dropped():
    document = parse_yaml("title: A\nperiod: 25/26 #1 in region\nnote: kept  # a note for editors\n", "data/x.yml",
                          partly=True)
    assert [str(problem) for problem in document.problems] == [
        "data/x.yml:2: `#1 in region` is read as a note for editors and left out of `period` (YAML reads ` #` as "
        'the start of one); if it is part of the value, put the whole value in quotes (period: "25/26 #1 in '
        'region"); if it is a note, write a space after `#`']
    # A note written as one (a space after #), a # inside a word or in quotes: as ever.
    assert parse_yaml("a: b  # why\nc: d#e\nf: 'g #h'\n", "data/x.yml").data == {"a": "b", "c": "d#e", "f": "g #h"}


@pytest.mark.parametrize("text", [
    "source: Section 3, How we are\n  - a spotlight on improvements\n",  # ` - ` in a text, not a list
    "outcomes:\n  - value: 1\n    source: s\n    meaning: |\n      Our note.\n        source: not a field\n",
    "b: -x\n",
])
def test_valid_layouts_like_the_mistakes_are_read_as_written(text):
    assert not parse_yaml(text, "data/x.yml", partly=True).problems


def test_a_list_item_without_its_space_is_said_on_its_own_line():
    text = "what_we_did:\n  -Proactively called\n  - A personalised plan\n"
    assert error_lines(parse_yaml, text, "data/x.yml") == [
        "data/x.yml:2: a list's item needs a space after its `-`: write `- Proactively called`"]


def test_a_colon_in_the_first_field_under_another_is_told_to_go_in_quotes():
    lines = error_lines(parse_yaml, "terms:\n  - term: QI: quality\n", "data/x.yml")
    assert lines == ["data/x.yml:2: this line has a `: ` that YAML cannot read as a field: if the value holds `: `, "
                     'put it in quotes (title: "Waiting well: a story"); else check the indentation']
