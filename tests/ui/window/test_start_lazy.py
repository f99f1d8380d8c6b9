"""The first paint waits for nothing it does not show: a real ``npviewer`` process (the same entry as
the packaged app) is watched at its window's first Paint event, then once the window is complete."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import npviewer
from npviewer.store.library import Library


def _package_modules(package: str, *made_at_start: str) -> tuple[str, ...]:
    """Every module of one of npviewer's packages but those named (made at start)."""
    folder = Path(npviewer.__file__).parent.joinpath(*package.split(".")[1:])
    names = sorted(p.stem for p in folder.glob("*.py") if p.stem not in ("__init__", *made_at_start))
    return tuple(f"{package}.{name}" for name in names)


#: Imported only after the first paint: the docks, the actions and menus, the user's bookmarks list,
#: the content updates, the log file's handler; the store's repository, records and user data (the
#: first paint reads its rows with sqlite3 alone); the entry's HTML, its find bar, note box and link
#: walking. (argparse is not here: PySide6 imports it itself, for the bare window as for ours.)
AFTER_FIRST_PAINT = (
    "logging.handlers",
    "npviewer.store.library",
    "npviewer.store.records",
    "npviewer.store.userdata",
    "npviewer.ui.reading.entry_html",
    "npviewer.ui.reading.find_bar",
    "npviewer.ui.reading.note_editor",
    "npviewer.ui.reading.link_walk",
    "npviewer.ui.reading.tree_model",
    "npviewer.ui.search.results_view",
    "npviewer.ui.window.actions",
    "npviewer.ui.bookmarks.actions",
    "npviewer.ui.bookmarks.panel",
    "npviewer.ui.window.read_only_bar",
    "npviewer.ui.content_update.controller",
    "npviewer.ui.reading.navigator",
    "npviewer.ui.timeline.dock",
)
#: After the first paint too, but on the worker thread, so not at a moment the test can name.
ON_THE_WORKER = ("npviewer.store.changes", "npviewer.store.search")
#: Not even then: made when the user first asks for them (the command line's error path when a start fails).
WHEN_ASKED = (
    "npviewer.cli",
    "npviewer.console",
    "npviewer.brief",
    "npviewer.map",
    # the map's and the timeline's widgets (their pane and dock are made after the first paint)
    *_package_modules("npviewer.ui.map", "pane"),
    *_package_modules("npviewer.ui.timeline", "dock", "related"),
    "npviewer.ui.brief",
    "npviewer.ui.window.help",
    "npviewer.ui.content_update.whats_changed",
    "npviewer.store.build",
    "npviewer.store.content",
    "sqlmodel",
    "sqlalchemy",
    "yaml",
    "typst",
    "pypdf",
)

CHILD = r"""
import sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])
seen = {}


def complete():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and getattr(w, "built", True)]
    if not windows:
        QTimer.singleShot(20, complete)
        return
    window = windows[0]
    seen["complete"] = sorted(sys.modules)
    seen["palette_watch_when_complete"] = palette_watch()
    seen["parts"] = [window.bookmarks_dock.objectName(), window.toolbar.objectName(), len(window.menuBar().actions())]
    print(repr(seen), flush=True)
    window.close()


def palette_watch():
    from npviewer.ui.common import palette_fit

    return palette_fit._watch().installed if palette_fit._watch.cache_info().currsize else None


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if "paint" not in seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            seen["paint"] = sorted(sys.modules)
            seen["built_at_paint"] = getattr(watched, "built", None)
            seen["qt_namespace_at_paint"] = "Qt" in vars(PySide6.QtCore)
            model = watched.tree.model()
            seen["tree_at_paint"] = [model.index(r, 0).data() for r in range(model.rowCount())]
            seen["welcome_at_paint"] = watched.detail.browser.toPlainText()[:40]
            seen["palette_watch_at_paint"] = palette_watch()
            QTimer.singleShot(0, complete)
        return False


hook = FirstPaint()
app.installEventFilter(hook)
sys.argv = ["npviewer"]
import npviewer.app
from npviewer.__main__ import main

_rest = npviewer.app._after_first_paint


def rest(*args):
    seen["qt_namespace_after_frame"] = "Qt" in vars(PySide6.QtCore)  # the whole first frame drawn
    _rest(*args)


npviewer.app._after_first_paint = rest
sys.exit(main())
"""


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What a real start had imported at its first paint, and once its window was complete."""
    home = tmp_path_factory.mktemp("home")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NPVIEWER_HOME": str(home)}
    Library.open(target=home / "content.sqlite").close()  # current content: the start users have daily
    for _ in range(2):  # the first start remembers the store it showed: the second is the daily one
        result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("{"))
    seen = ast.literal_eval(line)
    assert isinstance(seen, dict)
    return seen


def test_the_first_paint_shows_the_window_before_it_is_complete(start: dict[str, object]) -> None:
    assert start["built_at_paint"] is False
    assert start["parts"] == ["bookmarksDock", "mainToolbar", 6]


def test_the_first_paint_shows_the_trees_top_level_and_the_welcome_page(start: dict[str, object]) -> None:
    """Read with sqlite3 from the store the window showed last (the fixture's first start saved it)."""
    assert start["tree_at_paint"][:3] == ["Western Region", "Central Region", "Eastern Region"]
    assert "Meetings and events" in start["tree_at_paint"]
    assert start["welcome_at_paint"].startswith("Korea's New Northern Policy")


def test_the_first_paint_looks_up_no_qt_enum(start: dict[str, object]) -> None:
    """The first lookup of any ``Qt.`` enum (``Qt.AlignCenter``, a Qt-typed return value, an overload
    taking one such as ``QColor(QColor)``) makes the whole ``Qt`` namespace: 15 ms, a tenth of a bare
    window's start."""
    assert start["qt_namespace_at_paint"] is False
    assert start["qt_namespace_after_frame"] is False  # the children's paint too (icons, tree, page)


def test_no_python_filter_sees_the_applications_events_before_the_first_paint(start: dict[str, object]) -> None:
    """The palette watch (a filter on the application) is asked for at once, installed after the
    paint: given the events of Qt's own objects, it made PySide6 build the Python types of every Qt
    class (230 enums, about 10 ms) in the middle of the first paint."""
    assert start["palette_watch_at_paint"] is False
    assert start["palette_watch_when_complete"] is True


@pytest.mark.parametrize("name", AFTER_FIRST_PAINT)
def test_what_the_first_paint_does_not_show_is_imported_after_it(start: dict[str, object], name: str) -> None:
    at_paint, complete = start["paint"], start["complete"]
    assert isinstance(at_paint, list) and isinstance(complete, list)
    assert not _loaded(at_paint, name), f"{name} imported before the first paint"
    assert _loaded(complete, name), f"{name} not imported by the complete window: is the name still right?"


@pytest.mark.parametrize("name", ON_THE_WORKER + WHEN_ASKED)
def test_no_other_work_is_done_before_the_first_paint(start: dict[str, object], name: str) -> None:
    at_paint = start["paint"]
    assert isinstance(at_paint, list)
    assert not _loaded(at_paint, name), f"{name} imported before the first paint"


@pytest.mark.parametrize("name", WHEN_ASKED)
def test_what_the_user_has_not_asked_for_is_not_imported_at_start(start: dict[str, object], name: str) -> None:
    complete = start["complete"]
    assert isinstance(complete, list)
    assert not _loaded(complete, name), f"{name} imported at start, before anyone asked for it"
