"""The brief quotes only held text, and its cover dates the content as the content dates itself."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import LANGUAGE, pdftext
from npviewer.brief.labels import format_date
from npviewer.store.citing import coverage_label
from npviewer.store.dates import PartialDate
from npviewer.store.library import Library

_QUOTED = re.compile(r"\u201c(.*?)\u201d")
_JOINS = re.compile(r"[\s\-\u00ad\u2010]")


def _squeezed(text: str) -> str:
    """Text without white space or hyphens: a line break may split or drop either in the PDF's text."""
    return _JOINS.sub("", text)


def _body_text(path: Path) -> str:
    """The PDF's text without its running headers and footers (the lines, digits aside, that stand on
    most pages), so a quotation that runs across a page break reads whole."""
    import subprocess
    from collections import Counter

    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = [[line.strip() for line in page.splitlines() if line.strip()] for page in raw.split("\f")]
    pages = [p for p in pages if p]
    counts = Counter(key for page in pages for key in {re.sub(r"\d+", "#", line) for line in page})
    furniture = {key for key, n in counts.items() if n >= max(3, len(pages) // 2)}
    kept = [line for page in pages for line in page if re.sub(r"\d+", "#", line) not in furniture]
    return " ".join(kept)


def test_every_text_in_quotation_marks_occurs_in_a_held_document(
    briefs: dict[str, Path], real_library: Library
) -> None:
    held = [_squeezed(d.text) for d in real_library.repo.documents() if d.held]
    for region, path in briefs.items():
        quoted = _QUOTED.findall(_body_text(path))
        assert quoted or not region.endswith("-full") or region.startswith("bookmarks"), region
        for text in quoted:
            words = _squeezed(text).rstrip(",.")
            assert any(words in doc for doc in held), (region, text)


def test_the_cover_dates_the_content_by_its_newest_date(briefs: dict[str, Path], real_library: Library) -> None:
    coverage = real_library.repo.coverage()
    label = coverage_label(coverage)
    assert label.startswith("Content current to ") and coverage.current_to is not None
    korean = "콘텐츠 기준일: " + format_date(PartialDate(coverage.current_to.iso[:7]), "ko")
    for region, path in briefs.items():
        first_page = pdftext(path, "-f", "1", "-l", "1")
        assert (korean if LANGUAGE.get(region) == "ko" else label) in first_page, region
