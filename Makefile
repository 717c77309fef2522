# Two commands for a fresh machine with Python 3.11+:
#   make run    sets up .venv and starts the program
#   make test   sets up .venv and runs the whole test suite (what CI runs)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint-layers screenshots benchmarks translations package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop_app $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

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

# Refresh the translation sources (English (UK) is the source language; Welsh to translate).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find desktop_app/ui -name '*.py' | sort) -source-language en_GB \
		-target-language cy -ts resources/translations/till_cy.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/till_cy.ts

clean:
	rm -rf $(VENV) .venv-package build dist screenshots out .pytest_cache
