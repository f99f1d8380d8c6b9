"""A repository opened in Korean returns the Korean of every field a reader reads; quotations keep the
document's words with our translation beside them; source titles stay as the source has them; the
English stays where the content has no Korean."""

from __future__ import annotations

from pathlib import Path

import pytest

from npviewer.store.changes import Version, compare_stores
from npviewer.store.library import Library
from npviewer.store.repository import open_repository
from npviewer.store.tree import BrowseTree


def test_an_entry_reads_in_korean(korean_library: Library) -> None:
    entry = korean_library.repo.entry("meeting-13")
    assert (entry.title, entry.text, entry.lang) == (
        "제13차 회의",
        "분과위원회는 서울에서 연해주와의 협력을 논의했다.",
        "ko",
    )
    assert entry.event is not None
    assert (entry.event.place, entry.event.date_note, entry.event.participants) == (
        "서울", "연도가 적혀 있지 않다.", ("크루티코프 차관",),
    )  # fmt: skip
    assert entry.citations[0].summary == "제13차 회의가 열렸다고 적는다."
    assert [r.title for r in entry.breadcrumb] == ["동부 지역"]
    assert entry.children[0].title == "교역액"


def test_a_quotation_keeps_its_words_and_carries_its_translation(korean_library: Library) -> None:
    cite = korean_library.repo.entry("eastern-gas").citations[0]
    assert cite.verbatim and cite.quotation == "Laying the foundation to connect ROK, North Korea, and Russia in gas"
    assert cite.translation == "한국, 북한, 러시아 가스 연결 기반 마련"
    assert cite.document_title == "A seed page"  # a source's own title is never translated


def test_figures_disputes_documents_and_the_glossary_read_in_korean(korean_library: Library) -> None:
    repo = korean_library.repo
    figure = repo.entry("meeting-13-trade").figure
    assert figure is not None and figure.label == "81억 달러(2019년 1~10월)"
    disputes = repo.entry("forum-1").disputes
    assert [(d.field, d.value, d.note) for d in disputes] == [
        ("date", "2018-09", ""), ("place", "경주", "한 보도만 그렇게 적는다."),
    ]  # fmt: skip
    document = repo.document("undated")
    assert document is not None
    assert (document.display_title, document.reliability_note) == (
        "[나인브릿지에 관한 위원회 안내문]",
        "기록이 아닌 안내문이다.",
    )
    assert dict(document.missing)["url"] == "인쇄본뿐이다."
    dated = repo.document("other")
    assert dated is not None and dated.date_note == "기사 번호에서 날짜를 읽었다."  # how its date was found
    assert [(g.term, g.expansion, g.citations[0].translation) for g in repo.glossary()] == [("ROK", "대한민국", "한국")]


def test_the_tree_and_the_timeline_follow_the_language(korean_library: Library) -> None:
    tree = BrowseTree(korean_library.repo)
    assert [n.ref.title for n in tree.children(())][:1] == ["동부 지역"]
    events = {e.id: e for e in korean_library.repo.timeline_events()}
    assert (events["meeting-13"].title, events["forum-1"].place) == ("제13차 회의", "포항")
    korean_library.set_language("en")
    assert korean_library.repo.entry("meeting-13").title == "13th meeting"
    assert korean_library.repo.timeline_events()[0].place in ("Pohang", "Seoul")


def test_english_stays_where_there_is_no_korean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from content_factory import write_content
    from npviewer.store import korean

    monkeypatch.setattr(korean, "REQUIRE_KOREAN", False)  # content not yet translated
    lib = Library.open(write_content(tmp_path / "content", korean=False), tmp_path / "store.sqlite")
    try:
        lib.set_language("ko")
        entry = lib.repo.entry("meeting-13")
        assert (entry.title, entry.lang, entry.event.place) == ("13th meeting", "en", "Seoul")  # type: ignore[union-attr]
        assert lib.repo.entry("primorsky-krai").title == "연해주"  # its Korean name, from its alias
    finally:
        lib.close()


def test_the_default_language_is_english(korean_library: Library, tmp_path: Path) -> None:
    repo = open_repository(korean_library.status.path)
    try:
        assert repo.entry("meeting-13").title == "13th meeting"
        assert repo.entry("eastern-gas").citations[0].translation == ""
    finally:
        repo.close()


def test_what_changed_reads_in_korean(korean_library: Library, korean_content: Path, tmp_path: Path) -> None:
    from npviewer.store.build import build_from_directory

    events = korean_content / "events.yaml"
    events.write_text(
        events.read_text(encoding="utf-8").replace("title_ko: 제13차 회의\n", "title_ko: 제13차 정기 회의\n"),
        encoding="utf-8",
    )
    new = tmp_path / "new.sqlite"
    build_from_directory(korean_content, new)
    changes = compare_stores(korean_library.status.path, new, Version("old", "old"), Version("new", "new"))
    korean = changes.in_language("ko")
    change = korean.get("meeting-13")
    assert change is not None and change.entry.title == "제13차 정기 회의"
    assert [f.name for f in change.fields] == ["title"] and ("+", "정기 ") in change.fields[0].tokens
    assert changes.in_language("en").get("meeting-13") is None  # its English did not change
    assert changes.get("meeting-13").fields == ()  # type: ignore[union-attr]


def test_a_citations_status_follows_its_locator_in_both_languages(tmp_path: Path) -> None:
    from content_factory import korean_files, write_content
    from npviewer.store.citing import format_citation

    files = korean_files()
    cite = files["events.yaml"]["entries"][0]["children"][0]["sources"][0]
    cite.update(status="inferred", note="The year is read from the article.", note_ko="연도는 기사에서 읽었다.")
    lib = Library.open(write_content(tmp_path / "content", files), tmp_path / "store.sqlite")
    try:
        texts = {}
        for lang in ("en", "ko"):
            lib.set_language(lang)
            repo = lib.repo
            documents = {d.id: d for d in repo.documents()}
            entry = repo.entry("meeting-13-trade")
            texts[lang] = format_citation("plain", entry, documents, repo.coverage(), "v", lang)
    finally:
        lib.close()
    assert "- Reference: A ministry, Another source, 12 December 2019, para. 2 [inferred]\n" in texts["en"]
    assert "  Note: The year is read from the article." in texts["en"]
    assert "- 참조: A ministry, Another source, 2019년 12월 12일, 영어, 2문단 [추정]\n" in texts["ko"]
    assert "  비고: 연도는 기사에서 읽었다." in texts["ko"]


def test_a_locator_says_in_korean_where_in_the_document_it_stands(tmp_path: Path) -> None:
    """The bundled content: the strategy page's region section and a release's item, in either language."""
    lib = Library.open(None, tmp_path / "bundled.sqlite")
    try:
        english = {c.locator for c in lib.repo.entry("eastern").citations}
        lib.set_language("ko")
        korean = {c.locator for c in lib.repo.entry("eastern").citations}
        meeting = {c.locator for c in lib.repo.entry("ru-fe-subcommittee-13").citations}
    finally:
        lib.close()
    assert "Eastern Region section" in english and "동부 지역 부분" in korean
    assert {"제목", "1항"} <= meeting
