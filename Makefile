# qiuxue-desktop: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_API := pyside6

.PHONY: run test lint typecheck importlint unit bench screenshots bundle installer-check translations clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test,build]'
	touch $(STAMP)

# --- translations (docs/translations.md) -------------------------------------------------------
# The English translation's source is resources/translations/qiuxue_en.ts (Chinese is the source
# language); `make translations` refreshes it from the marked texts of the window (views/ and
# app.py) and builds the .qm. The .qm is committed (a checkout runs and passes its tests without
# make; tests/unit/test_translations.py checks it is what lrelease builds from the .ts) and
# rebuilt by make whenever the .ts is newer.
TS_EN   := resources/translations/qiuxue_en.ts
QM_EN   := resources/translations/qiuxue_en.qm
TR_SOURCES = src/qiuxue_desktop/app.py $(shell find src/qiuxue_desktop/views -name '*.py' | LC_ALL=C sort)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -source-language zh_CN -target-language en \
		$(TR_SOURCES) -ts $(TS_EN)
	$(VENV)/bin/pyside6-lrelease -silent $(TS_EN) -qm $(QM_EN)

$(QM_EN): $(TS_EN) | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS_EN) -qm $(QM_EN)

run: $(STAMP) $(QM_EN)
	bash scripts/ensure-test-tools.sh --runtime
	$(PY) -m qiuxue_desktop

test: $(STAMP) $(QM_EN)
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
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_dashboard.py docs/screenshots
	$(PY) scripts/screenshots_paper.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_certificates.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_voice.py docs/screenshots

# --- the bundle and the Windows installer (installer/README.md) ---------------------------------
# The one version number: pyproject.toml's [project] version (read when a recipe needs it).
VERSION = $(shell $(PY) -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
BUNDLE := dist/qiuxue
SETUP   = dist/qiuxue-desktop-setup-$(VERSION).exe
# Rebuilt only when one of these changed since the last build (or the venv was reinstalled).
BUNDLE_INPUTS = pyproject.toml installer/qiuxue.spec installer/entry.py $(wildcard installer/hooks/*.py) \
	$(shell find src/qiuxue_desktop resources -type f ! -name '*.pyc' ! -path '*/__pycache__/*')

$(BUNDLE)/qiuxue-desktop: $(STAMP) $(QM_EN) $(BUNDLE_INPUTS)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/qiuxue.spec
	@du -sh $(BUNDLE)

# dist/qiuxue/: qiuxue-desktop (the window; --selftest checks the bundle) and qiuxue (the command line)
bundle: $(BUNDLE)/qiuxue-desktop

# Compiles installer/windows/qiuxue.nsi with makensis against the bundle's layout (stored
# uncompressed: a check, not the shipped file) and lists what the installer holds.
installer-check: $(BUNDLE)/qiuxue-desktop
	@command -v makensis >/dev/null && command -v 7z >/dev/null || \
		{ echo "installer-check needs makensis and 7z: bash scripts/ensure-test-tools.sh (packages nsis, p7zip-full)" >&2; exit 1; }
	makensis -V2 -DCOMPRESSOR=off -DVERSION=$(VERSION) -DBUNDLE=$(CURDIR)/$(BUNDLE) \
		-DOUTFILE=$(CURDIR)/$(SETUP) installer/windows/qiuxue.nsi
	7z l $(SETUP)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
