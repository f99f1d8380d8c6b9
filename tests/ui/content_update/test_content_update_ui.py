"""File › Install Content Update…, the "What changed" window, bookmarks marks and rollback, in the
real window over the real content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from npviewer.store import installed
from npviewer.store.library import Library
from npviewer.store.packs import make_pack
from npviewer.store.updates import install_pack
from npviewer.store.userdata import open_user_store
from npviewer.ui.bookmarks.model import CHANGED, MISSING
from npviewer.ui.common.roles import CHANGED_ROLE, ENTRY_ID_ROLE, MISSING_ROLE
from npviewer.ui.content_update.changes_html import Colours
from npviewer.ui.content_update.controller import ContentUpdateController
from npviewer.ui.window.main_window import MainWindow
from pack_factory import ADDED_TITLE, Edits

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def pack(edits: Edits, tmp_path: Path, trusted_publisher: Path) -> Path:
    return make_pack(edits.folder, tmp_path, "2030.01.01", trusted_publisher)[0]


@pytest.fixture
def make_window(content_windows: WindowFactory, edits: Edits) -> WindowFactory:
    """Windows over the content in use, with bookmarks and notes on a removed, a changed and a kept entry."""
    first = open_user_store()
    lib = Library.open()
    for entry_id in (edits.removed, edits.changed, edits.unchanged):
        first.add_bookmark(entry_id, lib.repo.ref(entry_id).title)  # type: ignore[union-attr]
        first.set_note(entry_id, f"note on {entry_id}")
    lib.close()
    first.close()
    return content_windows


def _rows(window: MainWindow) -> dict[str, tuple[str, bool, bool]]:
    model = window.bookmarks_model
    out = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        out[index.data(ENTRY_ID_ROLE)] = (index.data(), index.data(MISSING_ROLE), index.data(CHANGED_ROLE))
    return out


def test_install_from_the_window_switches_and_shows_what_changed(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, pack: Path
) -> None:
    window = make_window()
    window.navigator.open(edits.changed)
    window.searcher.run("Rajin")
    with qtbot.wait_signal(window.content_updates.switched, timeout=30000):
        window.content_updates.install(pack)
    assert window.library is not None and window.library.status.install_id.startswith("2030.01.01-")
    assert window.navigator.current is not None and window.navigator.current.title.endswith("(revised)")  # type: ignore[union-attr]
    dialog = window.content_updates.dialog()
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.index("Your bookmarks (2)") < text.index("Eastern Region · Sub-measures")
    assert "3 entries: 1 added, 1 changed, 1 removed." in text
    assert ADDED_TITLE in text  # markup in a pack is text, not markup
    html = dialog.browser.toHtml()
    assert "text-decoration: underline" in html or "text-decoration:underline" in html
    assert "line-through" in html
    rows = _rows(window)
    assert rows[edits.removed] == (rows[edits.removed][0], True, False)
    assert rows[edits.removed][0].endswith(MISSING.format(title=""))
    assert rows[edits.changed][2] and rows[edits.changed][0].endswith(CHANGED.format(title=""))
    assert rows[edits.unchanged][1:] == (False, False)
    assert "installed content 2030.01.01" in window.statusBar().currentMessage().lower()

    dialog.browser.anchorClicked.emit(QUrl(f"npv:{edits.added}"))
    assert window.navigator.current_id() == edits.added


def test_a_removed_bookmark_opens_with_its_note_and_its_last_text(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, pack: Path
) -> None:
    window = make_window()
    with qtbot.wait_signal(window.content_updates.switched, timeout=30000):
        window.content_updates.install(pack)
    panel = window.bookmarks_panel
    panel.list.setCurrentIndex(window.bookmarks_model.index(window.bookmarks_model.row_of(edits.removed), 0))
    assert panel.open_button.isEnabled()
    with qtbot.wait_signal(window.navigator.entryOpened):
        panel.open_button.click()
    shown = window.detail.browser.toPlainText()
    assert edits.removed_title in shown and f"note on {edits.removed}" in shown
    assert "no longer in the content" in shown
    assert "As it read in the content bundled with npviewer, before the update removed it" in shown
    assert window.navigator.current is None  # nothing to bookmark or cite on this page


def test_the_window_stays_usable_while_a_pack_installs(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, pack: Path
) -> None:
    window = make_window()
    seen: list[tuple[bool, int]] = []

    def search_meanwhile(step: str, done: int, total: int) -> None:
        if not seen:
            window.searcher.run("Rajin")
            seen.append((window.content_updates.is_running(), window.results_model.rowCount()))

    with qtbot.wait_signal(window.content_updates.switched, timeout=30000):
        window.content_updates.install(pack)
        runner = window.content_updates._runner
        assert runner is not None
        runner.progressed.connect(search_meanwhile)
    assert seen and seen[0][0] and seen[0][1] > 0


def test_a_bad_pack_from_the_window_changes_nothing(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    window.content_updates.interactive = False
    before = window.library
    bad = tmp_path / "bad.npc"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with qtbot.wait_signal(window.content_updates.failed, timeout=30000) as failed:
        window.content_updates.install(bad)
    assert "bad.npc" in failed.args[0] and "\n" not in failed.args[0]
    assert window.library is before and installed.read_state() == installed.ContentState()
    qtbot.wait_until(lambda: window.content_updates.install_action.isEnabled())


def test_an_unsigned_pack_from_the_window_is_refused_with_the_command_lines_words(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, tmp_path: Path
) -> None:
    window = make_window()
    window.content_updates.interactive = False
    unsigned = make_pack(edits.folder, tmp_path, "2030.02.02")[0]
    with qtbot.wait_signal(window.content_updates.failed, timeout=60000) as failed:
        window.content_updates.install(unsigned)
    assert failed.args[0].startswith("npviewer-content-2030.02.02.npc is not signed, so nothing tells who made it")
    assert installed.read_state() == installed.ContentState()
    qtbot.wait_until(lambda: window.content_updates.install_action.isEnabled())


def test_rollback_from_the_what_changed_window(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, pack: Path
) -> None:
    window = make_window()
    with qtbot.wait_signal(window.content_updates.switched, timeout=30000):
        window.content_updates.install(pack)
    qtbot.wait_until(lambda: window.content_updates.rollback_action.isEnabled())
    window.content_updates.interactive = False  # no "are you sure?" box
    dialog = window.content_updates.dialog()
    assert dialog is not None
    with qtbot.wait_signal(window.content_updates.switched, timeout=30000):
        dialog.rollback_button.click()
    assert window.library is not None and window.library.status.install_id == ""
    assert window.library.repo.exists(edits.removed)
    rows = _rows(window)
    assert not rows[edits.removed][1] and rows[edits.changed][2]  # changed back: still marked
    assert "Returned to content" in window.statusBar().currentMessage()


def test_cancelling_an_install_changes_nothing(qtbot: QtBot, make_window: WindowFactory, pack: Path) -> None:
    window = make_window()
    controller = window.content_updates
    controller.interactive = False
    before = window.library
    controller.install(pack)
    controller.cancel()  # the installer process is killed before it could switch
    qtbot.wait_until(lambda: not controller.is_running(), timeout=30000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.library is before and installed.read_state() == installed.ContentState()
    assert controller.install_action.isEnabled()


def test_after_an_update_elsewhere_the_window_shows_what_changed_once(
    qtbot: QtBot, make_window: WindowFactory, pack: Path
) -> None:
    install_pack(pack)  # as `npviewer content install` would
    first = make_window()
    first.content_updates.load_changes()
    dialog = first.content_updates.dialog()
    assert dialog is not None and dialog.isVisible() and dialog.changes() is not None
    dialog.close()
    second = make_window()
    second.content_updates.load_changes()
    assert second.content_updates.dialog() is None
    assert second.content_updates.changes is not None  # the marks and Help › What Changed still have it


def test_what_changed_with_nothing_installed_says_how(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.content_updates.load_changes()
    assert window.content_updates.dialog() is None
    dialog = window.content_updates.show_changes()
    assert "No content update has been installed yet" in dialog.browser.toPlainText()
    assert not dialog.rollback_button.isEnabled()


def test_what_changed_follows_the_interface_language(
    qtbot: QtBot, make_window: WindowFactory, edits: Edits, pack: Path
) -> None:
    """In Korean the page is Korean: the removed entry under its Korean title (and its page too), the
    region's heading in Korean; back in English, the English."""
    install_pack(pack)
    window = make_window()
    window.content_updates.load_changes(show_if_new=False)
    changes = window.content_updates.changes
    removed = changes.get(edits.removed) if changes is not None else None
    assert removed is not None and removed.entry.title_ko
    removed_ko = removed.entry.title_ko
    dialog = window.content_updates.show_changes()
    assert edits.removed_title in dialog.browser.toPlainText()
    window.act.language("ko").trigger()
    qtbot.wait_until(lambda: window.act.menus["file"].title() == "파일(&F)")
    text = dialog.browser.toPlainText()
    assert removed_ko in text and edits.removed_title not in text
    assert "동부 지역 · " in text and "Eastern Region" not in text, "the regions' headings in Korean"
    window.navigator.open(edits.removed)  # the removed bookmark's page: the entry as it read, in Korean
    assert removed_ko in window.detail.browser.toPlainText()
    window.act.language("en").trigger()
    qtbot.wait_until(lambda: window.act.menus["file"].title() == "&File")
    assert edits.removed_title in dialog.browser.toPlainText()


