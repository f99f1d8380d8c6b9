"""The exported briefs, short and full, as a reader, a screen reader and a checker see them: tagged
PDF/UA-1, the bundled fonts only, page 1 first, quotations only of held documents, no stray or repeated
lines."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from fontTools.ttLib import TTFont

from conftest import FULL, KOREAN, LANGUAGE, MEETING, NOTE, SUBJECTS, pdfinfo, pdftext, pdftext_raw
from npviewer import __version__, paths
from npviewer.brief.labels import Labels, format_date
from npviewer.brief.parts import coverage
from npviewer.store.dates import PartialDate
from npviewer.store.library import Library
from npviewer.store.text import fold

KEY_FACTS = {
    "eastern": ["Rajin-Khasan", "9-BRIDGE", "13th meeting of the Korea-Russian Far East and Siberia Sub-committee",
                "Russian Far East and the Three Northeastern Provinces of China"],
    "western": ["KORUSTEC", "Western Russia, Ukraine, and Belarus"],
    "central": ["Korea-Central Asia Cooperation Forum", "Central Asia and Mongolia"],
    "russia": ["Russia", "Sub-committee"],
    "uzbekistan": ["Uzbekistan"],
    "bookmarks": ["Rajin-Khasan"],
    MEETING: ["Krutikov", "12 December 2019", "12th meeting"],
    # In Korean the content is Korean; the held documents' quotations (the full dossier's) stay English.
    KOREAN: ["나진-하산", "한-러 극동·시베리아 분과위원회 제13차 회의", "동부 지역"],
    KOREAN + FULL: ["나진-하산", "Rajin-Khasan", "한-러 극동·시베리아 분과위원회 제13차 회의", "연해주",
                    "러시아", "헤이룽장성", "북방경제협력위원회"],
}  # fmt: skip
#: The checks every brief passes, short and full, in English and in Korean alike.
ALL = tuple(key + suffix for key in (*SUBJECTS, KOREAN) for suffix in ("", FULL))


def facts(key: str) -> list[str]:
    return KEY_FACTS.get(key) or KEY_FACTS[key.removesuffix(FULL)]


def labels(subject: str) -> Labels:
    return Labels(LANGUAGE.get(subject, "en"))


def pages(path: Path) -> list[list[str]]:
    """Each page's non-empty lines, without the footer (its last two lines)."""
    raw = pdftext_raw(path)
    return [[line.strip() for line in page.splitlines() if line.strip()][:-2] for page in raw.split("\f")[:-1]]


@pytest.mark.parametrize("subject", ALL)
def test_tagged_pdf_ua_with_language_and_structure(briefs: dict[str, Path], subject: str) -> None:
    assert pdfinfo(briefs[subject])["Tagged"] == "yes"
    with pikepdf.open(briefs[subject]) as pdf:
        assert str(pdf.Root.Lang) == labels(subject).lang
        assert "/StructTreeRoot" in pdf.Root
        assert pdf.Root.MarkInfo.Marked
        meta = pdf.open_metadata()
        assert meta.get("pdfuaid:part") == "1"
        assert str(pdf.docinfo.get("/Title")).endswith(labels(subject)["document_title"].split("{title}")[1])


