# qiuxue-desktop: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_API := pyside6

.PHONY: run test lint typecheck importlint unit bench screenshots bundle clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	bash scripts/ensure-test-tools.sh --runtime
	$(PY) -m qiuxue_desktop

test: $(STAMP)
	bash scripts/ensure-test-tools.sh
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/ruff format --check src tests benchmarks scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -p no:cacheprovider $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_funds.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_claims.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_sync.py docs/screenshots
	$(PY) scripts/screenshots_paper.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_certificates.py docs/screenshots

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
