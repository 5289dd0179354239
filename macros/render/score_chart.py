"""A project's progress-score history, placed for inline SVG.

A score holds from the day it is given until the next one, so the history is
a step line: each score a marker on its date (a time scale, so long silences
show), level until the next.  An active project's latest score is carried on
to the build date as a dashed line, so a score that has not been renewed for
months is seen as well as read.  Two drawings: WIDE for a column of 620 px
or more, NARROW (a 320 px phone's column) below that, so the text is never
shrunk; CSS shows the one that fits.  The markup and every word are in
templates/score_chart.html; the table beside it has every score.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..data.models.projects import Project
from .charts import XTick, YTick, date_ticks

WIDE = 640           # the SVGs' own coordinate widths; CSS scales them to fit
NARROW = 288
HEIGHT = 230
LEFT = 36            # room for the score labels
RIGHT_ROOM = 56      # right of the plot, for the "Today" label
TOP = 14
BOTTOM_ROOM = 40     # below the plot, for the date ticks
INSET = 10           # keeps the first and last markers clear of the plot's edges
TOP_SCORE = 5.0


@dataclass(frozen=True)
class ScoreMark:
    x: float
    y: float
    date: dt.date
    score: float


@dataclass(frozen=True)
class ScoreChart:
    id: str
    marks: tuple[ScoreMark, ...]
    line: str                    # the step line through the marks: "x,y x,y ..."
    carried: tuple[float, float, float] | None   # x from, x to, y: the latest score carried on to today
    today: dt.date | None        # the build date, where the line is carried to it
    y_ticks: tuple[YTick, ...]
    x_ticks: tuple[XTick, ...]
    width: int
    left: float = LEFT
    top: float = TOP
    bottom: float = HEIGHT - BOTTOM_ROOM
    height: int = HEIGHT

    @property
    def right(self) -> float:
        return self.width - RIGHT_ROOM


def score_chart(project: Project, today: dt.date, chart_id: str, width: int = WIDE) -> ScoreChart | None:
    """Where everything of ``project``'s score history goes; None without a score.
    Only an active project's line is carried on to ``today`` (the others' last
    score is final)."""
    if not project.progress:
        return None
    carry = project.status == "active" and today > project.progress[-1].date
    first = min(project.started, project.progress[0].date)
    last = today if carry else project.progress[-1].date
    span = max((last - first).days, 1)
    right, bottom = width - RIGHT_ROOM, HEIGHT - BOTTOM_ROOM

    def x_of(date: dt.date) -> float:
        return LEFT + INSET + (right - LEFT - 2 * INSET) * (date - first).days / span

    def y_of(score: float) -> float:
        return bottom - (bottom - TOP) * score / TOP_SCORE

    marks = tuple(ScoreMark(round(x_of(entry.date), 1), round(y_of(entry.score), 1), entry.date, entry.score)
                  for entry in project.progress)
    corners = []
    for mark, following in zip(marks, marks[1:] + (None,), strict=True):
        corners.append(f"{mark.x},{mark.y}")
        if following is not None:
            corners.append(f"{following.x},{mark.y}")
    carried = (marks[-1].x, round(x_of(today), 1), marks[-1].y) if carry else None
    return ScoreChart(
        id=chart_id, width=width, marks=marks, line=" ".join(corners), carried=carried, today=today if carry else None,
        y_ticks=tuple(YTick(round(y_of(score), 1), str(score)) for score in range(int(TOP_SCORE) + 1)),
        x_ticks=date_ticks(first, last, x_of),
    )
