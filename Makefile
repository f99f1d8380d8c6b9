# npviewer: `make run` sets everything up and opens the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export LANG ?= C.UTF-8

.PHONY: run test check lint typecheck pytest bench package sysdeps venv clean

run: sysdeps $(STAMP)
	$(PY) -m npviewer

test: sysdeps $(STAMP) lint typecheck pytest

check: lint typecheck

sysdeps:
	@bash tools/ensure-sysdeps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/ruff format --check src tests benchmarks tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(PY) -m pytest -q

bench: sysdeps $(STAMP)
	$(PY) benchmarks/run_all.py

package: sysdeps $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
