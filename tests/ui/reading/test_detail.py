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
from npviewer.ui.reading.detail_view import DetailView
from npviewer.ui.reading.entry_html import render_entry


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
    assert "Summary (our words):</span> Dated September." in forum.html
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


def test_a_quotation_is_in_quotation_marks_and_a_reference_never_is(mini_library: Library) -> None:
    repo = mini_library.repo
    documents = {d.id: d for d in repo.documents()}
    measure = render_entry(repo.entry("eastern-rajin-khasan"), documents=documents).html
    assert "Quotation:</span>" in measure
    assert (
        "\u201cPreparing to resume the Rajin-Khasan logistics project considering inter-Korean relations\u201d"
        in measure
    )
    assert "Eastern Region" in measure  # the quotation's locator
    meeting = render_entry(repo.entry("meeting-13"), documents=documents).html
    assert "Reference:</span>" in meeting
    assert "A ministry, 12 December 2019, para. 1" in meeting
    assert "Summary (our words):</span> The 13th meeting was held." in meeting
    assert "\u201c" not in meeting and "\u201d" not in meeting and "&quot;" not in meeting


def test_links_say_where_they_lead_in_words(mini_library: Library) -> None:
    rendered = render_entry(mini_library.repo.entry("eastern-rajin-khasan"))
    assert rendered.link_titles["eastern"] == "Eastern Region (region)"
    assert rendered.link_titles["doc:seed"] == "A seed page (source document)"


def test_a_documents_page_lists_its_quotations_and_references_apart(mini_library: Library) -> None:
    from npviewer.ui.reading.entry_html import render_document

    repo = mini_library.repo
    other = render_document(repo.document("other"), repo.citations_of("other")).html  # type: ignore[arg-type]
    assert "Cited in npviewer (4)" in other
    assert "References (4)" in other and "Quotations" not in other
    assert "not held by npviewer" in other
    assert "\u201c" not in other
    seed = render_document(repo.document("seed"), repo.citations_of("seed")).html  # type: ignore[arg-type]
    assert "Quotations (" in seed and "References" not in seed
    assert "held in full by npviewer" in seed


def test_the_welcome_page_dates_the_content_and_tells_quotations_from_references(mini_library: Library) -> None:
    from npviewer.ui.reading.entry_html import coverage_text
    from npviewer.ui.reading.page import welcome_html

    repo = mini_library.repo
    html = welcome_html([(r.id, r.title) for r in repo.regions()], coverage_text(repo.coverage()))
    assert "Content current to December 2019; covers 2018-2019." in html
    assert "<b>quotation</b>" in html and "<b>reference</b>" in html


def test_a_line_break_in_a_text_starts_a_paragraph(tmp_path: Path) -> None:
    """A blank line in a folded YAML text leaves one line break there: the pane shows two paragraphs."""
    files = mini_files()
    files["places.yaml"]["entries"][0]["text"] = "PARAGRAPHS"
    folder = write_content(tmp_path / "content", files)
    places = folder / "places.yaml"
    folded = ">-\n    First paragraph, on\n    relations.\n\n    Second paragraph, on meetings."
    places.write_text(places.read_text(encoding="utf-8").replace("PARAGRAPHS", folded), encoding="utf-8")
    lib = Library.open(folder, tmp_path / "store.sqlite")
    try:
        entry = lib.repo.entry("russia")
        assert entry.text == "First paragraph, on relations.\nSecond paragraph, on meetings."
        html = render_entry(entry).html
        assert "<p>First paragraph, on relations.</p>" in html and "<p>Second paragraph, on meetings.</p>" in html
    finally:
        lib.close()
