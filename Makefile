# Every target creates .venv when it is missing, so a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: site test check serve bench weight figures printed-routine schema mutate webcheck clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

site: $(STAMP)  ## build the whole guide into site/ (strict)
	$(PY) -m generator site --out site

AXE := tests/node/node_modules/axe-core/axe.min.js

$(AXE): tests/node/package.json tests/node/package-lock.json
	npm ci --prefix tests/node --no-audit --no-fund --silent
	touch $(AXE)

test: $(STAMP)  ## run the whole test suite (installs the system packages it needs first)
	bash tests/system_packages.sh
	$(MAKE) --no-print-directory $(AXE)
	$(PY) -m pytest -q

LIGHTHOUSE := tests/webcheck/node_modules/.bin/lighthouse

$(LIGHTHOUSE): tests/webcheck/package.json tests/webcheck/package-lock.json
	npm ci --prefix tests/webcheck --no-audit --no-fund --silent
	touch $(LIGHTHOUSE)

webcheck: $(STAMP) $(LIGHTHOUSE)  ## Lighthouse scores of each page kind, light and dark, served gzipped (slow)
	$(PY) -m tests.webcheck

check: $(STAMP)  ## validate the content without building
	$(PY) -m generator check

serve: $(STAMP)  ## live preview on http://127.0.0.1:8000 (no search: a build has the index, `make site`)
	$(VENV)/bin/mkdocs serve -a 127.0.0.1:8000

bench: $(STAMP)  ## print build time and memory for synthetic catalogues
	$(PY) -m tests.bench
	$(PY) -m tests.bench_validate

weight: $(STAMP)  ## print what a first visit of each kind of page downloads, gzipped
	$(PY) -m tests.weight

figures: $(STAMP)  ## write the contact sheet of every exercise figure to build/figures/
	$(PY) -m generator figures --out build/figures

printed-routine: $(STAMP)  ## render the seed routine's printed sheet to docs/printed-routine.png
	$(PY) -m tests.print_sample

schema: $(STAMP)  ## regenerate schemas/ from the models
	$(PY) -m generator schema --out schemas

mutate: $(STAMP)  ## mutation-test the modules the guide rests on; prints each one's score (slow)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[mutate]'
	$(PY) -m tests.mutation

clean:
	rm -rf site build .pytest_cache mutants
