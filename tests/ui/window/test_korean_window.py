"""The real window in Korean over the real content: the 13th Sub-committee meeting's Korean title and
text, a quotation in the source's English with our translation beside it (번역, never in quotation
marks), Copy citation in Korean, and every part following a switch of language at run time."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from npviewer.store.hangul import has_hangul
from npviewer.store.library import Library
from npviewer.ui.timeline.model import TimelineRole
from npviewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WindowFactory = Callable[..., MainWindow]  # the make_window fixture: tests/ui/conftest.py

MEETING = "ru-fe-subcommittee-13"
TITLE_KO = "한-러 극동·시베리아 분과위원회 제13차 회의"
TITLE_EN = "13th meeting of the Korea-Russian Far East and Siberia Sub-committee"
TEXT_KO = "김건과 알렉산드르 크루티코프가 서울에서 제13차 회의를 열었다."
HEADLINE = "Korea-Russian Far East and Siberia Sub-committee Holds its 13th Meeting"
HEADLINE_KO = "한-러 극동·시베리아 분과위원회 제13차 회의 개최"
OURS = "번역(npviewer 작성, 원문 아님):"


def choose(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    """View > Language > (English | 한국어), then wait for the switch to reach the window."""
    window.act.language(lang).trigger()
    qtbot.waitUntil(lambda: window.act.menus["file"].title() == ("파일(&F)" if lang == "ko" else "&File"), timeout=3000)


def page(window: MainWindow) -> str:
    return window.detail.browser.toPlainText()


def test_the_13th_meeting_reads_in_korean(qtbot: QtBot, make_window: WindowFactory, bundled: Library) -> None:
    window = make_window(bundled)
    choose(qtbot, window, "ko")
    window.navigator.open(MEETING)
    text = page(window)
    assert window.windowTitle().startswith(TITLE_KO)
    assert text.splitlines()[1] == TITLE_KO and TEXT_KO in text
    assert "일시: 2019년 12월 12일 (추정)" in text and "참석자: 김건 외교부 차관보(한국)" in text
    assert f"\n{TITLE_EN}\n" not in text, "the English title only where the source is quoted"
    window.navigator.open("ru-fe-subcommittee-13-rfe-trade")  # a key figure of the meeting, in Korean units
    assert "수치: 81억 달러(2019년 1월~9월)" in page(window), "billion only in the source's quoted words"


def test_a_quotation_keeps_the_sources_english_with_our_translation_beside_it(
    qtbot: QtBot, make_window: WindowFactory, bundled: Library
) -> None:
    window = make_window(bundled)
    choose(qtbot, window, "ko")
    window.navigator.open(MEETING)
    lines = page(window).splitlines()
    quoted = lines.index(f"\u201c{HEADLINE}\u201d")
    assert lines[quoted + 1] == f"{OURS} {HEADLINE_KO}", "our translation follows the source's words, marked as ours"
    in_quotes = re.findall("\u201c([^\u201d]*)\u201d", page(window))
    assert in_quotes and not [q for q in in_quotes if has_hangul(q)], "no Korean ever stands in quotation marks"
    window.navigator.open("doc:mofa-320886")  # the source's page lists each quotation with its translation too
    source = page(window)
    assert f"\u201c{HEADLINE}\u201d\n{OURS} {HEADLINE_KO}" in source and "유형: 보도자료" in source
    choose(qtbot, window, "en")
    window.navigator.open(MEETING)
    assert OURS not in page(window) and "Translation" not in page(window), "no translation in English"


def test_copy_citation_in_korean(qtbot: QtBot, make_window: WindowFactory, bundled: Library) -> None:
    window = make_window(bundled)
    choose(qtbot, window, "ko")
    window.navigator.open(MEETING)
    clipboard = QGuiApplication.clipboard()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    plain = clipboard.text()
    assert plain.startswith(f"{TITLE_KO}\n회의 · 동부 지역\n\n출처:\n- 인용: ")
    assert f"\u201c{HEADLINE}\u201d\n  {OURS} {HEADLINE_KO}" in plain, "the title as the source has it, ours after"
    assert "콘텐츠 버전" in plain
    window.act["copy_chicago"].trigger()
    assert f"제목: \u201c{HEADLINE}\u201d (번역: {HEADLINE_KO})" in clipboard.text(), "the locator in Korean"
    choose(qtbot, window, "en")
    window.act["copy"].trigger()
    assert clipboard.text().startswith(f"{TITLE_EN}\nMeeting") and "번역" not in clipboard.text()


def test_every_part_follows_a_switch_of_language(qtbot: QtBot, make_window: WindowFactory, bundled: Library) -> None:
    """The tree, the results, the entry, the timeline's labels and the map's place names."""
    window = make_window(bundled, size=(1366, 768))
    window.navigator.open("eastern")
    panel = window.timeline.ensure_panel()
    window.searcher.run("Krutikov")

    def timeline_title() -> str:
        model = panel.view.model()
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(TimelineRole.Id) == MEETING)
        return str(model.index(row, 0).data())

    def map_labels() -> set[str]:
        view = window.map_pane.view
        assert view is not None and window.detail.map_shown()
        view.viewport().repaint()
        return {placed.text for placed in view.placed_labels()}

    def state() -> tuple[str, str, str, set[str], str]:
        tree = str(window.tree_model.index(2, 0).data())
        results = window.results_model
        result = str(results.index(results.entry_ids().index(MEETING), 0).data())
        return tree, result, page(window).splitlines()[0], map_labels(), timeline_title()

    labels_en = {"Republic of Korea", "Russian Far East"}
    assert state() == ("Eastern Region", TITLE_EN, "Eastern Region", labels_en, TITLE_EN)
    choose(qtbot, window, "ko")
    assert state() == ("동부 지역", TITLE_KO, "동부 지역", {"대한민국", "러시아 극동"}, TITLE_KO)
    view = window.map_pane.view
    assert view is not None
    assert view.title_of("RU-KHA") == "하바롭스크 지방", "a place with no entry: the names file's Korean"
    assert view.title_of("392") == "일본", "a country with no entry: the names file's Korean"
    assert view.title_of("RU-AMU") == "Amur Oblast", "no Korean in the names file: the map's own name"
    choose(qtbot, window, "en")
    assert state()[1:] == (TITLE_EN, "Eastern Region", labels_en, TITLE_EN)
    assert view.title_of("RU-KHA") == "Khabarovsk Krai"
