"""Quotation marks only around words a held document really says, on every surface.

Over the real content: every quotation in the store occurs verbatim in a held document, and
wherever npviewer shows a citation (the detail pane, a document's page, each Copy citation format)
the text between quotation marks is either such a quotation or, in a Chicago note, a title.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from npviewer.store.citing import FORMATS, format_citation
from npviewer.store.library import Library
from npviewer.store.records import Document
from npviewer.store.text import fold
from npviewer.ui.reading.entry_html import render_document, render_entry

_QUOTED = re.compile(r"\u201c(.*?)\u201d", re.S)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return Library.open(target=tmp_path_factory.mktemp("quotations") / "store.sqlite")


@pytest.fixture(scope="module")
def documents(library: Library) -> dict[str, Document]:
    return {d.id: d for d in library.repo.documents()}


def _held_texts(documents: dict[str, Document]) -> list[str]:
    texts = [fold(d.text) for d in documents.values() if d.held]
    assert len(texts) == 2, "the two seed documents are held"
    return texts


def _in_held_text(quoted: str, held: list[str]) -> bool:
    words = fold(quoted).rstrip(",.")
    return bool(words) and any(words in text for text in held)


def _plain(html: str) -> str:
    return unescape(_TAG.sub("", html))


def test_every_quotation_in_the_store_occurs_verbatim_in_a_held_document(
    library: Library, documents: dict[str, Document]
) -> None:
    held = _held_texts(documents)
    rows = library.repo.conn.execute("SELECT c.entry_id, c.document_id, c.text, c.verbatim FROM citation c").fetchall()
    assert rows
    quotations = [(e, d, t) for e, d, t, verbatim in rows if verbatim]
    assert quotations
    for entry_id, document_id, text in quotations:
        assert documents[document_id].held, (entry_id, document_id)
        assert _in_held_text(text, held), (entry_id, text)


def test_no_citation_of_a_document_without_held_text_is_a_quotation(
    library: Library, documents: dict[str, Document]
) -> None:
    not_held = [d.id for d in documents.values() if not d.held]
    marks = ",".join("?" * len(not_held))
    count = library.repo.conn.execute(
        f"SELECT count(*) FROM citation WHERE verbatim AND document_id IN ({marks})", not_held
    ).fetchone()[0]
    assert count == 0


def test_the_detail_pane_quotes_only_held_text(library: Library, documents: dict[str, Document]) -> None:
    held = _held_texts(documents)
    glossary = {g.term: g.expansion for g in library.repo.glossary()}
    checked = 0
    for entry_id in library.repo.all_ids():
        entry = library.repo.entry(entry_id)
        text = _plain(render_entry(entry, glossary, documents).html)
        for quoted in _QUOTED.findall(text):
            assert _in_held_text(quoted, held), (entry_id, quoted)
            checked += 1
    assert checked > 100


def test_a_documents_page_quotes_only_held_text(library: Library, documents: dict[str, Document]) -> None:
    held = _held_texts(documents)
    for document in documents.values():
        html = render_document(document, library.repo.citations_of(document.id)).html
        # A held document's page ends with its full text, which is the document's own, not a quotation.
        html = html.split("<h3>Full text as captured</h3>")[0]
        for quoted in _QUOTED.findall(_plain(html)):
            assert _in_held_text(quoted, held), (document.id, quoted)


def test_every_copy_citation_format_quotes_only_held_text_or_a_title(
    library: Library, documents: dict[str, Document]
) -> None:
    held = _held_texts(documents)
    titles = {fold(d.title) for d in documents.values()}
    repo = library.repo
    for entry_id in repo.all_ids():
        entry = repo.entry(entry_id)
        for fmt in FORMATS:
            text = format_citation(fmt, entry, documents, repo.coverage(), repo.content_version)
            for quoted in _QUOTED.findall(text):
                is_title = fmt == "chicago" and fold(quoted).rstrip(",.") in titles
                assert is_title or _in_held_text(quoted, held), (entry_id, fmt, quoted)


def test_the_contents_current_to_date_is_its_newest_event_or_source(library: Library) -> None:
    repo = library.repo
    coverage = repo.coverage()
    assert coverage.current_to is not None
    event_ends = [r[0] for r in repo.conn.execute("SELECT CASE WHEN end != '' THEN end ELSE start END FROM event")]
    cited = repo.conn.execute(
        "SELECT d.date FROM document d WHERE d.date != '' AND d.id IN (SELECT document_id FROM citation)"
    ).fetchall()
    newest = max([*event_ends, *(r[0] for r in cited)])
    assert coverage.current_to.iso == newest
    first = repo.conn.execute("SELECT min(start) FROM event").fetchone()[0]
    assert coverage.first_year == int(first[:4])


def test_nothing_internal_reaches_the_reader_from_the_content(library: Library) -> None:
    """No text a reader sees names the team's fact files or shows a raw document id."""
    conn = library.repo.conn
    texts = [r[0] for r in conn.execute("SELECT title || ' ' || text FROM entry")]
    texts += [r[0] for r in conn.execute("SELECT text || ' ' || locator || ' ' || note FROM citation")]
    texts += [r[0] for r in conn.execute("SELECT date_note || ' ' || place || ' ' || participants FROM event")]
    texts += [r[0] for r in conn.execute("SELECT value || ' ' || note FROM dispute")]
    texts += [r[0] for r in conn.execute("SELECT title || ' ' || date_note || ' ' || missing FROM document")]
    internal = re.compile(r"facts(-2)?\.md|fact(s)? file|doc:[a-z]", re.I)
    assert not [t for t in texts if internal.search(t)]
    ids = [r[0] for r in conn.execute("SELECT id FROM document") if any(c.isdigit() for c in r[0])]
    assert not [(i, t) for t in texts for i in ids if i in t]
