# Set-up and the two everyday commands: `make run` starts the bot, `make test` runs the tests.
VENV ?= .venv
PYTHON ?= python3

.PHONY: run test bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/coordinator run

test: $(VENV)/.installed
	$(VENV)/bin/pytest

bench: $(VENV)/.installed
	$(VENV)/bin/python bench/parser_bench.py
	$(VENV)/bin/python bench/roster_bench.py
	$(VENV)/bin/python bench/startup_bench.py
