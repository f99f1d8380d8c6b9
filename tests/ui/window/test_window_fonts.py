"""Hangul, Cyrillic and Han render in every widget on a machine with no system fonts for them.

The window runs in its own process under a fontconfig configuration that hides every system font
but DejaVu (what a bare Debian has), so no test depends on the fonts of the machine it runs on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

#: Runs in the child: lays out every content name with every widget's font and reports the names
#: with a glyph the fonts lack (glyph 0, drawn as a box), before and after the window starts.
CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QWidget

def boxes(text, font):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())

app = QApplication(["npviewer"])
from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store

library = Library.open(target=Path(sys.argv[1]))
names = sorted({t for (t,) in library.repo.conn.execute("SELECT title FROM entry UNION SELECT text FROM alias")})
before = [n for n in ("연해주", "북방경제협력위원회") if boxes(n, app.font())]
store = open_user_store()
window = create_main_window(library, store)
window.show()
window.searcher.run("연해주")
fonts = {w.font().key(): w.font() for w in window.findChildren(QWidget)}
fonts[app.font().key()] = app.font()
missing = sorted({n for f in fonts.values() for n in names if boxes(n, f)})
hits = window.results_model.entry_ids()
print(json.dumps({"before": before, "missing": missing, "fonts": len(fonts), "names": len(names), "hits": hits}))
window.close()
store.close()
library.close()
"""


def _fontconfig(folder: Path) -> Path:
    """A fontconfig file that sees DejaVu only (or no font at all where DejaVu is not installed)."""
    fonts = f"<dir>{DEJAVU}</dir>" if DEJAVU.is_dir() else ""
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        f"<fontconfig>{fonts}<cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is the Linux font system")
def test_every_content_name_renders_without_system_fonts(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(_fontconfig(tmp_path))}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "content.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["before"] == ["연해주", "북방경제협력위원회"], "the test machine's fonts were not hidden"
    assert report["names"] > 100
    assert report["missing"] == []
    assert report["hits"][0] == "primorsky-krai"
