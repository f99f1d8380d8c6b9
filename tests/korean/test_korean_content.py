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
                  "missing": (d.missing, d.missing_ko)}  # fmt: skip
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


@pytest.mark.skipif(not korean.REQUIRE_KOREAN, reason="the bundled content is being translated: REQUIRE_KOREAN off")
def test_every_entry_of_the_bundled_content_has_its_korean() -> None:
    assert missing_korean(load_content(paths.content_dir())) == []


def test_no_korean_field_holds_a_quotation_mark() -> None:
    """The loader refuses one; this walks the bundled content's Korean as a second line of defence."""
    bundle = load_content(paths.content_dir())
    assert [(f, e, n) for f, e, n, _en, ko in pairs(bundle) if QUOTES.search(ko)] == []


def _quoted_spans(text: str) -> list[str]:
    return _QUOTED.findall(text)


def test_in_korean_only_a_held_documents_english_words_stand_in_quotation_marks(tmp_path: Path) -> None:
    """Everything a Korean reader is shown of every entry (title, text, sources, disputes) holds
    quotation marks only around words of a held document, and never around Korean."""
    content = write_content(tmp_path / "content", korean_files())
    bundle = load_content(content)
    held = " ".join(bundle.seeds.values())
    lib = Library.open(content, tmp_path / "store.sqlite")
    lib.set_language("ko")
    try:
        shown = []
        for entry_id in lib.repo.all_ids():
            entry = lib.repo.entry(entry_id)
            shown += [entry.title, entry.text]
            for cite in [*entry.citations, *(c for d in entry.disputes for c in d.citations)]:
                shown += [
                    f"\u201c{cite.quotation}\u201d" if cite.verbatim else cite.summary,
                    cite.translation,
                    cite.note,
                ]
    finally:
        lib.close()
    spans = [span for text in shown for span in _quoted_spans(text)]
    assert spans and all(" ".join(span.split()) in held and not has_hangul(span) for span in spans), spans
    assert not [t for t in shown if t and has_hangul(t) and QUOTES.search(t)]
