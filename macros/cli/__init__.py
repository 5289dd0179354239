"""The commands behind the Makefile, one entry point:
``python -m macros.cli <command>`` (installed as ``playbook <command>``)."""

from __future__ import annotations

import importlib
import sys

# command -> (module under macros.cli, what it does). Imported only when run,
# so `check` never loads MkDocs.
COMMANDS = {
    "check": ("check", "validate every data file and page without building"),
    "build": ("build", "build both sites strictly into site/playbook/ and site/stories/"),
    "review": ("review", "list pages overdue for review, or with no owner recorded"),
    "version": ("version", "publish a version of the play book with mike: version [X.Y]"),
    "publish": ("publish", "put the built stories site into the local gh-pages branch"),
    "new-story": ("new_story", "start data/stories/<slug>.yml: new-story SLUG"),
    "new-project": ("new_project", "start data/projects/<id>.yml: new-project ID"),
    "parity": ("parity", "build both sites with MkDocs and with ProperDocs and compare them"),
    "docs": ("editor_docs", "regenerate schemas/, docs-editors/FIELDS.md and the story template"),
}


def usage() -> str:
    lines = ["usage: python -m macros.cli <command> [arguments]", "", "commands:"]
    lines += [f"  {name:<10} {what}" for name, (_, what) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in COMMANDS:
        print(usage(), file=sys.stderr)
        return 2
    module = importlib.import_module(f"{__name__}.{COMMANDS[args[0]][0]}")
    # Lines are printed as they come, in order, even when piped into another command.
    sys.stdout.reconfigure(line_buffering=True)
    return module.main(args[1:])
