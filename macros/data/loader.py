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
from .checks import cross_file_errors
from .checks.placeholders import placeholder_errors
from .errors import DataError, DataErrors
from .models.base import is_slug
from .site_data import SiteData
from .validation import validate
from .yaml_reader import YamlDocument, read_yaml

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


def load_file(file: Path, model: type[BaseModel], root: Path) -> tuple[Any, YamlDocument | None, list[DataError]]:
    """One YAML file validated against ``model``: (value or None, its document, problems)."""
    rel = file.relative_to(root).as_posix()
    if not file.is_file():
        return None, None, [DataError(rel, 1, f"the file is missing; restore {rel} from git")]
    try:
        document = read_yaml(file, root)
    except DataErrors as exc:
        return None, None, exc.errors
    value, errors = validate(document, model)
    return value, document, errors


def record_files(root: Path, folder: str) -> tuple[list[tuple[str, Path]], list[DataError]]:
    """The (id, file) of every ``<id>.yml`` in a one-file-per-record folder;
    the file name is the record's id, so it must be a slug."""
    files, errors = [], []
    for file in sorted((root / folder).glob("*")):
        rel = file.relative_to(root).as_posix()
        if file.suffix == ".yaml":
            errors.append(DataError(rel, 1, "data files end in .yml; rename the file"))
        elif file.suffix == ".yml" and not is_slug(file.stem):
            errors.append(DataError(rel, 1, f"the file name `{file.stem}` must be lower-case words joined "
                                            "by hyphens, like we-wait-well.yml; rename the file"))
        elif file.suffix == ".yml":
            files.append((file.stem, file))
    return files, errors


def load_stories(root: Path) -> tuple[list[models.Story], dict[str, YamlDocument], list[DataError]]:
    """Read data/stories/*.yml; the file name (without .yml) is the slug."""
    stories, documents = [], {}
    files, errors = record_files(root, "data/stories")
    for slug, file in files:
        story, document, file_errors = load_file(file, models.Story, root)
        errors += file_errors
        if story is None:
            continue
        if story.is_public:  # a new story's TODO placeholders must never be published
            errors += placeholder_errors(document)
        stories.append(story.model_copy(update={"slug": slug}))
        documents[slug] = document
    return stories, documents, errors


def read_all(root: Path) -> SiteData:
    """Validate every data file; raise DataErrors listing every problem."""
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
    stories, story_documents, story_errors = load_stories(root)
    errors += story_errors
    errors += cross_file_errors(loaded, documents, stories, story_documents, root)
    if errors:
        raise DataErrors(errors)
    stories.sort(key=models.Story.newest_first)
    return SiteData(stories=tuple(stories), **loaded)


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
