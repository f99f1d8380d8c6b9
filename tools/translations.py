"""Keeps the Korean translation current: extracts the strings, compiles the catalogue.

``python tools/translations.py update`` runs ``pyside6-lupdate`` over ``src/npviewer`` into
``resources/translations/npviewer_ko.ts``: new strings arrive marked unfinished (translate them there,
with Qt Linguist or any editor, and drop the ``type="unfinished"``), strings gone from the code are
dropped. ``python tools/translations.py release`` compiles it with ``pyside6-lrelease`` into
``npviewer_ko.qm`` beside it: a build product, not committed (the Makefile makes it before run, test and
package; build.spec before packaging). ``tests/test_translations.py`` fails when the ``.ts`` is behind
the code or the ``.qm`` behind the ``.ts``. ``make translations`` does both.

The ``.ts`` carries no line numbers (``-locations none``), so it changes only when a string does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "npviewer"
TS = ROOT / "resources" / "translations" / "npviewer_ko.ts"


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the venv's ``bin``), else by name on the PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts: Path = TS, *, keep_vanished: bool = False) -> str:
    """Run lupdate into ``ts`` (created if missing); returns lupdate's report."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    args = [tool("pyside6-lupdate"), "-locations", "none", "-source-language", "en", "-target-language", "ko"]
    args += [] if keep_vanished else ["-no-obsolete"]
    result = subprocess.run(
        [*args, *sources(), "-ts", str(ts)], cwd=ROOT, capture_output=True, text=True, check=True
    )  # fmt: skip
    return result.stdout + result.stderr


def release(ts: Path = TS, qm: Path | None = None) -> Path:
    """Compile ``ts`` into ``qm`` (default: beside it); only finished translations go in."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
    )  # fmt: skip
    return qm


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command in ("update", "all"):
        print(update().strip())
    if command in ("release", "all"):
        print(f"compiled {release().relative_to(ROOT)}")
    if command not in ("update", "release", "all"):
        print("usage: python tools/translations.py [update|release|all]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
