"""The Korean brief, every format: its text Korean but for quotations, source titles and names with no
Korean form; a quotation in English in quotation marks with our Korean beside it, marked 번역; Korean
units, dates, places in a document, who's who and map names; Korean lines broken between words."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import html5lib
import pytest

from conftest import FULL, KOREAN, MEETING_ID, pdftext, pdftext_raw
from npviewer.brief.export import export_brief, make_brief
from npviewer.brief.inline import Inline, plain
from npviewer.brief.labels import LABELS
from npviewer.brief.model import Brief
from npviewer.store.hangul import HANGUL, hangul_share
from npviewer.store.library import Library

#: Korean briefs beside the eastern one the fixtures make: the meeting's and a country's (subject, meeting).
OTHERS: dict[str, tuple[str | None, str | None]] = {"meeting-ko": (None, MEETING_ID), "russia-ko": ("russia", None)}
_QUOTED = re.compile(r"“[^”]*”", re.S)
_LETTER = re.compile(r"[^\W\d_]")


@pytest.fixture(scope="session")
def korean_briefs(real_library: Library, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("korean")
    return {key: export_brief(subject, folder / f"{key}.pdf", lang="ko", meeting=meeting, library=real_library)
            for key, (subject, meeting) in OTHERS.items()}  # fmt: skip


def _model(library: Library, key: str, full: bool = False) -> Brief:
    if key.startswith("meeting"):
        return make_brief(library, None, meeting=MEETING_ID, lang="ko", full=full)
    return make_brief(library, key.removesuffix("-ko"), lang="ko", full=full)


def _own_language(text: str, brief: Brief) -> str:
    """``text`` without what keeps its own language by issue 23's rule: quotations, and the Sources list's
    titles, publishers with no Korean form and web addresses (white space ignored: the PDF wraps them)."""
    text = re.sub(r"\s+", "", _QUOTED.sub(" ", text))
    for source in brief.sources:
        for own in (source.title, source.publisher, source.url):
            if own and not HANGUL.search(own):
                text = text.replace(re.sub(r"\s+", "", own), "")
    return text


def _share(text: str) -> float:
    letters = _LETTER.findall(text)
    return len(HANGUL.findall(text)) / len(letters)


@pytest.mark.parametrize("key", [KOREAN, "meeting-ko", "russia-ko"])
def test_the_korean_briefs_first_three_pages_are_korean_outside_quotations_and_source_titles(
    briefs: dict[str, Path], korean_briefs: dict[str, Path], real_library: Library, key: str
) -> None:
    path = briefs[key] if key == KOREAN else korean_briefs[key]
    text = pdftext_raw(path, "-l", "3")
    share = _share(_own_language(text, _model(real_library, key)))
    assert share >= 0.7, f"{key}: {share:.0%} Hangul outside quotations and source titles"


def test_the_korean_page_one_gives_the_releases_figures_in_korean_units_and_dates(briefs: dict[str, Path]) -> None:
    page = pdftext(briefs[KOREAN], "-l", "1")
    assert "81억 달러" in page and "25만 명" in page and "2019년 12월 12일" in page
    assert "billion" not in page and "visitors" not in page


def test_a_quotation_in_korean_stays_the_documents_words_with_our_translation_beside_it(
    real_library: Library,
) -> None:
    brief = make_brief(real_library, "eastern", lang="ko", full=True)
    quoted = [n for n in brief.notes if n.verbatim]
    assert quoted and all(n.translation and HANGUL.search(n.translation) for n in quoted)
    inline = Inline(brief)
    for note in quoted:
        runs = inline.quotation(note)
        shown = plain(runs)
        assert shown.startswith(f"“{note.text}”") and "(번역: " in shown
        translation = shown.split("(번역: ", 1)[1]
        assert not re.search(r"[\"“”‘’]", translation), f"a translation in quotation marks: {translation}"
        assert hangul_share(note.text) == 0.0  # the held documents are English: their words stay English


def test_the_korean_full_dossier_prints_the_translations_marked_as_ours(briefs: dict[str, Path]) -> None:
    text = re.sub(r"동부 지역 · 신북방정책 브리핑 \d+ / \d+쪽", " ", pdftext(briefs[KOREAN + FULL]))  # no footers
    assert text.count("(번역: ") > 20
    assert not re.search(r"“[^”]*[\uac00-\ud7a3][^”]*”", text), "Hangul in quotation marks"


def test_notes_say_where_in_korean_and_name_publishers_by_their_korean_names(real_library: Library) -> None:
    brief = make_brief(real_library, "eastern", lang="ko")
    assert all(HANGUL.search(n.locator) for n in brief.notes if n.locator)
    assert "북방경제협력위원회" in {s.publisher for s in brief.sources}
    english = make_brief(real_library, "eastern")
    assert "Presidential Committee on Northern Economic Cooperation" in {s.publisher for s in english.sources}


def test_who_is_who_in_korean_has_names_apart_from_offices(real_library: Library) -> None:
    brief = make_brief(real_library, None, meeting=MEETING_ID, lang="ko")
    people = next(s for s in brief.sections if s.key == "meet").blocks[0]
    rows = {row[0].parts[0].text: row[1].parts[0].text for row in people.rows}  # type: ignore[union-attr]
    assert rows["알렉산드르 크루티코프"].endswith("차관") and rows["김건"] == "외교부 차관보"


def test_the_korean_map_names_what_it_shades_in_korean(real_library: Library) -> None:
    brief = make_brief(real_library, "eastern", lang="ko")
    figure = brief.maps()[0]
    assert "사하(야쿠티야)" in figure.alt and "추코트카" in figure.alt and "Sakha" not in figure.alt
    assert "연해주" in figure.labels.values()


def _words(brief: Brief) -> set[str]:
    """Every word the brief prints of its content and its labels."""
    out = set(f"{brief.title} {brief.subtitle} {brief.purpose} {brief.current_to} {brief.prepared}".split())
    out.update(word for label in LABELS["ko"].values() for word in label.split())
    for s in brief.statements():
        out.update(f"{s.lead} {s.text}".split())
    for section in brief.sections:
        out.update(f"{section.title} {section.intro}".split())
    return out


def test_korean_lines_break_between_words_not_inside_them(briefs: dict[str, Path], real_library: Library) -> None:
    """Each line of the Korean page 1 that ends in Hangul ends with a whole word of the brief."""
    words = _words(_model(real_library, "eastern-ko"))
    cut = []
    for line in pdftext_raw(briefs[KOREAN], "-l", "1").splitlines():
        last = line.split()[-1] if line.split() else ""
        if HANGUL.search(last[-1:]) and not re.fullmatch(r"\d+쪽", last) and not any(w.endswith(last) for w in words):
            cut.append(last)
    assert not cut, f"words cut at a line's end: {cut}"


def test_the_korean_word_file_is_korean(documents: dict[str, Path]) -> None:
    document = docx.Document(str(documents[f"{KOREAN}.docx"]))
    texts = [p.text for p in document.paragraphs]
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert "핵심 요약" in headings and "주요 수치" in headings and "출처 목록" in headings
    body = "\n".join(texts[: texts.index("출처 목록")])  # before the Sources list: all of it our own text
    assert _share(_QUOTED.sub(" ", body)) >= 0.7


def test_the_korean_web_page_is_korean(documents: dict[str, Path]) -> None:
    data = documents[f"{KOREAN}.html"].read_bytes()
    root = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(data)
    assert root.get("lang") == "ko"
    headings = ["".join(h.itertext()) for h in root.iter("h2")]
    assert "핵심 요약" in headings and "주석" in headings
    main = root.find(".//main")
    assert main is not None
    text = "".join(main.itertext())
    body = text.split("출처 목록", 1)[0]
    assert _share(_QUOTED.sub(" ", body)) >= 0.7
    assert "word-break: keep-all" in data.decode("utf-8")
