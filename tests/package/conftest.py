"""The frozen-app tests: they run the real ``dist/npviewer/npviewer`` in subprocesses.

They need a fresh ``make package`` build, so a plain ``pytest`` run skips them (and says why);
``make test`` (and ``make package-test``) builds the package first and runs them with
``NPVIEWER_PACKAGE_TESTS=1``, when a missing build is a failure, not a skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "npviewer"
APP = DIST / "npviewer"
ENABLED = os.environ.get("NPVIEWER_PACKAGE_TESTS") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the frozen-app tests unless ``make test`` (or ``make package-test``) asked for them."""
    if ENABLED:
        return
    skip = pytest.mark.skip(reason="frozen-app tests: run by `make test` after it builds the package")
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """The built app; a failure (not a skip) when the build is missing."""
    if not APP.is_file():
        pytest.fail(f"{APP} does not exist: run `make package` first")
    return APP
