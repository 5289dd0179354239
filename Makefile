# The commands users rely on (see README.md and ../shared/CONTRACT.md).
# Each installs what it needs into .venv first, from the pinned requirements.txt.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve serve-stories build check test version bench review new-story lock clean

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip sync --quiet --python $(BIN)/python requirements.txt
	@touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve -f mkdocs.yml -a 127.0.0.1:8000

serve-stories: $(STAMP)
	$(BIN)/mkdocs serve -f mkdocs.stories.yml -a 127.0.0.1:8001

# Build both sites into a scratch folder first; only when both succeed do
# they replace site/playbook and site/stories, so nothing half-built is
# ever left where it could be published.
build: $(STAMP)
	@rm -rf .build-tmp
	$(BIN)/mkdocs build --strict -f mkdocs.yml -d .build-tmp/playbook
	$(BIN)/mkdocs build --strict -f mkdocs.stories.yml -d .build-tmp/stories
	@mkdir -p site && rm -rf site/playbook site/stories
	@mv .build-tmp/playbook site/playbook && mv .build-tmp/stories site/stories && rm -rf .build-tmp
	@echo "Built site/playbook/ and site/stories/"

check: $(STAMP)
	@$(BIN)/python -m macros.check

test: $(STAMP)
	$(BIN)/python -m pytest

# Recompile requirements.txt from requirements.in (exact pins for everything).
lock: $(STAMP)
	$(BIN)/uv pip compile requirements.in -o requirements.txt --python-version 3.11 --no-header --quiet

clean:
	rm -rf site .build-tmp .pytest_cache

# Browser tests and HTML validity (tests/browser/) need tools from outside
# PyPI: Debian's Chromium, fonts and a Java runtime (installed where apt-get
# exists; the script fails loudly where they are still missing) and the Nu
# Html Checker from npm, pinned in package-lock.json.
.PHONY: test-tools
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

test-tools: $(NODE_STAMP)
	@sh tests/browser/install-tools.sh

test: test-tools
