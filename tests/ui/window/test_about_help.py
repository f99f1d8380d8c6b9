"""About and Help: versions, sources, the icon, and the user's data explained."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from npviewer import __version__
from npviewer.store.library import Library
from npviewer.ui.reading.entry_html import coverage_text
from npviewer.ui.window.about import AboutDialog
from npviewer.ui.window.help import HelpDialog


def test_about_names_versions_every_source_and_shows_the_icon(qtbot: QtBot, mini_library: Library) -> None:
    repo = mini_library.repo
    dialog = AboutDialog(repo.content_version, repo.documents(), coverage=coverage_text(repo.coverage()))
    qtbot.add_widget(dialog)
    text = dialog.text.toPlainText()
    assert f"npviewer {__version__}" in text and repo.content_version in text
    assert "Content current to December 2019; covers 2018-2019." in text
    assert all(doc.title in text for doc in repo.documents())
    assert not dialog.icon.pixmap().isNull()


def test_help_explains_search_keys_and_where_your_data_lives(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.add_widget(dialog)
    browser_text = "".join(w.toPlainText() for w in dialog.findChildren(QTextBrowser))
    assert "kind:meeting" in browser_text and "Ctrl+D" in browser_text
    assert "userdata.sqlite" in browser_text and "backups" in browser_text
    assert "A quotation is the exact words" in browser_text and "A reference points to" in browser_text


def test_help_says_how_to_sign_and_trust_content_in_english_and_korean(qtbot: QtBot) -> None:
    from npviewer.ui.common.language import apply_language

    dialog = HelpDialog()
    qtbot.add_widget(dialog)
    text = "".join(w.toPlainText() for w in dialog.findChildren(QTextBrowser))
    assert "Signed content" in text and "npviewer content trust add KEY.pub" in text
    assert "choose Install Anyway" in text and "marked (unsigned) in About" in text
    assert "npviewer content pack DIR --output OUT --sign FILE" in text
    apply_language("ko")
    korean = HelpDialog()
    qtbot.add_widget(korean)
    text = "".join(w.toPlainText() for w in korean.findChildren(QTextBrowser))
    assert "서명된 콘텐츠" in text and "그래도 설치" in text and "(서명 없음)" in text
    assert "npviewer content keygen FILE" in text, "the commands stay as they are typed"
