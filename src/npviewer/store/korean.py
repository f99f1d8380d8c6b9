"""The Korean siblings of the content's fields (``title_ko`` beside ``title``...), read and checked
as data/README.md (its Korean section) describes them.

Korean that is present is always checked: not empty, Hangul where the English has letters (a field
of little Hangul is "still English"), no quotation mark of any kind, a ``participants_ko`` list as
long as ``participants``, a ``missing_ko`` with the keys of ``missing``. Korean that is missing is
counted, and refused only when :data:`REQUIRE_KOREAN` is on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from npviewer.store.hangul import QUOTES, hangul_share, still_english

#: Refuse content whose Korean is missing: every entry, source record and glossary term carries its
#: Korean beside its English (a test may turn it off to load content written before the Korean).
REQUIRE_KOREAN = True

KO_ENTRY_KEYS = frozenset({"title_ko", "text_ko", "place_ko", "participants_ko", "date_note_ko", "period_ko"})
KO_DOCUMENT_KEYS = frozenset({"description_ko", "missing_ko", "date_note_ko"})
KO_CITATION_KEYS = frozenset({"summary_ko", "quote_ko", "note_ko"})
#: The disputed fields whose value is words (a date or a number is not translated).
WORDED_DISPUTES = ("place", "text", "title")

#: What a Korean field can be: translated, or one of the faults counted by ``npviewer check-data``.
TRANSLATED, MISSING, EMPTY, ENGLISH = "translated", "missing", "empty", "english"
QUOTED, MISMATCHED, CONTROL = "quoted", "mismatched", "control"
FAULTS = (MISSING, EMPTY, ENGLISH, QUOTED, MISMATCHED, CONTROL)

Fail = Callable[[str, str, str], None]
#: Control characters (but line breaks and tabs in running text), as the English is refused them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
T = TypeVar("T")


@dataclass
class KoreanReport:
    """How the content's Korean stands, per file and per field (``title``, ``sources.summary``...)."""

    counts: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)

    def add(self, file: str, name: str, status: str) -> None:
        self.counts.setdefault((file, name), Counter())[status] += 1

    def total(self, status: str) -> int:
        return sum(c[status] for c in self.counts.values())

    def by_field(self) -> dict[str, Counter[str]]:
        out: dict[str, Counter[str]] = {}
        for (_file, name), counts in self.counts.items():
            out.setdefault(name, Counter()).update(counts)
        return dict(sorted(out.items()))

    def by_file(self) -> dict[str, Counter[str]]:
        out: dict[str, Counter[str]] = {}
        for (file, _name), counts in self.counts.items():
            out.setdefault(file, Counter()).update(counts)
        return dict(sorted(out.items()))


