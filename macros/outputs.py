"""Files written next to the built pages (machine-readable exports)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import Offer
from .render.offer import offer_json


def write_offer_json(offer: Offer, site_dir: Path) -> Path:
    """site/playbook/offer.json: the QI offer for partners' own sites."""
    target = Path(site_dir) / "offer.json"
    target.write_text(json.dumps(offer_json(offer), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
