# Two commands for a fresh machine with Python 3.11+:
#   make run    sets up .venv and starts the program
#   make test   sets up .venv and runs the whole test suite (what CI runs)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp


.PHONY: postgresql head-office-demo
.PHONY: run test lint-layers screenshots benchmarks translations package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop_app $(ARGS)

test: $(STAMP) postgresql
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

# Twenty demonstration stores' bundles in a throwaway PostgreSQL, and head office's window.
head-office-demo: $(STAMP) postgresql
	$(PY) scripts/head_office_demo.py

# Head office's tests start a real PostgreSQL server of their own (Debian's package).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || \
	{ if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing PostgreSQL for head office's tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "Head office's tests need PostgreSQL: sudo apt-get install postgresql"; exit 1; fi; }

lint-layers: $(STAMP)
	$(VENV)/bin/lint-imports

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/render_screens.py
	QT_QPA_PLATFORM=offscreen $(PY) scripts/render_workspace.py

# One-folder application in dist/TillComplaintLogger (own .venv-package), then smoke-tested.
package:
	$(PYTHON) packaging/build_bundle.py

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup_and_save.py
	$(PY) benchmarks/pin_guessing.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/ten_years.py
	$(PY) benchmarks/head_office_import.py

# Refresh the translation sources (English (UK) is the source language; Welsh to translate).
translations: $(STAMP)
	$(PY) scripts/update_translations.py

clean:
	rm -rf $(VENV) .venv-package build dist screenshots out .pytest_cache
