"""An entry's citation in plain text, a Chicago note, BibTeX and RIS: quotations and references apart."""

from __future__ import annotations

import bibtexparser

from npviewer.store.citing import FORMATS, coverage_label, format_citation
from npviewer.store.dates import PartialDate
from npviewer.store.library import Library
from npviewer.store.records import Coverage


def _cite(library: Library, fmt: str, entry_id: str) -> str:
    repo = library.repo
    documents = {d.id: d for d in repo.documents()}
    return format_citation(fmt, repo.entry(entry_id), documents, repo.coverage(), repo.content_version)


def test_plain_marks_a_reference_and_its_summary_as_ours(mini_library: Library) -> None:
    text = _cite(mini_library, "plain", "meeting-13")
    assert "- Reference: A ministry, Another source, 12 December 2019, para. 1" in text
    assert "  Summary (npviewer's words, not the source's): The 13th meeting was held." in text
    assert "\u201c" not in text and '"' not in text


def test_plain_puts_a_quotation_in_quotation_marks_with_its_locator(mini_library: Library) -> None:
    text = _cite(mini_library, "plain", "eastern-gas")
    assert "- Quotation from The committee, A seed page, 2018, Eastern Region:" in text
    assert "  \u201cLaying the foundation to connect ROK, North Korea, and Russia in gas\u201d" in text


def test_plain_gives_a_disputed_versions_source_and_the_contents_date(mini_library: Library) -> None:
    text = _cite(mini_library, "plain", "forum-1")
    assert "Disputed date: another source gives 2018-09" in text
    assert "content current to December 2019; covers 2018-2019" in text


def test_chicago_note_names_publisher_title_type_date_locator_and_url(mini_library: Library) -> None:
    text = _cite(mini_library, "chicago", "meeting-13")
    assert text == (
        "1. A ministry, \u201cAnother source,\u201d press release, December 12, 2019, para. 1, https://example.org/a.\n"
    )


def test_bibtex_is_read_back_by_a_bibtex_parser(mini_library: Library) -> None:
    text = _cite(mini_library, "bibtex", "forum-1")
    records = bibtexparser.loads(text).entries
    assert len(records) == 1
    record = records[0]
    assert record["ID"] == "other" and record["ENTRYTYPE"] == "misc"
    assert record["title"] == "Another source"
    assert record["year"] == "2019" and record["month"] == "December"
    assert record["url"] == "https://example.org/a"
    assert record["note"] == "Cited at para. 4"  # one record for the document, its locator once


def test_bibtex_escapes_what_bibtex_would_read_as_markup(mini_library: Library) -> None:
    from npviewer.store.citing import bibtex
    from npviewer.store.records import Document

    entry = mini_library.repo.entry("meeting-13")
    odd = Document("other", "Trade & {growth}: 50% up #1", publisher="A_B", date="2019", language="ko")
    record = bibtexparser.loads(bibtex(entry, {"other": odd})).entries[0]
    assert record["title"] == r"Trade \& \{growth\}: 50\% up \#1"
    assert record["language"] == "korean"


def test_ris_has_the_tags_reference_managers_read(mini_library: Library) -> None:
    text = _cite(mini_library, "ris", "meeting-13")
    tags = [line[:2] for line in text.splitlines()]
    assert tags == ["TY", "TI", "PB", "PY", "DA", "UR", "LA", "N1", "ER"]
    assert "PY  - 2019" in text and "DA  - 2019/12/12/" in text and "UR  - https://example.org/a" in text
    assert text.splitlines()[-1] == "ER  - "


def test_every_format_of_a_seed_quotation(mini_library: Library) -> None:
    for fmt in FORMATS:
        assert "A seed page" in _cite(mini_library, fmt, "eastern-gas"), fmt


def test_coverage_label_speaks_of_months_and_years() -> None:
    assert coverage_label(Coverage(PartialDate("2021-11-30"), 1990, 2021)) == (
        "Content current to November 2021; covers 1990-2021"
    )
    assert coverage_label(Coverage(PartialDate("2021"), 2021, 2021)) == "Content current to 2021; covers 2021"
    assert coverage_label(Coverage(None, None, None)) == ""
