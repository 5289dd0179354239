"""QI training figures (data/training.yml): a chart and a table per slide."""

from __future__ import annotations

from ..data.models import Programme, Training, TrainingReport
from . import render_partial
from .charts import bar_chart
from .markdown import blocks, heading

NO_PERIOD = "Period not stated in the source"
NO_LEVEL = "No level given"


def programme_name(programme: Programme, position: int) -> str:
    """The programme's name, or an honest placeholder: names lost in the source are never guessed."""
    return programme.name or f"Programme {position} on the slide (name not legible in the source)"


def report_chart(report: TrainingReport):
    """Bars for every figure counted without a unit; figures in other units
    (practices) would be misread on the same scale, so only the table has them."""
    groups, left_out = [], []
    for position, programme in enumerate(report.programmes, 1):
        name = programme_name(programme, position)
        bars = [(f.level or NO_LEVEL, f.value, str(f.value)) for f in programme.figures if f.unit is None]
        left_out += [f"{name}: {f.value} {f.unit}" for f in programme.figures if f.unit is not None]
        if bars:
            groups.append((name, bars))
    period = report.period or NO_PERIOD.lower()
    description = (f"Horizontal bar chart of the training figures on the slide \"{report.title}\" "
                   f"({period}), one bar per level, grouped by programme. ")
    if left_out:
        description += f"Not drawn, because counted in other units: {'; '.join(left_out)}. "
    description += "The table beside the chart gives the same numbers."
    return bar_chart(f"chart-{report.id}", f"Training by programme and level: {report.title}",
                     description, groups)


def render_training_report(report: TrainingReport) -> str:
    names = [programme_name(p, i) for i, p in enumerate(report.programmes, 1)]
    return render_partial("training_report.html", report=report, chart=report_chart(report),
                          programmes=list(zip(names, report.programmes, strict=True)), no_period=NO_PERIOD,
                          no_level=NO_LEVEL)


def render_training(training: Training, heading_level: int = 3) -> str:
    """Every training slide as a section with its own heading (in the table of contents)."""
    parts = [render_partial("training_statements.html", training=training)] if training.statements else []
    for report in training.reports:
        title = f"{report.title} ({report.period or NO_PERIOD.lower()})"
        parts += [heading(heading_level, title, report.id), render_training_report(report)]
    return blocks(*parts)
