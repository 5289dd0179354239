"""data/spc.yml (optional): how many points make a run and a trend on every chart."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model, Public


class SpcSettings(Model):
    """The SPC rule settings for every measure; leave the file out to use the defaults, 7 and 7,
    as NHS England's Making Data Count guidance and NHSRplotthedots do."""

    run_length: Public[Literal[6, 7, 8]] = Field(7, description="How many points in a row on one side of the mean make "
                                         "a run (a signal): 6, 7 or 8.")
    trend_length: Public[Literal[6, 7]] = Field(7, description="How many points in a row, each higher (or each lower) "
                                        "than the one before, make a trend (a signal): 6 or 7.")