@pytest.mark.parametrize("subject", ALL)
def test_qpdf_check_passes(briefs: dict[str, Path], subject: str) -> None:
    result = subprocess.run(["qpdf", "--check", str(briefs[subject])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _bundled_font_names() -> set[str]:
    names = set()
    for path in (paths.resources_dir() / "fonts").iterdir():
        if path.suffix in (".ttf", ".otf"):
            with TTFont(str(path), lazy=True) as font:
                names.add(str(font["name"].getDebugName(6)))
    return names


@pytest.mark.parametrize("subject", ALL)
def test_only_bundled_fonts_all_embedded(briefs: dict[str, Path], subject: str) -> None:
    out = subprocess.run(["pdffonts", str(briefs[subject])], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    bundled = _bundled_font_names()
    assert rows
    for row in rows:
        name = row[0].split("+", 1)[-1].removesuffix("-Identity-H")
        assert name in bundled, f"{row[0]} is not a bundled font"
        assert row[-5] == "yes", f"{row[0]} is not embedded"


@pytest.mark.parametrize("subject", ALL)
def test_page_one_has_key_points_and_the_current_to_date(
    briefs: dict[str, Path], real_library: Library, subject: str
) -> None:
    first = pdftext(briefs[subject], "-l", "1")
    cover = coverage(real_library.repo)
    assert cover.current_to is not None
    words = labels(subject)
    month = format_date(PartialDate(cover.current_to.iso[:7]), words.lang)
    assert words["key_points"] in first
    assert words["current_to"].split("{date}")[0] + month in first
    for fact in facts(subject):
        assert fact in pdftext(briefs[subject]), f"{subject}: {fact!r} missing"


def _held_texts(library: Library) -> list[str]:
    return [_norm(d.text) for d in library.repo.documents() if d.text]


def _norm(text: str) -> str:
    """Words only: letters and digits, case folded (line-end hyphens, quotes and spacing ignored)."""
    return re.sub(r"\W+", "", fold(text).casefold())


@pytest.mark.parametrize("subject", ALL)
def test_every_quotation_occurs_in_a_held_document(
    briefs: dict[str, Path], real_library: Library, subject: str
) -> None:
    held = _held_texts(real_library)
    text = "\n".join("\n".join(lines) for lines in pages(briefs[subject]))  # without the footers
    quoted = re.findall(r"“(.+?)”", text, flags=re.S)
    assert quoted or not subject.endswith(FULL) or subject.startswith("bookmarks"), "no quotation at all"
    for span in quoted:
        assert any(_norm(span) in doc for doc in held), f"{subject}: “{span}” is in no held document"


@pytest.mark.parametrize("subject", ALL)
def test_no_short_page_except_before_a_new_part(briefs: dict[str, Path], subject: str) -> None:
    """Fewer than 5 lines only on a section's last page: one followed by Contents or Notes, or the last."""
    book = pages(briefs[subject])
    parts = (labels(subject)["contents"], labels(subject)["sec.notes"])
    for n, lines in enumerate(book[:-1]):
        if len(lines) < 5:
            assert book[n + 1][0] in parts, f"{subject}: page {n + 1} has {len(lines)} lines"


@pytest.mark.parametrize("subject", ALL)
def test_no_line_is_repeated_across_a_page_break(briefs: dict[str, Path], subject: str) -> None:
    book = pages(briefs[subject])
    for n in range(len(book) - 1):
        if book[n] and book[n + 1]:
            assert book[n][-1] != book[n + 1][0], f"{subject}: '{book[n][-1]}' on pages {n + 1} and {n + 2}"


def test_nothing_internal_reaches_the_reader(briefs: dict[str, Path], real_library: Library) -> None:
    ids = {d.id for d in real_library.repo.documents() if "-" in d.id and any(c.isdigit() for c in d.id)}
    for subject in ALL:
        text = pdftext(briefs[subject])
        assert not [i for i in ids if i in text], subject
        assert "Go to doc:" not in text and "entry id" not in text
        assert not re.search(r"facts(-2)?\.md|facts file|fact file", text, re.I), subject


@pytest.mark.parametrize("subject", ["eastern", "eastern-full"])
def test_hangul_alias_note_and_star(briefs: dict[str, Path], subject: str) -> None:
    text = pdftext(briefs[subject])
    assert "동부 지역" in text and NOTE in text and "★" in text


def test_han_names_of_the_provinces_print(briefs: dict[str, Path]) -> None:
    text = pdftext(briefs["eastern-full"])
    assert "黑龙江" in text and "吉林" in text and "辽宁" in text


def test_notes_are_left_out_unless_asked(briefs: dict[str, Path]) -> None:
    text = pdftext(briefs["western"])
    assert "나진-하산 메모" not in text


@pytest.mark.parametrize("subject", ["eastern", "eastern-full"])
def test_footer_and_metadata(briefs: dict[str, Path], subject: str) -> None:
    info = pdfinfo(briefs[subject])
    assert info["Title"] == "Eastern Region: New Northern Policy brief"
    count = int(info["Pages"])
    last = pdftext(briefs[subject], "-f", str(count), "-l", str(count))
    assert f"Page {count} of {count}" in last and "Eastern Region · New Northern Policy brief" in last
    assert f"npviewer {__version__}" in pdftext(briefs[subject], "-l", "1")


def test_note_numbers_link_to_their_notes(briefs: dict[str, Path]) -> None:
    with pikepdf.open(briefs["eastern-full"]) as pdf:
        links = [a for page in pdf.pages for a in page.get("/Annots", []) if a.get("/Subtype") == "/Link"]
        internal = [a for a in links if "/Dest" in a]
        external = [a for a in links if "/A" in a and a.A.get("/S") == "/URI"]
    assert len(internal) > 50 and external


def test_letter_paper(real_library: Library, tmp_path: Path) -> None:
    from npviewer.brief.export import export_brief

    letter = export_brief("central", tmp_path / "letter.pdf", paper="Letter", library=real_library)
    assert "(letter)" in pdfinfo(letter)["Page size"]


def test_korean_brief(real_library: Library, tmp_path: Path) -> None:
    from npviewer.brief.export import export_brief

    path = export_brief("eastern", tmp_path / "ko.pdf", lang="ko", library=real_library)
    text = pdftext(path, "-l", "1")
    assert "핵심 요약" in text and "콘텐츠 기준일" in text
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "ko"


@pytest.mark.parametrize("subject", [*SUBJECTS, "eastern-full", MEETING + FULL])
def test_pdfua_checker_finds_nothing(briefs: dict[str, Path], subject: str) -> None:
    """pdfua checks a machine-checkable subset of PDF/UA-1: a hint, the structure tests above are the proof."""
    import pdfua

    report = pdfua.validate(str(briefs[subject]))
    assert report.findings == (), [str(f) for f in report.findings]


def _figures_alt(node: object, found: list[str], depth: int = 0) -> list[str]:
    if depth > 64:
        return found
    if isinstance(node, pikepdf.Dictionary):
        if str(node.get("/S")) == "/Figure" and "/Alt" in node:
            found.append(str(node.Alt))
        if node.get("/K") is not None:
            _figures_alt(node.K, found, depth + 1)
    elif isinstance(node, pikepdf.Array):
        for child in node:
            _figures_alt(child, found, depth + 1)
    return found


@pytest.mark.parametrize("subject", ["eastern", "eastern-full"])
def test_the_map_is_a_figure_with_alt_text_naming_what_is_highlighted(briefs: dict[str, Path], subject: str) -> None:
    with pikepdf.open(briefs[subject]) as pdf:
        alts = _figures_alt(pdf.Root.StructTreeRoot, [])
    assert len(alts) == 1
    for name in ("Russian Far East", "Sakha (Yakutia)", "Heilongjiang", "Jilin", "Liaoning", "Primorsky Krai"):
        assert name in alts[0]
