"""Whether the Korean writes each name the way the names glossary does, field by field.

Apart from :mod:`npviewer.store.names` (which the loader uses to read the glossary), so that the
check can walk a loaded content bundle without the glossary module importing the loader.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from npviewer.store.content import ContentBundle
    from npviewer.store.names import NameGlossary


@dataclass(frozen=True)
class NameMismatch:
    file: str
    entry: str
    field: str
    english: str  # the name as the English field writes it
    korean: str  # the form the Korean should use

    def __str__(self) -> str:
        return (f"{self.file}, entry '{self.entry}': {self.field}_ko should write {self.english} as "
                f"{self.korean} (data/names.yaml)")  # fmt: skip


def pairs(bundle: ContentBundle) -> Iterator[tuple[str, str, str, str, str]]:
    """Every (file, entry, field, English, Korean) of the content whose Korean is given."""
    for e in bundle.entries:
        rows = [("title", e.title, e.title_ko), ("text", e.text, e.text_ko)]
        if e.event:
            ev = e.event
            rows += [("place", ev.place, ev.place_ko), ("date_note", ev.date_note, ev.date_note_ko)]
            rows += [("participants", p, k) for p, k in zip(ev.participants, ev.participants_ko, strict=False)]
        if e.figure:
            rows.append(("period", e.figure.period, e.figure.period_ko))
        cites = [("sources", c) for c in e.citations]
        for d in e.disputes:
            rows += [("disputed.value", d.value, d.value_ko), ("disputed.note", d.note, d.note_ko)]
            cites += [("disputed.sources", c) for c in d.citations]
        for where, c in cites:
            rows += [(f"{where}.{'quote' if c.verbatim else 'summary'}", c.text, c.text_ko)]
            rows += [(f"{where}.note", c.note, c.note_ko)]
        yield from ((e.file, e.id, f, en, ko) for f, en, ko in rows if ko)
    for doc in bundle.documents:
        rows = [("description", doc.title if doc.title_supplied else "", doc.title_ko)]
        rows.append(("reliability.note", doc.reliability_note, doc.reliability_note_ko))
        rows.append(("date_note", doc.date_note, doc.date_note_ko))
        rows += [(f"missing.{n}", why, dict(doc.missing_ko).get(n, "")) for n, why in doc.missing]
        yield from (("sources", f"document {doc.id}", f, en, ko) for f, en, ko in rows if ko)
    for term in bundle.glossary:
        if term.expansion_ko:
            yield "sources.yaml", f"glossary {term.term}", "expansion", term.expansion, term.expansion_ko


def name_mismatches(bundle: ContentBundle, glossary: NameGlossary | None = None) -> list[NameMismatch]:
    """Each Korean field that does not use the Korean form of a name its English field names."""
    glossary = bundle.names if glossary is None else glossary
    if not glossary.names:
        return []
    pattern, by_form = glossary.pattern()
    out: list[NameMismatch] = []
    for file, entry, field_name, english, korean in pairs(bundle):
        for found in dict.fromkeys(m.group() for m in pattern.finditer(english)):
            name = by_form[found]
            if not any(form in korean for form in name.forms()):
                out.append(NameMismatch(file, entry, field_name, found, name.ko))
    return out