def test_the_page_uses_dark_tints_under_a_dark_palette(qtbot: QtBot, make_window: WindowFactory, pack: Path) -> None:
    install_pack(pack)
    window = make_window()
    window.content_updates.load_changes(show_if_new=False)
    dialog = window.content_updates.show_changes()
    palette = dialog.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dialog.setPalette(palette)
    sheet = dialog.browser.document().defaultStyleSheet()
    dark = Colours.for_dark(True)
    assert dark.added_bg in sheet and dark.removed_bg in sheet and "line-through" in sheet


def test_bookmarks_model_with_marks_passes_the_model_tester(
    qtmodeltester: ModelTester, make_window: WindowFactory, edits: Edits
) -> None:
    window = make_window()
    model = window.bookmarks_model
    model.set_changed({edits.changed})
    qtmodeltester.check(model, force_py=True)
    assert _rows(window)[edits.changed][2]


def test_the_menus_offer_install_rollback_and_what_changed(make_window: WindowFactory) -> None:
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert names[:2] == ["installContentAction", "rollbackContentAction"]
    help_menu = window.menuBar().actions()[-1].menu()
    assert "whatsChangedAction" in [a.objectName() for a in help_menu.actions()]  # type: ignore[union-attr]
    assert isinstance(window.content_updates, ContentUpdateController)
    assert not window.content_updates.rollback_action.isEnabled()
