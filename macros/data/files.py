"""Every file editors write is read through here, and only from inside the repository.

A file under data/, docs/ or docs-public/ is read only when it, and every
folder on the way to it, lies inside the repository: a symbolic link that
leads outside is an error naming the link (never what it points to, never a
line of the file it reaches), as is a link to nothing, a folder where a file
should be, or something that is not an ordinary file (a pipe, a device, whose
reading could wait for ever).  A file larger than ``MAX_FILE_BYTES`` is refused
before it is read.  The text is UTF-8, without NUL bytes; a leading byte-order
mark is dropped and Windows line ends are read as plain ones.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import DataError, DataErrors

MAX_FILE_BYTES = 1_000_000  # 1 MB: a data file, a page or a CSV of points (a measure of 10,000 points is ~400 KB)


def relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def link_problem(path: Path, root: Path) -> DataError | None:
    """The problem with the first symbolic link on the way from ``root`` (the
    repository, resolved) to ``path``: one that leads outside the repository,
    to nothing, or round in a circle. None when every step stays inside."""
    current = root
    for part in path.relative_to(root).parts:
        current = current / part
        if not current.is_symlink():
            continue
        name = relative(current, root)
        try:
            target = current.resolve(strict=True)
        except FileNotFoundError:
            return DataError(name, 1, f"{name} is a symbolic link to nothing (what it pointed to is gone); "
                                      "remove it, or put the file itself here")
        except (OSError, RuntimeError):
            return DataError(name, 1, f"{name} is a symbolic link that leads round in a circle; remove it, "
                                      "or put the file itself here")
        if not target.is_relative_to(root):
            return DataError(name, 1, f"{name} is a symbolic link to something outside the repository, which "
                                      "is never read; put the file itself here (a reviewer sees only the link)")
    return None


def entry_problem(entry: Path, root: Path) -> DataError | None:
    """Why an entry of a folder of the repository may not be read, if it may
    not: a link leading outside or nowhere, or neither a file nor a folder."""
    problem = link_problem(entry, root)
    if problem or not entry.exists():
        return problem
    if not (entry.is_file() or entry.is_dir()):
        rel = relative(entry, root)
        return DataError(rel, 1, f"{rel} is not an ordinary file (a pipe, a socket or a device); "
                                 "replace it with a text file")
    return None


def file_problem(file: Path, root: Path) -> DataError | None:
    """Why ``file`` cannot be read as a text file of the repository, if it cannot."""
    rel = relative(file, root)
    problem = entry_problem(file, root)
    if problem:
        return problem
    try:
        status = file.stat()
    except FileNotFoundError:
        return DataError(rel, 1, f"the file is missing; restore {rel} from git")
    except OSError as exc:
        return _unreadable(rel, exc)
    if stat.S_ISDIR(status.st_mode):
        return DataError(rel, 1, f"{rel} is a folder, not a file; rename or remove the folder")
    if status.st_size > MAX_FILE_BYTES:
        return _too_large(rel, status.st_size)
    return None


def _unreadable(rel: str, exc: OSError) -> DataError:
    return DataError(rel, 1, f"the file cannot be read ({exc.strerror or 'not allowed'}); check its permissions")


def _too_large(rel: str, size: int) -> DataError:
    return DataError(rel, 1, f"the file is {size / 1_000_000:.1f} MB; a data file or page may be at most "
                             f"{MAX_FILE_BYTES // 1_000_000} MB: split it, or shorten it")


def read_text(file: Path, root: Path) -> str:
    """A text file of the repository, as UTF-8; raise ``DataErrors`` with its
    ``path:line`` when it cannot be read as one (see the module's rules)."""
    problem = file_problem(file, root)
    if problem:
        raise DataErrors([problem])
    rel = relative(file, root)
    try:
        # Non-blocking: a file swapped for a pipe since it was checked still never waits.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as opened:
            raw = opened.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DataErrors([_unreadable(rel, exc)]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataErrors([_too_large(rel, len(raw))])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataErrors(
            [DataError(rel, line, "the file is not UTF-8 text; save it as UTF-8 and retype this line")]
        ) from None
    if "\0" in text:
        line = text[: text.index("\0")].count("\n") + 1
        raise DataErrors([DataError(rel, line, "this line holds a NUL character (a zero byte), so the file is "
                                               "not plain text; retype the line, or save the file as UTF-8 text")])
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def folder_problem(folder: Path, root: Path) -> DataError | None:
    """Why ``folder`` cannot be listed as a folder of the repository, if it cannot (None if it is absent)."""
    problem = link_problem(folder, root)
    if problem or not folder.exists():
        return problem
    if not folder.is_dir():
        rel = relative(folder, root)
        return DataError(rel, 1, f"{rel} is a file, but a folder is expected here; rename or remove the file")
    return None


def folder_entries(folder: Path, root: Path) -> tuple[list[Path], list[DataError]]:
    """The files and folders in a folder of the repository, in name order; and
    the problems of the entries that may not be read (``entry_problem``)."""
    problem = folder_problem(folder, root)
    if problem or not folder.exists():
        return [], [problem] if problem else []
    entries, problems = [], []
    for entry in sorted(folder.iterdir()):
        problem = entry_problem(entry, root)
        if problem:
            problems.append(problem)
        else:
            entries.append(entry)
    return entries, problems


def folder_files(folder: Path, root: Path) -> tuple[list[Path], list[DataError]]:
    """The files in a folder of the repository and its sub-folders, in name
    order; and the problems of the entries that may not be read. A sub-folder
    reached through a link inside the repository is listed once, however many
    links lead to it."""
    files, problems = [], []
    seen = {folder.resolve()}
    waiting = [folder]  # folders still to list
    while waiting:
        entries, found = folder_entries(waiting.pop(), root)
        problems += found
        for entry in entries:
            if not entry.is_dir():
                files.append(entry)
            elif entry.resolve() not in seen:
                seen.add(entry.resolve())
                waiting.append(entry)
    return sorted(files), problems
