"""The names glossary (``data/names.yaml``): each proper name the content refers to, in English, in
Korean and in its own script, so that a name is spelt one way everywhere.

:func:`name_mismatches` checks the content against it: where an English field names a glossary name,
its Korean sibling must use that name's Korean form (or one of its ``short`` forms: ``러`` in ``한-러``).
Longer names are matched first and hide the shorter names inside them (``North Korea`` is not also
``Korea``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from npviewer.store.hangul import QUOTES, has_hangul

if TYPE_CHECKING:
    from npviewer.store.content import ContentBundle

NAMES_FILE = "names.yaml"
NAME_KEYS = {"en", "ko", "local", "also", "short", "from"}

Fail = Callable[[str, str, str], None]


@dataclass(frozen=True)
class Name:
    en: str
    ko: str
    local: str = ""
    also: tuple[str, ...] = ()  # other English forms of the same name
    short: tuple[str, ...] = ()  # Korean forms that count too, in compounds or abbreviations
    source: str = ""

    def forms(self) -> tuple[str, ...]:
        return (self.ko, *self.short)


@dataclass
class NameGlossary:
    names: list[Name] = field(default_factory=list)

    def own_script(self) -> frozenset[str]:
        """The Korean forms that are no Hangul (a name with no Korean form keeps its own script)."""
        return frozenset(n.ko for n in self.names if not has_hangul(n.ko))

    def korean(self, english: str) -> str | None:
        """The Korean form of an English name, or None."""
        for name in self.names:
            if english in (name.en, *name.also):
                return name.ko
        return None

    def pattern(self) -> tuple[re.Pattern[str], dict[str, Name]]:
        """One regex of every English form, longest first, and the name each form stands for."""
        by_form = {form: n for n in self.names for form in (n.en, *n.also)}
        forms = sorted(by_form, key=len, reverse=True)
        alternation = "|".join(re.escape(f) for f in forms) or r"(?!)"
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), by_form


def read_names(directory: Path, parse: Callable[[Path, str], Any], fail: Fail) -> NameGlossary:
    """The glossary in ``directory/names.yaml`` (empty when there is none), each fault reported."""
    path = directory / NAMES_FILE
    if not path.is_file():
        return NameGlossary()
    data = parse(path, NAMES_FILE)
    if data is None:
        return NameGlossary()
    if not isinstance(data, dict) or set(data) != {"names"} or not isinstance(data["names"], list):
        fail(NAMES_FILE, "", "must be a mapping with only a 'names:' list of {en, ko, local, also, short, from}")
        return NameGlossary()
    glossary = NameGlossary()
    seen: dict[str, str] = {}
    for raw in data["names"]:
        name = _name(raw, fail)
        if name is None:
            continue
        for form in (name.en, *name.also):
            if form in seen and seen[form] != name.ko:
                fail(NAMES_FILE, form, f"is spelt two ways: {seen[form]} and {name.ko}; keep one")
            elif form in seen:
                fail(NAMES_FILE, form, "is listed twice")
            seen[form] = name.ko
        glossary.names.append(name)
    return glossary


def _name(raw: Any, fail: Fail) -> Name | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not isinstance(raw.get("ko"), str):
        fail(NAMES_FILE, str(raw)[:40], "a name needs 'en' and 'ko' (text)")
        return None
    en, ko = " ".join(raw["en"].split()), " ".join(raw["ko"].split())
    unknown = set(raw) - NAME_KEYS
    if unknown:
        fail(NAMES_FILE, en, f"unknown field(s) {sorted(unknown)}; known: {sorted(NAME_KEYS)}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("also", "short"):
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            fail(NAMES_FILE, en, f"'{key}' must be a list of names")
            value = []
        lists[key] = tuple(" ".join(v.split()) for v in value)
    local = str(raw.get("local") or "").strip()
    if not en or not ko:
        fail(NAMES_FILE, en or "?", "'en' and 'ko' must not be empty")
        return None
    if QUOTES.search(ko) or any(QUOTES.search(s) for s in lists["short"]):
        fail(NAMES_FILE, en, "the Korean holds a quotation mark: write the name plainly")
    if not has_hangul(ko) and ko not in (en, local, *lists["also"]):
        fail(NAMES_FILE, en, f"ko '{ko}' has no Hangul: give the Korean form, or the name in its own script")
    return Name(en, ko, local if local != "-" else "", lists["also"], lists["short"], str(raw.get("from") or ""))


# -- the content against the glossary ----------------------------------------------------------------


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
