"""The house's flow, from the folder names: every import runs down it, never up.

addresses, dates, git (the ground floor) <- data <- analysis <- pages <- render <- site
<- editor_docs <- plugin (the MkDocs edge) <- cli. A package may import its own modules
and those of the floors below it; MkDocs only in plugin/."""

from __future__ import annotations

import ast
from pathlib import Path

from support.projects import REPO

FLOORS = [{"addresses", "dates", "git"}, {"data"}, {"analysis"}, {"pages"}, {"render"}, {"site"},
          {"editor_docs"}, {"plugin"}, {"cli"}]
FLOOR = {package: number for number, packages in enumerate(FLOORS) for package in packages}
MACROS = REPO / "macros"


def imports(file: Path) -> list[tuple[str, int, bool]]:
    """(the macros package or module imported, the line, whether it is MkDocs) of each import in ``file``."""
    found = []
    here = list(file.relative_to(MACROS).parent.parts)
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = here[:len(here) - node.level + 1]
            # `from ..data import x` imports data; `from .. import addresses` imports addresses.
            targets = [base + node.module.split(".")] if node.module else [base + [alias.name] for alias in node.names]
            found += [(target[0] if target and target[0] else "__init__", node.lineno, False) for target in targets]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [("", node.lineno, True) for name in names if name.split(".")[0] == "mkdocs"]
    return found


def test_every_import_runs_down_the_flow_and_only_the_plugin_imports_mkdocs():
    wrong = []
    for file in sorted(MACROS.rglob("*.py")):
        parts = file.relative_to(MACROS).with_suffix("").parts
        package = parts[0]  # a package (data, render…) or a top-level module (addresses, dates…)
        if package == "__init__":  # mkdocs-macros' entry, which hands over to plugin/
            continue
        for target, line, mkdocs in imports(file):
            if mkdocs and package != "plugin":
                wrong.append(f"{file.relative_to(REPO)}:{line}: imports MkDocs outside macros/plugin/")
            elif not mkdocs and target != package and FLOOR[target] > FLOOR[package]:
                wrong.append(f"{file.relative_to(REPO)}:{line}: {package} imports {target}, above it")
    assert wrong == []
