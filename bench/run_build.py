"""Child process: one `mkdocs build`, then print its time, CPU time and peak memory as JSON.

Running each build in its own process makes its resource usage that build's
own: the CPU time and peak memory include Pagefind, which the build runs as a
child process of its own (macros/site/search_index.py).

With a third argument `lunr`, the build is the one before Pagefind, for the
benchmark's comparison: the config given adds Material's `search` plugin (its
lunr index), and the playbook plugin's call to Pagefind is skipped.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import time


def main(config_file: str, site_dir: str, search: str = "pagefind") -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    if search == "lunr":
        import macros.plugin.playbook as playbook

        playbook.write_search_index = lambda site_dir: None
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    start = time.perf_counter()
    config = load_config(config_file, site_dir=site_dir, strict=True)
    build(config)
    seconds = time.perf_counter() - start
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": seconds,
                      "cpu_seconds": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
                      "peak_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
