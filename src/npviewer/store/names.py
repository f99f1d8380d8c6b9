"""The names glossary (``data/names.yaml``): each proper name the content refers to, in English, in
Korean and in its own script, so that a name is spelt one way everywhere.

:func:`name_mismatches` checks the content against it: where an English field names a glossary name,
its Korean sibling must use that name's Korean form (or one of its ``short`` forms: ``러`` in ``한-러``).
Longer names are matched first and hide the shorter names inside them (``North Korea`` is not also
``Korea``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from npviewer.store.hangul import QUOTES, has_hangul

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
