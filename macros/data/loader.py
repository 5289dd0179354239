"""Load and check every data file: the only place editors' errors are raised.

``load_site_data`` reads data/ once per build (it is cached on the files'
modification times, so everything in one build shares one load, and
``mkdocs serve`` reloads after an edit).  Every problem in every file is
collected and raised together as ``DataErrors``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import models
from .capability import load_capability
from .checks import cross_file_errors
from .errors import DataError, DataErrors
from .records import Records, load_file, load_measures, load_stories
from .site_data import SiteData
from .yaml_reader import YamlDocument

# One YAML file per dataset; the attribute of SiteData it fills.
DATASETS: dict[str, type[BaseModel]] = {
    "playbook": models.Playbook,
    "offer": models.Offer,
    "delivery_plan": models.DeliveryPlan,
    "organisations": models.Organisations,
    "contacts": models.Contacts,
    "context": models.Context,
    "timeline": models.Timeline,
    "capability_assessment": models.CapabilityAssessment,
    "vision": models.Vision,
    "training": models.Training,
    "capacity_guidance": models.CapacityGuidance,
    "strategic_focus": models.StrategicFocus,
    "portfolio": models.Portfolio,
    "governance": models.Governance,
    "versions": models.VersionHistory,
    "published_ids": models.PublishedIds,
    "redirects": models.Redirects,
}
# Files a site may leave out: without one, its model's defaults apply.
OPTIONAL_DATASETS: dict[str, type[BaseModel]] = {
    "spc": models.SpcSettings,
}


def read_all(root: Path, examples: str | None = None) -> SiteData:
    """Validate every data file; raise DataErrors listing every problem.

    ``examples`` (for `make demo`): a folder, relative to ``root``, of example
    organisations, capability figures and measures, read and checked like
    data/ and added to it (macros/site/examples.py adds example progress)."""
    root = Path(root).resolve()
    loaded: dict[str, Any] = {}
    documents: dict[str, YamlDocument] = {}
    errors: list[DataError] = []
    for name, model in DATASETS.items():
        value, document, file_errors = load_file(root / "data" / f"{name}.yml", model, root)
        errors += file_errors
        loaded[name] = value
        if document is not None:
            documents[name] = document
    for name, model in OPTIONAL_DATASETS.items():
        value, file_errors = model(), []
        if (root / "data" / f"{name}.yml").is_symlink() or (root / "data" / f"{name}.yml").exists():
            value, _, file_errors = load_file(root / "data" / f"{name}.yml", model, root)
        errors += file_errors
        loaded[name] = value
    stories, story_documents, story_errors, story_files = load_stories(root)
    measures, measure_sources, measure_errors = load_measures(root)
    capability, capability_documents, capability_errors = load_capability(root)
    errors += story_errors + measure_errors + capability_errors
    if examples:
        errors += _add_examples(root, examples, loaded, measures, measure_sources, capability,
                                capability_documents)
    records = Records(stories, story_documents, measures, measure_sources, capability, capability_documents,
                      story_files)
    errors += cross_file_errors(loaded, documents, records, root)
    if errors:
        raise DataErrors(errors)
    stories.sort(key=models.Story.newest_first)
    return SiteData(stories=tuple(stories), measures=tuple(sorted(measures, key=lambda m: m.id)),
                    capability=tuple(capability), **loaded)


def _add_examples(root: Path, folder: str, loaded: dict[str, Any], measures: list, measure_sources: dict,
                  capability: list, capability_documents: dict) -> list[DataError]:
    """Example organisations, measures and capability figures (each optional), added to the real ones."""
    organisations, errors = None, []
    if (root / folder / "organisations.yml").is_file():
        organisations, _, errors = load_file(root / folder / "organisations.yml", models.Organisations, root)
    if organisations is not None and loaded.get("organisations") is not None:
        loaded["organisations"] = loaded["organisations"].model_copy(update={
            "organisations": [*loaded["organisations"].organisations, *organisations.organisations]})
    more_measures, more_sources, measure_errors = load_measures(root, f"{folder}/measures")
    more_capability, more_documents, capability_errors = load_capability(root, f"{folder}/capability")
    measures += more_measures
    measure_sources.update(more_sources)
    capability += more_capability
    capability_documents.update(more_documents)
    return errors + measure_errors + capability_errors


def _signature(root: Path) -> tuple:
    data = Path(root) / "data"
    return tuple(sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                        for p in data.rglob("*") if p.is_file()))


@functools.lru_cache(maxsize=4)
def _cached(root: Path, signature: tuple) -> SiteData:
    return read_all(root)


def load_site_data(root: Path) -> SiteData:
    """``read_all``, done once however many callers ask while the files are unchanged."""
    root = Path(root).resolve()
    return _cached(root, _signature(root))
