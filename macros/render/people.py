"""Who supports the community, how it is organised and whom to contact:
data/governance.yml and data/contacts.yml."""

from __future__ import annotations

from ..data.models import Contacts, Governance
from . import render_partial


def render_supporters(governance: Governance) -> str:
    return render_partial("supporters.html", groups=governance.groups)


def render_governance(governance: Governance) -> str:
    return render_partial("governance.html", governance=governance)


def render_contacts(contacts: Contacts, staff: bool) -> str:
    """Each contact, or "to be agreed" when there are none (on the public site,
    ``contacts`` holds only public contacts)."""
    return render_partial("contacts.html", contacts=contacts, staff=staff)

