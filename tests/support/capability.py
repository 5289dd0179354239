"""The tests' own play book with two organisations' capability figures.

Its guidance is the source's example: 15 to 20 internal experts and 150 to 200
quality coaches for 4,000 staff. The champion's name, role and email, the notes
and a programme carry canary text that must never reach site/stories/; a public
page calls the register and the calculator, to show that the public site has no
capability data to show. Built once for the run (``capability_built``,
tests/conftest.py): the built pages are read in tests/build, the calculator is
used in a browser in tests/browser.
"""

from __future__ import annotations

from pathlib import Path

from .projects import Project, fixture_project

CANARY = "canary"  # looked for in lower case: e-mail addresses are lower case

TRUST = """\
headcount: 4000
as_of: 2024-03-31
internal_experts: 17
quality_coaches: 120
trained:
  - programme: Programme Canary
    count: 400
notes: Notes canary.
champions:
  - name: Champion Canary Person
    role: Role canary
    email: champion.canary@example.org
    consent: true
  - name: Second Champion
    role: QI coach
    email: second.champion@example.org
    consent: true
    organisation: fixture-council
"""
COUNCIL = """\
headcount: 1000
as_of: 2024-01-31
internal_experts: 0
quality_coaches: 60
"""
PUBLIC_PAGE = """\
---
owner: Fixture team
last_reviewed: 2026-01-15
review_in: 6 months
---

# Capability, tried on the public site

{{ capability_register() }}

{{ capacity_calculator() }}
"""


def capability_project(destination: Path) -> Project:
    """A fixture copy with the figures above and the public page, not yet built."""
    project = fixture_project(destination)
    project.write("data/capability/fixture-trust.yml", TRUST)
    project.write("data/capability/fixture-council.yml", COUNCIL)
    project.write("docs-public/capability-tried.md", PUBLIC_PAGE)
    return project