class KoreanReader:
    """Reads the ``*_ko`` siblings of one content folder, reporting faults through ``fail``."""

    def __init__(self, fail: Fail, require: bool | None = None, own_script: frozenset[str] = frozenset()):
        """``own_script``: names whose Korean form is their own script (no Hangul), from data/names.yaml."""
        self.fail = fail
        self.require = REQUIRE_KOREAN if require is None else require
        self.own_script = own_script
        self.report = KoreanReport()

    # -- one field ---------------------------------------------------------------------------------

    def text(self, raw: Mapping[str, Any], key: str, rel: str, label: str, name: str = "", where: str = "") -> str:
        """The checked Korean of ``raw[key]`` (``raw[key + '_ko']``), "" when missing or at fault.
        ``name`` is the field as counted (``sources.summary``); ``where`` says which item holds it."""
        english = raw.get(key)
        korean = raw.get(f"{key}_ko")
        english_text = "" if english is None else " ".join(str(english).split())
        return self._check(rel, label, name or key, f"{where}{key}_ko", english_text, korean, paragraphs=key == "text")

    def _check(
        self, rel: str, label: str, name: str, shown: str, english: str, korean: Any, paragraphs: bool = False
    ) -> str:
        """``paragraphs``: an entry's text keeps its paragraphs (as its English does); any other field
        is one line."""
        if korean is None:
            if english:
                self.report.add(rel, name, MISSING)
                if self.require:
                    self.fail(rel, label, f"{shown} is missing: give the Korean of {shown[:-3]} (see data/README.md)")
            return ""
        if not english:
            self.fail(rel, label, f"gives {shown} but no {shown[:-3]}: the Korean goes beside its English")
            return ""
        if not isinstance(korean, str | int | float) or isinstance(korean, bool):
            self.fail(rel, label, f"{shown} must be text, got {type(korean).__name__}")
            return ""
        text = str(korean).strip() if paragraphs else " ".join(str(korean).split())
        status, problem = self._fault(text, english)
        self.report.add(rel, name, status)
        if problem:
            self.fail(rel, label, f"{shown} {problem}")
            return ""
        return text

    def _fault(self, korean: str, english: str) -> tuple[str, str]:
        if not korean:
            return EMPTY, "is empty: write the Korean, or leave the key out until it is written"
        if _CONTROL.search(korean):
            return CONTROL, "holds a control character: remove it"
        mark = QUOTES.search(korean)
        if mark:
            return QUOTED, (f"holds a quotation mark ({mark.group()}): Korean text is never in quotation marks; "
                            "translate the quoted words plainly")  # fmt: skip
        if still_english(korean, english) and korean not in self.own_script:
            return ENGLISH, (f"is still English ({hangul_share(korean):.0%} Hangul): write it in Korean "
                             f"(a name with no Korean form goes in data/names.yaml): {korean[:60]!r}")  # fmt: skip
        return TRANSLATED, ""

    def items(self, raw: Mapping[str, Any], key: str, rel: str, label: str) -> tuple[str, ...]:
        """The checked Korean of a list (``participants_ko``): as long as the English, item by item."""
        english = [" ".join(str(p).split()) for p in raw.get(key) or []] if isinstance(raw.get(key), list) else []
        korean = raw.get(f"{key}_ko")
        if korean is None or not english:
            self._check(rel, label, key, f"{key}_ko", " ".join(english), korean)
            return ()
        if not isinstance(korean, list) or len(korean) != len(english):
            self.report.add(rel, key, MISMATCHED)
            self.fail(rel, label, f"{key}_ko must be a list of {len(english)} items, in the order of {key}")
            return ()
        pairs = enumerate(zip(english, korean, strict=True), start=1)
        out = tuple(self._check(rel, label, key, f"{key}_ko[{i}]", e, k) for i, (e, k) in pairs)
        return out if all(out) else ()

    def mapping(self, raw: Mapping[str, Any], key: str, rel: str, label: str) -> dict[str, str]:
        """The checked Korean of a mapping (``missing_ko``): the same keys, each value checked."""
        english = raw.get(key)
        korean = raw.get(f"{key}_ko")
        if not isinstance(english, dict):
            if korean is not None:
                self.fail(rel, label, f"gives {key}_ko but no {key}")
            return {}
        if korean is None:
            for name in english:
                self._check(rel, label, f"{key}.{name}", f"{key}_ko.{name}", str(english[name] or ""), None)
            return {}
        if not isinstance(korean, dict) or set(map(str, korean)) != set(map(str, english)):
            self.report.add(rel, key, MISMATCHED)
            self.fail(rel, label, f"{key}_ko must map the same fields as {key}: {sorted(map(str, english))}")
            return {}
        out = {
            str(n): self._check(rel, label, f"{key}.{n}", f"{key}_ko.{n}", str(english[n] or ""), korean[n])
            for n in english
        }
        return out if all(out.values()) else {}

    # -- whole records -----------------------------------------------------------------------------

    def entry(self, raw: Mapping[str, Any], rel: str, label: str, spec: Any) -> None:
        """Fill an entry's Korean (title, text, its event's place, participants and date note, its
        figure's worded period) from its raw fields."""
        spec.title_ko = self.text(raw, "title", rel, label)
        spec.text_ko = self.text(raw, "text", rel, label)
        if spec.event is not None:
            spec.event = replace(
                spec.event,
                place_ko=self.text(raw, "place", rel, label),
                participants_ko=self.items(raw, "participants", rel, label),
                date_note_ko=self.text(raw, "date_note", rel, label),
            )
        else:
            for key in ("place", "participants", "date_note"):
                if f"{key}_ko" in raw and key not in raw:
                    self.fail(rel, label, f"gives {key}_ko but no {key}")
        period = raw.get("period")
        if spec.figure is not None and isinstance(period, str) and any(c.isalpha() for c in period):
            spec.figure = replace(spec.figure, period_ko=self.text(raw, "period", rel, label))
        elif "period_ko" in raw and spec.figure is not None:  # a bare date: the code writes it in Korean
            korean = self._check(rel, label, "period", "period_ko", str(period or ""), raw["period_ko"])
            spec.figure = replace(spec.figure, period_ko=korean)

    def citation(self, raw: Any, rel: str, label: str, number: int, cite: T) -> T:
        """A citation with its Korean: a quotation's translation or a reference's summary, its note."""
        if not isinstance(raw, dict):
            return cite
        where = f"source {number} ({raw.get('doc', '?')}): "
        key = "quote" if raw.get("quote") is not None else "summary"
        text_ko = self.text(raw, key, rel, label, f"sources.{key}", where)
        if key == "quote" and "summary_ko" in raw:
            self.fail(rel, label, f"{where}summary_ko beside a quote: a quotation's Korean is its quote_ko")
        note_ko = self.text(raw, "note", rel, label, "sources.note", where)
        return replace(cite, text_ko=text_ko, note_ko=note_ko)  # type: ignore[type-var]

    def dispute(self, raw: Mapping[str, Any], rel: str, label: str, number: int, dispute: T) -> T:
        where = f"disputed {number}: "
        value_ko = ""
        if raw.get("field") in WORDED_DISPUTES:
            value_ko = self.text(raw, "value", rel, label, "disputed.value", where)
        elif "value_ko" in raw:
            self.fail(rel, label, f"{where}value_ko given for a {raw.get('field')}: only words are translated")
        note_ko = self.text(raw, "note", rel, label, "disputed.note", where)
        return replace(dispute, value_ko=value_ko, note_ko=note_ko)  # type: ignore[type-var]

    def glossary(self, raw: Mapping[str, Any], rel: str, term: T) -> T:
        label = str(raw.get("term", "?"))
        return replace(term, expansion_ko=self.text(raw, "expansion", rel, f"glossary {label}"))  # type: ignore[type-var]

    def document(self, raw: Mapping[str, Any], rel: str, doc_id: str, doc: T) -> T:
        """A source record with its Korean: our description of it (its own title stays as it is), the
        reason of its low reliability, the reasons fields are missing, how its date was found."""
        label = f"document {doc_id}"
        title_ko = self.text(raw, "description", rel, label) if raw.get("description") else ""
        if "description_ko" in raw and not raw.get("description"):
            self.fail(rel, label, "gives description_ko but no description (a source's own title is never translated)")
        reliability = raw.get("reliability")
        note_ko = ""
        if isinstance(reliability, dict):
            note_ko = self.text(reliability, "note", rel, label, "reliability.note", "reliability: ")
        missing = self.mapping(raw, "missing", rel, label)
        date_note_ko = self.text(raw, "date_note", rel, label)
        return replace(doc, title_ko=title_ko, reliability_note_ko=note_ko,  # type: ignore[type-var]
                       missing_ko=tuple(sorted(missing.items())), date_note_ko=date_note_ko)  # fmt: skip
