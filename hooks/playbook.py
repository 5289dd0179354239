"""MkDocs hooks for the staff play book: thin wrappers around macros/ functions."""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads hook files by path; make the project's `macros` package importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.outputs import write_offer_json  # noqa: E402
from macros.site import data_for  # noqa: E402


def on_post_build(config, **kwargs) -> None:
    write_offer_json(data_for(config).offer, Path(config["site_dir"]))
