"""Every entry carries its Korean (once the translations land), and no Korean text stands in
quotation marks: only a held document's words are ever quoted, and the held documents are English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from content_factory import korean_files, write_content
from npviewer import paths
from npviewer.store import korean
from npviewer.store.content import ContentBundle, load_content
from npviewer.store.hangul import QUOTES, has_hangul
from npviewer.store.library import Library
from npviewer.store.name_check import pairs

_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]")


def missing_korean(bundle: ContentBundle) -> list[str]:
    """Every field a reader reads that has no Korean beside it: file, entry, field."""
    out = []
    for e in bundle.entries:
        fields = {"title": (e.title, e.title_ko), "text": (e.text, e.text_ko)}
        if e.event:
            ev = e.event
            fields |= {"place": (ev.place, ev.place_ko), "date_note": (ev.date_note, ev.date_note_ko),
                       "participants": (ev.participants, ev.participants_ko)}  # fmt: skip
        if e.figure and re.search(r"[A-Za-z]", e.figure.period):
            fields["period"] = (e.figure.period, e.figure.period_ko)
        for n, c in enumerate([*e.citations, *(c for d in e.disputes for c in d.citations)], start=1):
            fields[f"source {n} {'quote' if c.verbatim else 'summary'}"] = (c.text, c.text_ko)
            fields[f"source {n} note"] = (c.note, c.note_ko)
        for n, d in enumerate(e.disputes, start=1):
            if d.field in korean.WORDED_DISPUTES:
                fields[f"disputed {n} value"] = (d.value, d.value_ko)
            fields[f"disputed {n} note"] = (d.note, d.note_ko)
        out += [f"{e.file}, {e.id}: {name}_ko" for name, (en, ko) in fields.items() if en and not ko]
    for d in bundle.documents:
        fields = {"description": (d.title if d.title_supplied else "", d.title_ko),
                  "reliability note": (d.reliability_note, d.reliability_note_ko),
                  "date note": (d.date_note, d.date_note_ko), "missing": (d.missing, d.missing_ko)}  # fmt: skip
        out += [f"document {d.id}: {name}_ko" for name, (en, ko) in fields.items() if en and not ko]
    out += [f"glossary {g.term}: expansion_ko" for g in bundle.glossary if not g.expansion_ko]
    return out


def test_every_field_of_the_translated_fixture_has_its_korean(tmp_path: Path) -> None:
    assert missing_korean(load_content(write_content(tmp_path / "content", korean_files()))) == []


def test_the_walk_finds_a_missing_korean_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(korean, "REQUIRE_KOREAN", False)
    files = korean_files()
    del files["events.yaml"]["entries"][0]["participants_ko"]
    bundle = load_content(write_content(tmp_path / "content", files, korean=False))
    assert missing_korean(bundle) == ["events.yaml, meeting-13: participants_ko"]


def test_every_entry_of_the_bundled_content_has_its_korean() -> None:
    """Runs whichever way the switch stands: the translations have landed, so nothing may lack its Korean."""
    assert korean.REQUIRE_KOREAN
    bundle = load_content(paths.content_dir())
    assert len(bundle.entries) > 300 and missing_korean(bundle) == []


def test_no_korean_field_holds_a_quotation_mark() -> None:
    """The loader refuses one; this walks the bundled content's Korean as a second line of defence."""
    bundle = load_content(paths.content_dir())
    assert [(f, e, n) for f, e, n, _en, ko in pairs(bundle) if QUOTES.search(ko)] == []


def _quoted_spans(text: str) -> list[str]:
    return _QUOTED.findall(text)


def shown_in_korean(lib: Library) -> list[str]:
    """Everything a Korean reader is shown of every entry (title, text, sources, disputes, the when
    and where) and of every source record but its own title, with each quotation in its marks."""
    lib.set_language("ko")
    shown: list[str] = []
    for entry_id in lib.repo.all_ids():
        entry = lib.repo.entry(entry_id)
        shown += [entry.title, entry.text]
        for cite in [*entry.citations, *(c for d in entry.disputes for c in d.citations)]:
            shown += [f"\u201c{cite.quotation}\u201d" if cite.verbatim else cite.summary, cite.translation, cite.note]
        shown += [text for d in entry.disputes for text in (d.value, d.note)]
        if entry.event:
            shown += [entry.event.place, entry.event.date_note, *entry.event.participants]
    for document in lib.repo.documents():
        description = document.display_title if document.title_supplied else ""  # a source's own title stays
        shown += [description, document.reliability_note, document.date_note, *(why for _, why in document.missing)]
    return [text for text in shown if text]


def _only_held_words_are_quoted(shown: list[str], held: str) -> None:
    spans = [span for text in shown for span in _quoted_spans(text)]
    assert spans and all(" ".join(span.split()) in held and not has_hangul(span) for span in spans), spans
    assert not [t for t in shown if has_hangul(t) and QUOTES.search(t)]


def test_in_korean_only_a_held_documents_english_words_stand_in_quotation_marks(tmp_path: Path) -> None:
    """In the translated fixture, quotation marks stand only around words of a held document, and
    never around Korean."""
    content = write_content(tmp_path / "content", korean_files())
    bundle = load_content(content)
    lib = Library.open(content, tmp_path / "store.sqlite")
    try:
        _only_held_words_are_quoted(shown_in_korean(lib), " ".join(bundle.seeds.values()))
    finally:
        lib.close()


def test_in_the_bundled_content_read_in_korean_only_held_words_are_quoted(tmp_path: Path) -> None:
    """The same over all the bundled content: every entry and source record as a Korean reader sees
    them (issue 23: no Korean text in quotation marks unless it is in a held document)."""
    bundle = load_content(paths.content_dir())
    lib = Library.open(None, tmp_path / "bundled.sqlite")
    try:
        shown = shown_in_korean(lib)
        assert len(shown) > 2000
        _only_held_words_are_quoted(shown, " ".join(" ".join(t.split()) for t in bundle.seeds.values()))
    finally:
        lib.close()
