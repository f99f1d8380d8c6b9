"""Signed content in the real window, with real packs and throwaway keys: a pack no trusted key signed
is refused in the command line's words with Install Anyway and Cancel; installed anyway, its version is
marked unsigned in About and the status bar (in words, and in a warning colour that reads 4.5:1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from npviewer.store import installed
from npviewer.store.packs import make_pack
from npviewer.store.provenance import PackRefused, check_signature
from npviewer.store.signing import keygen
from npviewer.ui.common.contrast import ratio
from npviewer.ui.content_update.refusal import RefusalBox
from npviewer.ui.window.about import AboutDialog
from npviewer.ui.window.main_window import MainWindow
from pack_factory import Edits

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "does not support raise")
WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def make_window(content_windows: WindowFactory) -> WindowFactory:
    return content_windows


def refusal_of(qtbot: QtBot, window: MainWindow, pack: Path) -> RefusalBox:
    """File › Install Content Update of ``pack``: the refusal box, once it is shown."""
    window.content_updates.install(pack)
    qtbot.wait_until(lambda: window.content_updates.refusal_box is not None, timeout=60_000)
    box = window.content_updates.refusal_box
    assert box is not None
    qtbot.wait_until(box.isVisible)
    return box


def about_text(qtbot: QtBot, window: MainWindow) -> str:
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.text.toPlainText())
        seen.append(dialog.text.toHtml())
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, read)
    window.show_about()
    return "\n".join(seen)


def test_an_unsigned_pack_is_refused_in_the_same_words_and_installed_anyway_is_marked_unsigned(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, tmp_path: Path
) -> None:
    window = make_window()
    unsigned = make_pack(edits.folder, tmp_path, "2030.01.02")[0]
    with pytest.raises(PackRefused) as cli_words:  # what `npviewer content install` says of it
        check_signature(b"{}", None, unsigned.name, False)
    with qtbot.wait_signal(window.content_updates.refused, timeout=60_000) as refused:
        box = refusal_of(qtbot, window, unsigned)
    assert box.text() == str(cli_words.value) == refused.args[0]
    assert box.text().startswith("npviewer-content-2030.01.02.npc is not signed, so nothing tells who made it")
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Install Anyway"]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel), "Enter changes nothing"
    assert installed.read_state() == installed.ContentState(), "nothing is installed while it asks"
    assert not window.content_version.isVisible(), "the bundled content: no version in the status bar"

    with qtbot.wait_signal(window.content_updates.switched, timeout=60_000):
        qtbot.mouseClick(box.install_button, Qt.MouseButton.LeftButton)
    assert window.library is not None and window.library.status.install_id.startswith("2030.01.02-")
    label = window.content_version
    assert label.isVisible() and label.text() == "Content 2030.01.02 (unsigned)"
    assert "color:" in label.styleSheet() and "bold" in label.styleSheet()
    assert "--allow-unsigned" in label.toolTip()
    assert "2030.01.02 (unsigned)" in window.statusBar().currentMessage()
    about = about_text(qtbot, window)
    assert "Content version: 2030.01.02 (unsigned)" in about
    assert "Content 2030.01.02 is unsigned: it was installed with --allow-unsigned" in about


def test_cancel_installs_nothing(qtbot: QtBot, make_window: WindowFactory, edits: Edits, tmp_path: Path) -> None:
    window = make_window()
    box = refusal_of(qtbot, window, make_pack(edits.folder, tmp_path, "2030.01.03")[0])
    with qtbot.wait_signal(window.content_updates.failed) as failed:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "is not signed" in failed.args[0]
    assert installed.read_state() == installed.ContentState()
    assert window.content_updates.install_action.isEnabled()


def test_a_pack_signed_by_an_unknown_key_names_it_and_is_marked_once_installed(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, tmp_path: Path, trusted_publisher: Path
) -> None:
    stranger = tmp_path / "stranger.key"
    _public, key = keygen(stranger, "A stranger")  # a throwaway key nobody trusts
    pack = make_pack(edits.folder, tmp_path, "2030.01.04", stranger)[0]
    window = make_window()
    box = refusal_of(qtbot, window, pack)
    assert "is signed by a key npviewer does not trust ('A stranger', " in box.text()
    assert key.fingerprint in box.text()
    with qtbot.wait_signal(window.content_updates.switched, timeout=60_000):
        qtbot.mouseClick(box.install_button, Qt.MouseButton.LeftButton)
    assert window.content_version.text() == "Content 2030.01.04 (unsigned: signed by a key you do not trust)"


def test_a_pack_signed_by_a_trusted_key_shows_its_signer_unmarked(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, tmp_path: Path, trusted_publisher: Path
) -> None:
    window = make_window()
    with qtbot.wait_signal(window.content_updates.switched, timeout=60_000):
        window.content_updates.install(make_pack(edits.folder, tmp_path, "2030.01.05", trusted_publisher)[0])
    assert window.content_updates.refusal_box is None
    label = window.content_version
    assert label.text() == "Content 2030.01.05" and label.styleSheet() == ""
    about = about_text(qtbot, window)
    assert "Content version: 2030.01.05" in about and "signed by Test publisher" in about
    assert "unsigned" not in about.split("Source documents")[0]


@pytest.mark.parametrize(("window_colour", "text_colour"), [("#efefef", "#000000"), ("#2b2b2b", "#e6e6e6")])
def test_the_warning_colour_reads_on_a_light_and_a_dark_status_bar(
    qtbot: QtBot, window_colour: str, text_colour: str
) -> None:
    from npviewer.ui.window.content_version import ContentVersionLabel

    label = ContentVersionLabel()
    qtbot.add_widget(label)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
    label.setPalette(palette)
    assert ratio(label.warning_colour(), QColor(window_colour)) >= 4.5
