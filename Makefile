# Two commands for a fresh machine with python3 and make:
#   make demo   create .venv, install parktool, run the whole pipeline on seeds/ and show it
#   make test   create .venv, install the test extras, run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := demo/parktool.db
PT     := $(BIN)/parktool --db $(DEMO)

.PHONY: demo test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -rf demo && mkdir -p demo
	$(PT) ingest seeds/
	$(PT) stats
	$(PT) export documents --format table
	@echo
	@echo "The corpus is $(DEMO); try: $(BIN)/parktool --db $(DEMO) show <doc_id>"

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) demo *.egg-info
