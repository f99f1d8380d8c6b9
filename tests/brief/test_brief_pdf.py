"""The exported briefs of the real content: facts, structure, fonts, outline, metadata."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import NOTE, REGIONS, pdfinfo, pdftext
from npviewer import __version__

KEY_FACTS = {
    "eastern": ["Rajin-Khasan", "9-BRIDGE", "13th meeting of the Korea-Russian Far East and Siberia Sub-committee",
                "Russian Far East and the Three Northeastern Provinces of China"],
    "western": ["KORUSTEC", "Western Russia, Ukraine, and Belarus"],
    "central": ["Korea-Central Asia Cooperation Forum", "Central Asia and Mongolia"],
}  # fmt: skip


@pytest.mark.parametrize("region", REGIONS)
def test_brief_carries_the_regions_key_facts(briefs: dict[str, Path], region: str) -> None:
    text = pdftext(briefs[region])
    for fact in KEY_FACTS[region]:
        assert fact in text, f"{region}: {fact!r} missing"


def test_meetings_keep_date_order_and_say_what_was_agreed(briefs: dict[str, Path]) -> None:
    text = pdftext(briefs["eastern"], "-f", "3")
    first, thirteenth = text.index("1st meeting of the Korea-Russian"), text.index("13th meeting of the Korea-Russian")
    assert first < thirteenth
    assert "Participants:" in text and "When:" in text and "Where:" in text


def test_sources_are_numbered_end_notes_with_status(briefs: dict[str, Path]) -> None:
    text = pdftext(briefs["eastern"])
    notes = text[text.rindex("Notes Each numbered note") :]
    assert "1. Region-Specific Strategies" in notes
    assert "[inferred]" in notes
    assert "Disputed date: another source gives" in text


@pytest.mark.parametrize("region", REGIONS)
def test_qpdf_check_passes(briefs: dict[str, Path], region: str) -> None:
    result = subprocess.run(["qpdf", "--check", str(briefs[region])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("region", REGIONS)
def test_every_font_is_embedded(briefs: dict[str, Path], region: str) -> None:
    out = subprocess.run(["pdffonts", str(briefs[region])], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, "no fonts at all"
    assert any(row[0].endswith("NanumGothic") for row in rows)
    for row in rows:
        emb = row[-5]  # columns: name type... encoding emb sub uni object ID
        assert emb == "yes", f"{row[0]} is not embedded"


def test_hangul_alias_and_note_round_trip(briefs: dict[str, Path]) -> None:
    text = pdftext(briefs["eastern"])
    assert "동부 지역" in text
    assert NOTE in text
    assert "★" in text


def test_notes_are_left_out_unless_asked(real_library: object, tmp_path: Path) -> None:
    from npviewer.brief.export import export_brief
    from npviewer.store.userdata import UserStore

    store = UserStore(tmp_path / "user.sqlite")
    store.add_bookmark("eastern-rajin-khasan", "Rajin-Khasan", NOTE)
    try:
        path = export_brief("eastern", tmp_path / "e.pdf", user_store=store, library=real_library)  # type: ignore[arg-type]
    finally:
        store.close()
    text = pdftext(path)
    assert "나진-하산 메모" not in text
    assert "My bookmarks" in text and "★" in text


def test_spaces_survive_text_extraction(briefs: dict[str, Path]) -> None:
    text = pdftext(briefs["central"], "-l", "1")
    assert "Central Asia and Mongolia" in text
    assert "\x01" not in text


@pytest.mark.parametrize("region", REGIONS)
def test_outline_metadata_and_footer(briefs: dict[str, Path], region: str) -> None:
    reader = PdfReader(briefs[region])
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:2] == [f"{region.title()} Region", "Contents"]
    assert {"Character of the region", "Notes", "Sources"} <= set(titles)
    info = pdfinfo(briefs[region])
    assert info["Title"] == f"{region.title()} Region: New Northern Policy brief"
    assert info["Creator"] == f"npviewer {__version__}"
    assert info["Subject"].startswith(f"{region.title()} Region")
    pages = int(info["Pages"])
    last = pdftext(briefs[region], "-f", str(pages), "-l", str(pages))
    assert f"Page {pages} of {pages}" in last
    assert f"{region.title()} Region · New Northern Policy brief" in last


def test_contents_page_numbers_point_at_the_headings(briefs: dict[str, Path]) -> None:
    reader = PdfReader(briefs["eastern"])
    outline = {
        item.title: reader.get_destination_page_number(item) for item in reader.outline if not isinstance(item, list)
    }
    contents = pdftext(briefs["eastern"], "-f", "2", "-l", "2")
    page = outline["Key figures"] + 1
    assert f"Key figures {page}" in contents


def test_letter_differs_from_a4(real_library: object, briefs: dict[str, Path], tmp_path: Path) -> None:
    from npviewer.brief.export import export_brief

    letter = export_brief("central", tmp_path / "letter.pdf", paper="Letter", library=real_library)  # type: ignore[arg-type]
    assert "(letter)" in pdfinfo(letter)["Page size"]
    assert "(A4)" in pdfinfo(briefs["central"])["Page size"]
