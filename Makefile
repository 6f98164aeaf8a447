# Two commands do all the set-up: `make` builds the data package, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: all build check test report bench clean

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

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
