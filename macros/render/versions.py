"""The version-history page."""

from __future__ import annotations

from ..dates import long_date
from ..data.models import VersionHistory
from ..data.models.versions import version_key
from . import render_partial

STATUS_NAMES = {"draft": "Draft", "agreed": "Agreed"}


def render_version_history(history: VersionHistory, current: str) -> str:
    """Every recorded version, newest first; unrecorded facts are said to be so."""
    records = history.newest_first()
    oldest = records[-1].version
    return render_partial("version_history.html", records=records, current=current,
                          status_names=STATUS_NAMES, long_date=long_date,
                          earlier_unrecorded=version_key(oldest) > (1, 0), oldest=oldest)
