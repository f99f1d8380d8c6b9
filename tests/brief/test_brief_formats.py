"""The same brief in Word and HTML: read back with python-docx (heading styles, every note as a Word end
note, tables, the map with alt text, the language) and parsed with html5lib in strict mode."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import html5lib
import pytest
from docx.oxml.ns import qn

from conftest import KOREAN, MEETING
from npviewer.brief.export import make_brief
from npviewer.brief.inline import Inline, Run
from npviewer.store.library import Library

WORD = ("eastern", "eastern-full", "uzbekistan", MEETING, MEETING + "-full", KOREAN, KOREAN + "-full")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _brief(library: Library, key: str):  # type: ignore[no-untyped-def]
    subject = key.removesuffix("-full").removesuffix("-ko")
    return make_brief(library, None if subject == MEETING else subject, full=key.endswith("-full"),
                      meeting="ru-fe-subcommittee-13" if subject == MEETING else None,
                      lang="ko" if "-ko" in key else "en")  # fmt: skip


def _text(runs: list[Run]) -> str:
    """A note's text as the Word file holds it (a flag in brackets)."""
    return re.sub(r"\s+", " ", "".join(f" [{r.text}]" if r.style == "flag" else r.text for r in runs)).strip()


def _endnotes(path: Path) -> list[str]:
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read("word/endnotes.xml"))
    notes = [n for n in root.iter(f"{W}endnote") if n.get(f"{W}type") is None]
    return [re.sub(r"\s+", " ", "".join(t.text or "" for t in n.iter(f"{W}t"))).strip() for n in notes]


@pytest.mark.parametrize("key", WORD)
def test_word_has_heading_styles_and_every_note(documents: dict[str, Path], real_library: Library, key: str) -> None:
    path = documents[f"{key}.docx"]
    document = docx.Document(str(path))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "List Bullet"} <= styles
    brief = _brief(real_library, key)
    written = set(_endnotes(path))
    inline = Inline(brief)
    for note in brief.notes:
        assert _text(inline.note(note)) in written, f"{key}: note {note.number} is not a Word end note"
    assert document.tables and all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in document.tables)


@pytest.mark.parametrize("key", ["eastern", KOREAN])
def test_word_carries_the_language_and_the_map_with_alt_text(documents: dict[str, Path], key: str) -> None:
    document = docx.Document(str(documents[f"{key}.docx"]))
    lang = "ko-KR" if key == KOREAN else "en-GB"
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == lang and document.core_properties.language == lang
    pictures = document.inline_shapes
    assert len(pictures) == 1
    alt = pictures[0]._inline.docPr.get("descr")
    assert "Primorsky Krai" in alt or "연해주" in alt


@pytest.mark.parametrize("key", WORD)
def test_html_is_valid_with_lang_headings_and_alt_text(documents: dict[str, Path], key: str) -> None:
    data = documents[f"{key}.html"].read_bytes()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root = parser.parse(data)  # strict: any parse error raises
    assert root.get("lang") == ("ko" if "-ko" in key else "en")
    assert root.find(".//h1") is not None and root.findall(".//h2")
    images = root.findall(".//img")
    assert images and all(img.get("alt") for img in images)
    assert all(img.get("src", "").startswith("data:image/svg+xml;base64,") for img in images)  # nothing fetched
    assert "@media print" in data.decode("utf-8")
    notes = {li.get("id") for li in root.iter("li") if (li.get("id") or "").startswith("note-")}
    refs = {a.get("href")[1:] for a in root.iter("a") if (a.get("href") or "").startswith("#note-")}
    assert refs and refs <= notes
