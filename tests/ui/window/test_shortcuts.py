"""Window-level keys work whatever has the focus; a widget that needs a key keeps it while focused
(the search field and the note keep Ctrl+D: bookmarking from them would act by surprise).

X11 binds Emacs keys in text fields (Ctrl+E end of line, Ctrl+K delete to the end, Ctrl+D delete),
a fault the offscreen platform does not have: those tests run a real window on Xvfb with xcb.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from npviewer.app import create_main_window
    from npviewer.store.library import Library
    from npviewer.store.userdata import open_user_store

    app = QApplication([])
    window = create_main_window(Library.open(Path(sys.argv[1]), Path(sys.argv[2])), open_user_store())
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWait(100)
    window.navigator.open("eastern")
    fired = []
    for name in ("brief", "find", "bookmark"):
        action = window.act[name]
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, n=name: fired.append(n))
    field = window.search_bar.field
    out = {"platform": app.platformName()}
    for key in (Qt.Key.Key_E, Qt.Key.Key_K, Qt.Key.Key_D):
        field.setFocus()
        field.setText("gas pipeline")
        field.setCursorPosition(3)
        QTest.qWait(20)
        QTest.keyClick(field, key, Qt.KeyboardModifier.ControlModifier)
        QTest.qWait(20)
        out[chr(key)] = [fired[:], field.text()]
        fired.clear()
    print("RESULT " + json.dumps(out), flush=True)
    window.close()
    """
)


def test_window_keys_reach_their_actions_from_the_search_field_on_x11(mini_content: Path, tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run is not None, "xvfb-run is missing: make sysdeps installs it"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-c", CHILD, str(mini_content), str(tmp_path / "store.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, result.stdout + result.stderr
    out = json.loads(line.removeprefix("RESULT "))
    assert out["platform"] == "xcb"
    assert out["E"] == [["brief"], "gas pipeline"]  # not "end of line"
    assert out["K"] == [["find"], "gas pipeline"]  # not "delete to the end of the line"
    # Ctrl+D never acts from the search field (it would act on an entry the user is not looking
    # at): it does nothing there, not even X11's "delete a character"; the status bar says why.
    assert out["D"] == [[], "gas pipeline"]


@pytest.fixture
def window(qtbot: QtBot, mini_library: Library) -> Iterator[MainWindow]:
    store: UserStore = open_user_store()
    win = create_main_window(mini_library, store)
    qtbot.add_widget(win)
    with qtbot.wait_active(win):
        win.show()
        win.activateWindow()
    yield win
    win.close()
    store.close()


def test_ctrl_d_in_the_note_editor_never_removes_the_bookmark(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.open("eastern-gas")
    window.bookmarks.toggle()
    assert window.user.is_bookmarked("eastern-gas")
    editor = window.detail.note_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask about it")
    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.user.is_bookmarked("eastern-gas")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.user.is_bookmarked("eastern-gas")


def test_every_window_key_works_from_the_search_field_tree_and_entry(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.open("eastern")
    fired: list[str] = []
    action = window.act["next_pane"]
    action.triggered.disconnect()
    action.triggered.connect(lambda: fired.append("F6"))
    for widget in (window.search_bar.field, window.tree, window.detail.browser):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_F6)
    assert fired == ["F6", "F6", "F6"]
