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
	$(PT) dedup
	$(PT) tag --format table
	$(PT) export documents --format table
	$(PT) parks --format table
	$(PT) metrics --park 丽水经开区 --dimension percent --format table
	$(PT) compare --park 丽水经开区 --park 金华开发区 --park 瓯江口产业集聚区 --format table
	$(PT) search 半導體 --format table
	$(PT) stats --by tag --format table
	$(PT) export metrics --format csv --output demo/metrics.csv
	@echo
	@echo "The corpus is $(DEMO), its figures in demo/metrics.csv."
	@echo "Try: $(BIN)/parktool --db $(DEMO) show <doc_id> --facts"

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) demo *.egg-info
