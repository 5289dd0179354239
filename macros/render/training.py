"""QI training figures (data/training.yml): a chart and a table per report.

Python places the bars; the words are in templates/training_report.html.
"""

from __future__ import annotations

from collections import Counter

from ..data.models import Programme, Training, TrainingFigure, TrainingReport
from . import render_partial
from .charts import bar_chart
from .markdown import blocks, heading


def programme_label(programme: Programme, position: int) -> str:
    """The label of a programme's bars: its name, never guessed where it is still to be supplied."""
    return programme.name or f"Programme {position} (name to be confirmed)"


def figure_label(figure: TrainingFigure) -> str:
    level = figure.level or "No level given"
    return f"+ {level} (in addition)" if figure.in_addition else level


def report_chart(report: TrainingReport):
    """Bars for every figure counted in people; figures in other units
    (practices) would be misread on the same scale, so only the table has them."""
    groups = []
    for position, programme in enumerate(report.programmes, 1):
        bars = [(figure_label(f), f.value, str(f.value)) for f in programme.figures if f.unit is None]
        if bars:
            groups.append((programme_label(programme, position), bars))
    return bar_chart(f"chart-{report.id}", f"Training by programme and level: {report.title}", "", groups)


def render_training_report(report: TrainingReport) -> str:
    labels = [programme_label(p, i) for i, p in enumerate(report.programmes, 1)]
    return render_partial("training_report.html", report=report, chart=report_chart(report),
                          programmes=list(zip(labels, report.programmes, strict=True)))


def render_training(training: Training, heading_level: int = 3) -> str:
    """Every report of figures as a section with its own heading (in the table of contents);
    reports of one title are told apart there by their periods."""
    parts = [render_partial("training_statements.html", training=training)] if training.statements else []
    titles = Counter(report.title for report in training.reports)
    for report in training.reports:
        title = report.title if titles[report.title] == 1 else f"{report.title} ({_period(report)})"
        parts += [heading(heading_level, title, report.id), render_training_report(report)]
    return blocks(*parts)


def _period(report) -> str:
    return report.period or ("period to be confirmed" if report.confirms("period") else "period not stated")
