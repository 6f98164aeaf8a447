# Two commands do all the set-up: `make` builds the data package, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: all build check test report bench serve clean

all: build

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)  ## build data/ and datapackage.json from seeds/, then validate them
	$(BIN)/china-iom build
	$(BIN)/china-iom readme
	$(BIN)/china-iom check

check: $(STAMP)
	$(BIN)/china-iom check

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

report: $(STAMP)  ## execute the analysis notebooks into reports/ (HTML + figure PNGs)
	$(BIN)/china-iom report

bench: $(STAMP)  ## benchmark: build and check synthetic corpora of 1,000, 10,000 and 100,000 articles
	$(BIN)/python benchmarks/run.py

serve: $(STAMP)  ## browse the package in Datasette at http://127.0.0.1:8001 (database rebuilt from data/)
	$(BIN)/china-iom export sqlite --out build/china-iom.db
	$(BIN)/datasette serve build/china-iom.db --metadata build/metadata.yml --host 127.0.0.1 --port 8001

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
