"""At 150 % and 200 % scale nothing grows past the screen: the window and its dialogs on a 1366x768
and a 1920x1080 screen (offscreen screens of that size, Qt's own QT_SCALE_FACTOR), each in its
own process, through the timeline, a region's map, the bookmarks, the find bar and every dialog."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from npviewer.store.library import Library

CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

app = QApplication([sys.argv[0]])
from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store

library = Library.open(target=Path(sys.argv[1]))
window = create_main_window(library, open_user_store())
window.show()
free = window.screen().availableGeometry()
seen = [("screen", free.width(), free.height(), 0, 0)]


def look(label, widget=None):
    app.processEvents()
    app.processEvents()
    widget = widget or window
    size, least = widget.frameGeometry(), widget.minimumSizeHint().expandedTo(widget.minimumSize())
    seen.append((label, size.width(), size.height(), least.width(), least.height()))


def modal(label, opener):
    def inspect():
        dialog = app.activeModalWidget()
        if isinstance(dialog, QDialog):
            look(label, dialog)
            dialog.reject()

    QTimer.singleShot(100, inspect)
    opener()


region = library.repo.regions()[0].id
look("start")
window.navigator.open(region)
look("a region with its map")
window.act["timeline_toggle"].trigger()
look("the timeline open")
window.act["find_in_entry"].trigger()
look("the find bar open")
window.bookmarks_dock.show()
look("the bookmarks shown")
modal("the export dialog", lambda: window.export_brief(region))
modal("Help", window.show_help)
modal("About", window.show_about)
look("the window after the dialogs")
changes = window.content_updates.show_changes()
look("What Changed", changes)
changes.close()
print(repr(seen), flush=True)
window.close()
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bundled") / "content.sqlite"
    Library.open(target=path).close()
    return path


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(1366, 768, "2"), (1366, 768, "1.5"), (1920, 1080, "2"), (1920, 1080, "1.5")]
)
def test_nothing_grows_past_a_scaled_screen(tmp_path: Path, store: Path, width: int, height: int, scale: str) -> None:
    screens = tmp_path / "screens.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    screens.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "QT_SCALE_FACTOR": scale,
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(store)], env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    seen = ast.literal_eval(next(x for x in result.stdout.splitlines() if x.startswith("[")))
    (_, free_w, free_h, _, _), *views = seen
    assert (free_w, free_h) == (round(width / float(scale)), round(height / float(scale)))
    assert len(views) == 10
    too_big = [v for v in views if max(v[1], v[3]) > free_w or max(v[2], v[4]) > free_h]
    assert not too_big, f"larger than the {free_w}x{free_h} free area at {scale}x: {too_big}"
