# The commands users rely on (see README.md and ../shared/CONTRACT.md).
# Each installs what it needs into .venv first, from the pinned requirements.txt.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve serve-stories build check test version bench review new-story new-project lock clean demo parity

# The pinned dependencies, then the project's own package (pyproject.toml:
# the `playbook` MkDocs plugin and the command entry point), editable.
$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# ProperDocs, the continuation of MkDocs 1.x, in an environment of its own
# (requirements-properdocs.in): mike deploys with ProperDocs whenever it is
# installed, and `make version` publishes with MkDocs. Made on first use.
PD_VENV := .venv-properdocs
PD_STAMP := $(PD_VENV)/.installed
$(PD_STAMP): requirements-properdocs.txt pyproject.toml | $(STAMP)
	@test -x $(PD_VENV)/bin/python || $(PYTHON) -m venv --without-pip $(PD_VENV)
	$(BIN)/uv pip sync --quiet --python $(PD_VENV)/bin/python requirements-properdocs.txt
	$(BIN)/uv pip install --quiet --python $(PD_VENV)/bin/python --no-deps --no-build-isolation -e .
	@touch $(PD_STAMP)

# The generator that serve, serve-stories and demo run: mkdocs (the default)
# or ENGINE=properdocs. build, version and publish always use MkDocs.
ENGINE ?= mkdocs
ENGINE_VENV := $(if $(filter properdocs,$(ENGINE)),$(PD_VENV),$(VENV))

# PORT=8010 serves on another port (serve and demo: 8000 by default, serve-stories: 8001);
# STORIES_PORT=8011 tells the play book where `make serve-stories PORT=8011` serves the
# stories site, for its links there.
# While serving, a mistake in a data file or a page shows its path:line lines in
# the browser, which shows the page again once the file is fixed.
serve: $(STAMP) $(ENGINE_VENV)/.installed
	PLAYBOOK_STORIES_SITE=http://127.0.0.1:$(or $(STORIES_PORT),8001)/ \
	$(ENGINE_VENV)/bin/python -m $(ENGINE) serve -f mkdocs.yml -a 127.0.0.1:$(or $(PORT),8000)

serve-stories: $(STAMP) $(ENGINE_VENV)/.installed
	$(ENGINE_VENV)/bin/python -m $(ENGINE) serve -f mkdocs.stories.yml -a 127.0.0.1:$(or $(PORT),8001)

# The play book with example measures, delivery progress, capability figures,
# projects and events (demo/), every page marked as example data; served only, never
# built into site/ or published. PORT=8010, or DEMO_ADDRESS=127.0.0.1:8010, serves it elsewhere.
DEMO_ADDRESS ?= 127.0.0.1:$(or $(PORT),8000)
demo: $(STAMP) $(ENGINE_VENV)/.installed
	PLAYBOOK_STORIES_SITE=http://127.0.0.1:$(or $(STORIES_PORT),8001)/ \
	$(ENGINE_VENV)/bin/python -m $(ENGINE) serve -f mkdocs.demo.yml -a $(DEMO_ADDRESS)

# Both sites, strictly, built side by side into a scratch folder; only when
# both succeed do they replace site/playbook and site/stories, so nothing
# half-built is ever left where it could be published (macros/cli/build.py).
build: $(STAMP)
	@$(BIN)/python -m macros.cli build

check: $(STAMP)
	@$(BIN)/python -m macros.cli check

test: $(STAMP) $(PD_STAMP)
	$(BIN)/python -m pytest

# Both sites built with MkDocs and with ProperDocs into .build-tmp/parity/
# and compared: the same files, element ids, JSON and feeds, or a list of
# every difference and a non-zero exit (macros/cli/parity.py).
parity: $(STAMP) $(PD_STAMP)
	@$(BIN)/python -m macros.cli parity

# Publish the version in data/playbook.yml with mike into the local gh-pages
# branch and point `latest` at it; nothing is pushed (macros/cli/version.py).
# VERSION defaults to data/playbook.yml's version; another number is published as asked.
version: $(STAMP)
	@$(BIN)/python -m macros.cli version $(VERSION)

# List pages overdue for review with their owners and dates; exit 0 when none
# is, non-zero when any is (for a scheduled job). PLAYBOOK_TODAY=YYYY-MM-DD
# sets "today".
review: $(STAMP)
	@$(BIN)/python -m macros.cli review

# Recompile requirements.txt from requirements.in (exact pins for everything),
# then ProperDocs' requirements-properdocs.txt, held to the same versions.
lock: $(STAMP)
	$(BIN)/uv pip compile requirements.in -o requirements.txt --python-version 3.11 --no-header --quiet
	$(BIN)/uv pip compile requirements-properdocs.in -o requirements-properdocs.txt --python-version 3.11 --no-header --quiet

clean:
	rm -rf site .build-tmp .pytest_cache mkdocs.publishing.yml

# --- Editors' tools and publishing (CONTRIBUTING.md) ---
.PHONY: lint publish

# Start data/stories/$(SLUG).yml: every field explained in comments, TODO
# placeholders, `visibility: internal`. It passes `make check` as it is.
new-story: $(STAMP)
	@$(BIN)/python -m macros.cli new-story "$(SLUG)"

# Start data/projects/$(ID).yml: every field explained in comments, TODO
# placeholders, `visibility: internal`, started today (to correct). It passes
# `make check` as it is.
new-project: $(STAMP)
	@$(BIN)/python -m macros.cli new-project "$(ID)"

# The same linters, with the same settings, as the pre-commit hooks.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/yamllint --strict --format parsable .
	$(BIN)/pymarkdown --config .pymarkdown.yml scan -r -e .venv/ -e .venv-properdocs/ -e site/ -e .build-tmp/ -e node_modules/ .

# Put both built sites into the local gh-pages branch, without pushing: the
# stories site under stories/, then this version of the play book (the one in
# data/playbook.yml) with `make version`. CI pushes gh-pages to GitHub Pages.
publish: build
	@$(BIN)/python -m macros.cli publish
	@$(BIN)/python -m macros.cli version

# The performance benchmark (bench/): prints its figures, writes bench/results.json.
# BENCH_ARGS=--measures-only measures only what a measure costs (a few minutes).
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

# Browser tests and HTML validity (tests/browser/) need tools from outside
# PyPI: Debian's Chromium, fonts and a Java runtime (installed where apt-get
# exists; the script fails loudly where they are still missing) and the Nu
# Html Checker from npm, pinned in package-lock.json.
.PHONY: test-tools
NODE_STAMP := node_modules/.installed
# The system tools first (npm among them), then vnu from package-lock.json.
test-tools:
	@sh tests/browser/install-tools.sh
	@[ $(NODE_STAMP) -nt package-lock.json ] || { npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); }

test: test-tools
