"""Thirty entries read side by side (tests/korean/side_by_side.yaml): each English field and its Korean
carry the same facts, numbers and dates, and every full date of the English is in the Korean in
Korean form (15 December 2015 -> 2015년 12월 15일)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from npviewer import paths
from npviewer.store.content import ContentBundle, EntrySpec, load_content

SAMPLE = Path(__file__).with_name("side_by_side.yaml")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
#: A day (or a span of days, 21-23 April 2019) with its month and year.
_DATE = re.compile(rf"(?<![\d-])(\d{{1,2}}(?:-\d{{1,2}})?) ({'|'.join(MONTHS)}) (\d{{4}})\b")


def _sample() -> list[dict[str, Any]]:
    return list(yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))["entries"])


@pytest.fixture(scope="module")
def bundle() -> ContentBundle:
    return load_content(paths.content_dir())


def field_pair(entry: EntrySpec, name: str) -> tuple[str, str]:
    """The English and the Korean of one field of an entry, as side_by_side.yaml names it."""
    if name in ("title", "text"):
        return getattr(entry, name), getattr(entry, f"{name}_ko")
    if name in ("place", "date_note") and entry.event:
        return getattr(entry.event, name), getattr(entry.event, f"{name}_ko")
    if name == "participants" and entry.event:
        return " ; ".join(entry.event.participants), " ; ".join(entry.event.participants_ko)
    if name == "period" and entry.figure:
        return entry.figure.period, entry.figure.period_ko
    source = re.fullmatch(r"(?:disputed (\d+) )?source (\d+)( note)?", name)
    if source:
        dispute, number, note = source.groups()
        cites = entry.disputes[int(dispute) - 1].citations if dispute else entry.citations
        cite = cites[int(number) - 1]
        return (cite.note, cite.note_ko) if note else (cite.text, cite.text_ko)
    dispute_note = re.fullmatch(r"disputed (\d+) note", name)
    if dispute_note:
        d = entry.disputes[int(dispute_note.group(1)) - 1]
        return d.note, d.note_ko
    raise KeyError(f"{entry.id}: no field '{name}'")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_sample_is_thirty_entries_across_every_kind(bundle: ContentBundle) -> None:
    sample = _sample()
    by_id = {e.id: e for e in bundle.entries}
    assert len(sample) == 30 and len({s["id"] for s in sample}) == 30
    assert [(s["id"], s["kind"], s["file"]) for s in sample] == [
        (s["id"], by_id[s["id"]].kind, by_id[s["id"]].file) for s in sample
    ]
    assert {s["kind"] for s in sample} == {e.kind for e in bundle.entries}
    assert len({s["file"] for s in sample}) >= 25
    assert all(len(s["facts"]) >= 2 for s in sample)


def lost_facts(entry: EntrySpec, facts: list[dict[str, Any]]) -> list[str]:
    """Each fact whose Korean the entry's Korean field does not carry (its English must still say it)."""
    lost = []
    for fact in facts:
        english, korean = (_flat(t) for t in field_pair(entry, fact["field"]))
        assert str(fact["en"]) in english, f"{entry.id} {fact['field']}: the English no longer says {fact['en']!r}"
        if str(fact["ko"]) not in korean:
            lost.append(f"{fact['field']}: {fact['en']!r} should read {fact['ko']!r} in: {korean}")
    return lost


@pytest.mark.parametrize("item", _sample(), ids=lambda s: s["id"])
def test_english_and_korean_carry_the_same_facts(bundle: ContentBundle, item: dict[str, Any]) -> None:
    entry = next(e for e in bundle.entries if e.id == item["id"])
    assert lost_facts(entry, item["facts"]) == []


def korean_dates(days: str, month: str, year: str) -> tuple[str, ...]:
    """The Korean forms of a date: 2015년 12월 15일; a span 2019년 4월 21-23일 or 21~23일."""
    first, _, last = days.partition("-")
    span = f"{int(first)}-{int(last)}" if last else str(int(first))
    korean = f"{year}년 {MONTHS.index(month) + 1}월 {span}일"
    return (korean, korean.replace("-", "~")) if last else (korean,)


@pytest.mark.parametrize("item", _sample(), ids=lambda s: s["id"])
def test_every_full_date_of_the_english_is_in_the_korean(bundle: ContentBundle, item: dict[str, Any]) -> None:
    entry = next(e for e in bundle.entries if e.id == item["id"])
    names = ["title", "text", "place", "date_note", "period"]
    names += [f"source {n}{note}" for n in range(1, len(entry.citations) + 1) for note in ("", " note")]
    names += [f"disputed {n} note" for n in range(1, len(entry.disputes) + 1)]
    missing = []
    for name in names:
        try:
            english, korean = field_pair(entry, name)
        except KeyError:
            continue
        wanted = [korean_dates(*m.groups()) for m in _DATE.finditer(_flat(english))]
        missing += [f"{name}: {forms[0]}" for forms in wanted if not any(f in _flat(korean) for f in forms)]
    assert missing == []


def test_english_dates_are_read_in_korean_form() -> None:
    found = [korean_dates(*m.groups()) for m in _DATE.finditer("on 15 December 2015, 21-23 April 2019")]
    assert found == [("2015년 12월 15일",), ("2019년 4월 21-23일", "2019년 4월 21~23일")]


def test_a_korean_text_that_says_another_amount_is_caught(bundle: ContentBundle) -> None:
    item = next(s for s in _sample() if s["id"] == "korea-kazakhstan-trade-2017")
    entry = next(e for e in bundle.entries if e.id == item["id"])
    changed = replace(entry, text_ko=entry.text_ko.replace("15억 달러", "1억 5,000만 달러"))
    assert [f.split(":")[0] for f in lost_facts(changed, item["facts"])] == ["text"]
