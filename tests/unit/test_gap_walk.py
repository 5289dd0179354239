"""The walk that checks `to_be_confirmed` lists (macros/data/checks/gaps.py) reaches a
record with gaps however deep it lies, and skips what cannot hold one (a measure's points)."""

from __future__ import annotations

from macros.data.checks.gaps import _holds_gaps, _walk
from macros.data.models.base import Model, WithGaps
from macros.data.yaml_reader import parse_yaml


class Leaf(WithGaps):
    name: str | None = None


class Branch(Model):
    leaves: list[Leaf] = []


class Trunk(Model):
    branch: Branch | None = None


class Value(Model):
    value: int


class Tree(Model):
    values: list[Value] = []
    children: list[Tree] = []


Tree.model_rebuild()

TEXT = "branch:\n  leaves:\n    - name: A\n    - to_be_confirmed: [nmae]\n"


def test_a_record_with_gaps_deep_inside_another_is_found_and_its_mistake_said_on_its_line():
    assert _holds_gaps(Trunk) and _holds_gaps(Leaf)
    document = parse_yaml(TEXT, "data/trunk.yml")
    [error] = _walk(Trunk.model_validate(document.data), document, ())
    assert error.line == 4 and "`branch.leaves[2].to_be_confirmed` names `nmae`" in error.message


def test_a_model_that_cannot_hold_a_gap_is_not_walked_even_when_it_holds_itself():
    assert not _holds_gaps(Value) and not _holds_gaps(Tree)
    tree = Tree.model_validate({"values": [{"value": 1}], "children": [{"children": [{}]}]})
    assert _walk(tree, parse_yaml("values: []\n", "data/tree.yml"), ()) == []
