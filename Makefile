# npviewer: `make run` sets everything up and opens the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := resources/translations/npviewer_ko.ts
QM := resources/translations/npviewer_ko.qm
export LANG ?= C.UTF-8

.PHONY: run test check lint typecheck pytest fuzz bench package package-test content-pack sysdeps venv bytecode clean

run: sysdeps $(STAMP) bytecode $(QM)
	$(PY) -m npviewer

# Everything, in one pytest run: the frozen app is built first so its tests run with the rest.
test: sysdeps $(STAMP) $(QM) lint typecheck package
	NPVIEWER_PACKAGE_TESTS=1 $(PY) -m pytest -q

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
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Quick runs while working: the frozen-app tests are skipped (they need `make package`).
pytest: $(STAMP) $(QM)
	$(PY) -m pytest -q

# Longer fuzzing than `make test` runs (40 examples a target): broken content folders, packs and
# bookmarks files, FUZZ_EXAMPLES each (statistics printed: how many ran, how many were invalid).
FUZZ_EXAMPLES ?= 5000
fuzz: $(STAMP)
	NPVIEWER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q tests/fuzz --hypothesis-show-statistics

# An editable install is not compiled; compiling keeps start-up from paying for it on every launch.
bytecode: $(STAMP)
	@$(PY) -m compileall -q src

bench: sysdeps $(STAMP) bytecode $(QM)
	$(PY) benchmarks/run_all.py

# The Korean translation: `make translations` extracts the strings into resources/translations/
# npviewer_ko.ts (new ones come marked unfinished: translate them there, it is committed) and compiles
# it. The compiled npviewer_ko.qm is a build product (not committed: no binary to merge), made again
# whenever the .ts changes; run, test, pytest, bench and package make it first.
translations: $(STAMP)
	$(PY) tools/translations.py all

$(QM): $(TS) $(STAMP)
	$(PY) tools/translations.py release

# The offline app, one folder: dist/npviewer/npviewer (the log goes to build/package.log).
package: sysdeps $(STAMP) $(QM)
	$(PY) tools/prebuild_store.py
	@mkdir -p build
	@echo "pyinstaller --noconfirm --clean build.spec > build/package.log"
	@$(VENV)/bin/pyinstaller --noconfirm --clean build.spec > build/package.log 2>&1 \
		|| { tail -40 build/package.log; echo "package: the build failed, see build/package.log"; exit 1; }
	@echo "built dist/npviewer: $$(du -sh dist/npviewer | cut -f1), $$(find dist/npviewer -type f | wc -l) files"

# A content pack of data/ (dist/npviewer-content-<today>.npc) for `npviewer content install FILE`.
content-pack: $(STAMP)
	@mkdir -p dist
	$(PY) -m npviewer content pack data --output dist

# The frozen app's own tests (skipped by a plain pytest run, which has no fresh build).
package-test: package
	NPVIEWER_PACKAGE_TESTS=1 $(PY) -m pytest tests/package -q

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
