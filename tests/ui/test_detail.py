"""The detail pane's HTML: everything from the content escaped, links in-app, acronyms expanded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from content_factory import mini_files, write_content
from npviewer.store.library import Library
from npviewer.ui.citation import citation_text
from npviewer.ui.detail import render_entry
from npviewer.ui.detail_view import DetailView


@pytest.fixture
def hostile_library(tmp_path: Path) -> Iterator[Library]:
    """The mini content with markup in a title, a text, a passage and an alias."""
    files = mini_files()
    region = files["regions/eastern.yaml"]["entries"][0]
    measure = region["children"][0]["children"][0]
    measure["title"] = 'Rajin <script>alert("x")</script> & <b>bold</b>'
    measure["text"] = "Text with <img src='http://evil.example/x.png'> and ROK"
    measure["aliases"] = ["<i>alias</i>"]
    lib = Library.open(write_content(tmp_path / "content", files), tmp_path / "store.sqlite")
    yield lib
    lib.close()


def test_content_markup_is_escaped(hostile_library: Library) -> None:
    entry = hostile_library.repo.entry("eastern-rajin-khasan")
    html = render_entry(entry, {"ROK": "Republic of Korea"}).html
    assert "<script" not in html
    assert "<img" not in html
    assert "<i>alias</i>" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=&#x27;http://evil.example/x.png&#x27;&gt;" in html


def test_escaped_markup_shows_as_text(qtbot: QtBot, hostile_library: Library) -> None:
    view = DetailView()
    qtbot.add_widget(view)
    view.show_entry(hostile_library.repo.entry("eastern-rajin-khasan"), {}, bookmarked=False)
    text = view.browser.toPlainText()
    assert 'Rajin <script>alert("x")</script> & <b>bold</b>' in text
    assert "<img src='http://evil.example/x.png'>" in text
    assert "<i>alias</i>" in text


def test_links_sources_and_dates(mini_library: Library) -> None:
    repo = mini_library.repo
    measure = render_entry(repo.entry("eastern-rajin-khasan"))
    assert '<a href="npv:eastern">Eastern Region</a>' in measure.html
    assert '<a href="npv:russia">Russia</a>' in measure.html
    assert "A seed page" in measure.html
    assert "considering inter-Korean relations\u201d" in measure.html
    meeting = render_entry(repo.entry("meeting-13"))
    assert "(inferred)" in meeting.html
    assert meeting.urls == ("https://example.org/a",)
    assert '<a href="npv-copy:0">copy link</a>' in meeting.html
    assert 'href="https' not in meeting.html
    forum = render_entry(repo.entry("forum-1"))
    assert "Disputed" in forum.html
    assert "2018-09" in forum.html
    assert "\u201cSep\u201d" in forum.html
    figure = render_entry(repo.entry("meeting-13-trade"))
    assert "8.1 billion USD" in figure.html
    russia = render_entry(repo.entry("russia"))
    assert "Россия" in russia.html and "러시아" in russia.html


@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_acronym_shows_its_expansion_on_hover(qtbot: QtBot, mini_library: Library) -> None:
    view = DetailView()
    qtbot.add_widget(view)
    view.resize(700, 500)
    view.show()
    qtbot.wait_exposed(view)
    glossary = {g.term: g.expansion for g in mini_library.repo.glossary()}
    view.show_entry(mini_library.repo.entry("eastern-gas"), glossary, bookmarked=False)
    browser = view.browser
    found = browser.document().find("ROK")
    assert not found.isNull()
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 1)
    point = browser.cursorRect(cursor).center()
    assert browser.tooltip_at(point) == "Republic of Korea"
    event = QHelpEvent(QEvent.Type.ToolTip, point, browser.viewport().mapToGlobal(point))
    QApplication.sendEvent(browser, event)
    qtbot.wait_until(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == "Republic of Korea"
    QToolTip.hideText()
    assert browser.tooltip_at(QPoint(1, 1)) == ""


def test_citation_text(mini_library: Library) -> None:
    repo = mini_library.repo
    text = citation_text(repo.entry("meeting-13"), repo.content_version)
    assert text.splitlines()[0] == "13th meeting"
    assert "- Another source" in text
    assert "  \u201cheld the 13th meeting\u201d" in text
    assert "  https://example.org/a" in text
    assert "Entry: meeting-13" in text
    assert f"Content version: {repo.content_version}" in text
