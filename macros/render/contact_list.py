"""Who to contact. On the public site the data holds public contacts only
(``SiteData.public_only``), so this renders whatever it is given."""

from __future__ import annotations

from ..models import Contacts
from . import render_partial


def render_contact_list(contacts: Contacts, place: str = "play book") -> str:
    """The introduction and each contact, or "to be agreed" when there are none."""
    return render_partial("contact_list.html", contacts=contacts, place=place)
