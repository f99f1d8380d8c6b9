"""Reads the YAML content files and validates them: every fault names its file, entry and fix."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from npviewer.errors import ExpectedError
from npviewer.store.dates import PartialDate
from npviewer.store.files import ReadError, read_limited
from npviewer.store.fingerprint import MAX_FILE_BYTES, content_files, content_hash
from npviewer.store.korean import KO_CITATION_KEYS, KO_DOCUMENT_KEYS, KO_ENTRY_KEYS, KoreanReader, KoreanReport
from npviewer.store.names import NAMES_FILE, NameGlossary, read_names
from npviewer.store.records import (
    ALL_KINDS,
    DETAIL_KINDS,
    DOCUMENT_RECORD_FIELDS,
    EVENT_KINDS,
    PLACE_KINDS,
    PROGRAMME_KINDS,
    STRATEGY_KINDS,
    Document,
)
from npviewer.store.text import fold, list_marker
from npviewer.store.values import ValueProblem, made_day, not_after, read_date, read_number, read_whole_number
from npviewer.store.yamltext import YamlProblem, YamlText, read_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
STATUSES = ("confirmed", "inferred", "disputed")
LINK_KINDS: dict[str, tuple[str, ...]] = {
    "places": PLACE_KINDS,
    "regions": ("region",),
    "programmes": PROGRAMME_KINDS,
    "topics": ("topic",),
    "events": EVENT_KINDS,
    "entries": ALL_KINDS,
}
ENTRY_KEYS = {
    "id", "kind", "title", "text", "aliases", "sources", "links", "children", "parent",
    "date", "end", "planned", "date_status", "date_note", "place", "participants", "series", "number",
    "disputed", "value", "unit", "period", "iso_n3", "map_code",
} | KO_ENTRY_KEYS  # fmt: skip
DOCUMENT_KEYS = {
    "id", "title", "description", "publisher", "url", "seed", "date", "date_status", "date_note", "language",
    "type", "missing", "reliability",
} | KO_DOCUMENT_KEYS  # fmt: skip
CITATION_KEYS = {"doc", "quote", "locator", "summary", "status", "note"} | KO_CITATION_KEYS
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")
DISPUTE_FIELDS = ("date", "place", "value", "text", "title")
#: A figure's value: finite, and no larger than any economic figure the policy mentions.
MAX_FIGURE = 1e15
MAX_NUMBER = 100_000
#: Control characters (but line breaks and tabs in running text) have no place in the content.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: Which kinds may stand at the top of each file, and which below.
FILE_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "places.yaml": (PLACE_KINDS, PLACE_KINDS),
    "regions/": (("region",), STRATEGY_KINDS + DETAIL_KINDS),
    "programmes.yaml": (PROGRAMME_KINDS, PROGRAMME_KINDS + DETAIL_KINDS),
    "events.yaml": (EVENT_KINDS, DETAIL_KINDS + EVENT_KINDS),
    "figures.yaml": (("figure",), DETAIL_KINDS),
}


def _file_rule(rel: str) -> str:
    """The rule a content file follows: ``events/china.yaml`` follows ``events.yaml``."""
    folder, _, name = rel.partition("/")
    if not name:
        return rel
    return "regions/" if folder == "regions" else f"{folder}.yaml"


@dataclass(frozen=True)
class ContentIssue:
    """One fault in the content: where it is and what to do about it."""

    file: str
    entry: str
    message: str
    line: int = 0

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        where += f", entry '{self.entry}'" if self.entry else ""
        return f"{where}: {self.message}"


class ContentError(ExpectedError):
    """The content files cannot be loaded; ``issues`` lists every fault found."""

    def __init__(self, issues: list[ContentIssue], korean: KoreanReport | None = None):
        self.issues = issues
        #: How the Korean stands, for ``npviewer check-data`` (None when the files could not be read).
        self.korean = korean
        lines = "\n".join(f"  - {issue}" for issue in issues[:50])
        more = f"\n  ... and {len(issues) - 50} more" if len(issues) > 50 else ""
        super().__init__(f"{len(issues)} problem(s) in the content files:\n{lines}{more}")

    def summary(self) -> str:
        """One line: the first fault, and how many more ``npviewer check-data`` lists."""
        first = str(self.issues[0]) if self.issues else "unreadable content files"
        more = f" (and {len(self.issues) - 1} more: npviewer check-data lists them all)" if len(self.issues) > 1 else ""
        return f"the content files cannot be loaded: {first}{more}"


@dataclass(frozen=True)
class CitationSpec:
    """A quotation (``verbatim``: ``text`` is the document's own words) or a reference (``text`` is
    our summary, perhaps empty; ``locator`` says where in the document)."""

    doc: str
    verbatim: bool
    text: str
    locator: str = ""
    status: str = "confirmed"
    note: str = ""
    #: Korean: a quotation's translation (never the document's words) or our summary; the note.
    text_ko: str = ""
    note_ko: str = ""


@dataclass(frozen=True)
class DisputeSpec:
    field: str
    value: str
    citations: tuple[CitationSpec, ...]
    note: str = ""
    value_ko: str = ""
    note_ko: str = ""


@dataclass(frozen=True)
class EventSpec:
    start: str
    end: str = ""
    planned: bool = False
    date_status: str = "confirmed"
    date_note: str = ""
    place: str = ""
    participants: tuple[str, ...] = ()
    series_id: str | None = None
    number: int | None = None
    place_ko: str = ""
    participants_ko: tuple[str, ...] = ()
    date_note_ko: str = ""


@dataclass(frozen=True)
class FigureSpec:
    value: float
    unit: str
    period: str = ""
    period_ko: str = ""


@dataclass
class EntrySpec:
    id: str
    kind: str
    title: str
    file: str
    text: str = ""
    parent_id: str | None = None
    region_id: str | None = None
    code: str = ""
    aliases: list[tuple[str, str]] = field(default_factory=list)
    citations: list[CitationSpec] = field(default_factory=list)
    links: dict[str, list[str]] = field(default_factory=dict)
    disputes: list[DisputeSpec] = field(default_factory=list)
    event: EventSpec | None = None
    figure: FigureSpec | None = None
    title_ko: str = ""
    text_ko: str = ""


@dataclass(frozen=True)
class GlossarySpec:
    term: str
    expansion: str
    citations: tuple[CitationSpec, ...]
    expansion_ko: str = ""


@dataclass
class ContentBundle:
    """All content, validated, in reading order."""

    documents: list[Document]
    entries: list[EntrySpec]
    glossary: list[GlossarySpec]
    content_hash: str
    seeds: dict[str, str] = field(default_factory=dict)
    korean: KoreanReport = field(default_factory=KoreanReport)
    names: NameGlossary = field(default_factory=NameGlossary)

    def cited_documents(self) -> set[str]:
        cited = {c.doc for e in self.entries for c in e.citations}
        cited |= {c.doc for e in self.entries for d in e.disputes for c in d.citations}
        return cited | {c.doc for g in self.glossary for c in g.citations}

    def coverage(self) -> tuple[str, int | None, int | None]:
        """The date the content is current to (its newest dated event or cited source, ISO) and the
        first and last years of its events.

        Newest means the latest date the content is known to reach: a date known only to its year
        (``2022``) does not outrank a day within that year (``2022-10-06``), which would claim the
        whole year; on the same first day the more precise date wins."""
        events = [PartialDate(e.event.end or e.event.start) for e in self.entries if e.event]
        starts = [PartialDate(e.event.start) for e in self.entries if e.event]
        cited = self.cited_documents()
        dates = events + [PartialDate(d.date) for d in self.documents if d.date and d.id in cited]
        newest = max(dates, key=lambda d: (d.first_day(), len(d.iso)), default=None)
        first = min(starts, default=None)
        last = max(events, default=None)
        return (newest.iso if newest else "", first.year if first else None, last.year if last else None)


def load_content(directory: Path, made: dt.date | None = None) -> ContentBundle:
    """Read and validate every content file in ``directory``; raise :class:`ContentError` on faults.

    ``made`` is the day the content is made (default: today, anywhere on Earth): no event and no
    source may be dated after it (data/README.md, "Dates")."""
    return _Loader(directory, made or made_day()).load()


class _Loader:
    def __init__(self, directory: Path, made: dt.date):
        self.directory = directory
        self.made = made
        self.texts: dict[str, YamlText] = {}
        self.issues: list[ContentIssue] = []
        self.documents: dict[str, Document] = {}
        self.seeds: dict[str, str] = {}
        self.entries: list[EntrySpec] = []
        self.seen: dict[str, str] = {}
        self.series_refs: list[tuple[EntrySpec, str]] = []
        self.names = NameGlossary()
        self.korean = KoreanReader(self.fail)

    def fail(self, file: str, entry: str, message: str, field: str = "") -> None:
        """Record a fault of ``entry`` (its ``field``, when one is to blame) with the line it stands on."""
        text = self.texts.get(file)
        line = text.line(entry, field) if text is not None and entry else 0
        self.issues.append(ContentIssue(file, entry, message, line))

    def load(self) -> ContentBundle:
        if not self.directory.is_dir():
            raise ContentError([ContentIssue(str(self.directory), "", "no such folder of content files")])
        self.names = read_names(self.directory, self._parse_yaml, self.fail)
        self.korean = KoreanReader(self.fail, own_script=self.names.own_script())
        glossary = self._read_sources()
        parsed = []
        for path in content_files(self.directory):
            rel = path.relative_to(self.directory).as_posix()
            if path.suffix == ".yaml" and rel not in ("sources.yaml", NAMES_FILE) and not rel.startswith("documents/"):
                parsed.append((rel, self._parse_yaml(path, rel)))
        # Regions first, in their files' 'order:' (the policy's west-to-east order), then the rest.
        parsed.sort(key=lambda item: (not item[0].startswith("regions/"), _order(item[1]), item[0]))
        for rel, data in parsed:
            self._read_entry_file(data, rel)
        if not any(e.kind == "region" for e in self.entries):
            self.fail("regions/", "", "no region found: add regions/<id>.yaml files")
        self._check_references(glossary)
        if self.issues:
            raise ContentError(self.issues, self.korean.report)
        return ContentBundle(
            documents=list(self.documents.values()),
            entries=self.entries,
            glossary=glossary,
            content_hash=content_hash(self.directory),
            seeds=self.seeds,
            korean=self.korean.report,
            names=self.names,
        )

    # -- files -------------------------------------------------------------------------------------

    def _parse_yaml(self, path: Path, rel: str) -> Any:
        """A content file's data; a fault (too big, not a file, not UTF-8, bad YAML, an alias) is reported."""
        try:
            text = read_limited(path, MAX_FILE_BYTES, "a content file").decode("utf-8")
            parsed = read_yaml(text.removeprefix("\ufeff"))
        except ReadError as exc:
            self.fail(rel, "", str(exc))
        except UnicodeDecodeError as exc:
            self.fail(rel, "", f"is not UTF-8 text ({exc.reason} at byte {exc.start}): save it as UTF-8")
        except YamlProblem as exc:
            self.issues.append(ContentIssue(rel, "", str(exc), exc.line))
        else:
            self.texts[rel] = parsed
            return parsed.data
        return None

    def _read_sources(self) -> list[GlossarySpec]:
        rel = "sources.yaml"
        path = self.directory / rel
        if not path.is_file():
            self.fail(rel, "", "is missing: it lists the source documents")
            return []
        data = self._parse_yaml(path, rel)
        if data is None:
            return []
        if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
            self.fail(rel, "", "must be a mapping with a 'documents:' list")
            return []
        for raw in data["documents"]:
            self._read_document(raw, rel)
        for path in sorted((self.directory / "documents").glob("*.yaml")):
            more = path.relative_to(self.directory).as_posix()
            records = self._parse_yaml(path, more)
            if records is None:
                continue
            if (
                not isinstance(records, dict)
                or set(records) != {"documents"}
                or not isinstance(records["documents"], list)
            ):
                self.fail(
                    more, "", "must be a mapping with only a 'documents:' list (the glossary stays in sources.yaml)"
                )
                continue
            for raw in records["documents"]:
                self._read_document(raw, more)
        glossary: list[GlossarySpec] = []
        for raw in data.get("glossary") or []:
            if not isinstance(raw, dict) or not raw.get("term") or not raw.get("expansion"):
                self.fail(rel, str(raw)[:40], "a glossary item needs 'term' and 'expansion'")
                continue
            term = str(raw["term"])
            cites = self._citations(raw.get("sources"), rel, term)
            glossary.append(self.korean.glossary(raw, rel, GlossarySpec(term, str(raw["expansion"]), tuple(cites))))
        return glossary

    def _read_document(self, raw: Any, rel: str) -> None:
        if not isinstance(raw, dict) or not raw.get("id"):
            self.fail(rel, str(raw)[:40], "a document needs an 'id'")
            return
        doc_id = str(raw["id"])
        if not ID_PATTERN.fullmatch(doc_id):
            self.fail(rel, doc_id[:60], "document id must be lowercase letters, digits and single '-'")
        unknown = set(raw) - DOCUMENT_KEYS
        if unknown:
            self.fail(rel, doc_id, f"unknown field(s) {sorted(map(str, unknown))}; known: {sorted(DOCUMENT_KEYS)}")
        if doc_id in self.documents:
            self.fail(rel, doc_id, "this document id is used twice")
        values = {k: ("" if raw.get(k) is None else str(raw[k]).strip()) for k in DOCUMENT_KEYS}
        missing = self._missing(raw.get("missing"), rel, doc_id)
        if values["title"] and values["description"]:
            self.fail(rel, doc_id, "give either 'title' (the document's own) or 'description' (ours), not both")
        if not values["title"] and not values["description"]:
            self.fail(rel, doc_id, "needs its 'title', or a 'description' in our words and missing.title saying why")
        if values["description"] and "title" not in missing:
            self.fail(rel, doc_id, "has a 'description' instead of a title: say why under missing.title")
        for name in DOCUMENT_RECORD_FIELDS:
            given = values["title"] if name == "title" else values[name]
            if given and name in missing and name != "title":
                self.fail(rel, doc_id, f"gives '{name}' and also lists it under 'missing'")
            if not given and name not in missing:
                self.fail(rel, doc_id, f"has no '{name}': give it, or say why under missing.{name}")
        if values["language"] and not LANGUAGE_PATTERN.match(values["language"]):
            self.fail(
                rel, doc_id, f"language '{values['language']}' is not a two-letter ISO 639-1 code (en, ko, ru...)"
            )
        if values["url"] and not values["url"].startswith(("http://", "https://")):
            self.fail(rel, doc_id, "url must start with http:// or https://")
        if values["date"]:
            values["date"] = self._date(raw["date"], rel, doc_id, "date", "a source") or ""
        reliability = raw.get("reliability")
        reliability_note = ""
        if reliability is not None:
            if not isinstance(reliability, dict) or reliability.get("level") != "low" or not reliability.get("note"):
                self.fail(rel, doc_id, "'reliability' is {level: low, note: why} (leave it out for a sound source)")
            else:
                reliability_note = str(reliability["note"]).strip()
        doc = Document(
            id=doc_id,
            title=values["title"] or " ".join(values["description"].split()),
            publisher=values["publisher"],
            url=values["url"],
            seed=values["seed"],
            date=values["date"],
            date_status=values["date_status"] or "confirmed",
            date_note=values["date_note"],
            language=values["language"],
            type=values["type"],
            title_supplied=not values["title"],
            missing=tuple(sorted(missing.items())),
            reliability_note=reliability_note,
        )
        doc = self.korean.document(raw, rel, doc_id, doc)
        self.documents[doc_id] = doc
        if doc.seed:
            text = self._read_seed(doc.seed, rel, doc_id)
            if text is not None:
                self.seeds[doc_id] = fold(text)
                self.documents[doc_id] = replace(doc, text=text.strip())

    def _missing(self, raw: Any, rel: str, doc_id: str) -> dict[str, str]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.fail(rel, doc_id, "'missing' maps a field to the reason it is missing: {url: why}")
            return {}
        out: dict[str, str] = {}
        for name, reason in raw.items():
            if name not in DOCUMENT_RECORD_FIELDS:
                self.fail(rel, doc_id, f"missing.{name} is not one of {list(DOCUMENT_RECORD_FIELDS)}")
            elif not isinstance(reason, str) or not reason.strip():
                self.fail(rel, doc_id, f"missing.{name} needs the reason it is missing")
            else:
                out[str(name)] = " ".join(reason.split())
        return out

    def _read_seed(self, name: str, rel: str, doc_id: str) -> str | None:
        """A seed's text: a UTF-8 ``.txt`` file named directly in ``sources/`` (no path, no link out)."""
        sources = self.directory / "sources"
        path = sources / name
        if "/" in name or "\\" in name or name.startswith(".") or not name.endswith(".txt"):
            self.fail(rel, doc_id, f"seed '{name[:80]}' must name a .txt file directly in sources/ (not a path)")
            return None
        if not path.exists():
            self.fail(rel, doc_id, f"its seed file sources/{name} is missing")
            return None
        if not path.resolve().is_relative_to(sources.resolve()):
            self.fail(rel, doc_id, f"its seed file sources/{name} is a link to outside sources/: copy the file in")
            return None
        try:
            return read_limited(path, MAX_FILE_BYTES, "a seed file").decode("utf-8")
        except ReadError as exc:
            self.fail(rel, doc_id, str(exc))
        except UnicodeDecodeError as exc:
            self.fail(rel, doc_id, f"its seed file sources/{name} is not UTF-8 text ({exc.reason} at byte "
                                   f"{exc.start}): save it as UTF-8")  # fmt: skip
        return None

    def _read_entry_file(self, data: Any, rel: str) -> None:
        rule_key = _file_rule(rel)
        if rule_key not in FILE_RULES:
            self.fail(rel, "", f"is not a known content file (known: {sorted(FILE_RULES)})")
            return
        if data is None:
            return
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            self.fail(rel, "", "must be a mapping with an 'entries:' list")
            return
        unknown = set(data) - {"entries", "order"}
        if unknown:
            self.fail(
                rel, "", f"unknown top-level key(s) {sorted(map(str, unknown))}; a file has 'entries:' (and 'order:')"
            )
        top_kinds, child_kinds = FILE_RULES[rule_key]
        for raw in data["entries"]:
            self._read_entry(raw, rel, None, None, top_kinds, child_kinds)

    # -- entries -----------------------------------------------------------------------------------

    def _read_entry(
        self,
        raw: Any,
        rel: str,
        parent: EntrySpec | None,
        region_id: str | None,
        kinds: tuple[str, ...],
        child_kinds: tuple[str, ...],
    ) -> None:
        if not isinstance(raw, dict):
            self.fail(rel, "", f"an entry must be a mapping of fields, not {type(raw).__name__}: {raw!r:.60}")
            return
        entry_id = str(raw.get("id") or "")
        label = entry_id[:60] or f"(no id, under {parent.id if parent else 'the top'})"
        if not entry_id:
            self.fail(rel, label, "has no 'id'")
            return
        if not ID_PATTERN.fullmatch(entry_id):
            self.fail(rel, label, "id must be lowercase letters, digits and single '-' (like 'eastern-rail')")
        if entry_id in self.seen:
            self.fail(rel, label, f"id is used twice: also in {self.seen[entry_id]}")
            return
        self.seen[entry_id] = rel
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            self.fail(rel, label, f"unknown field(s) {sorted(map(str, unknown))}; known: {sorted(ENTRY_KEYS)}")
        kind = str(raw.get("kind") or "")
        if kind not in kinds:
            where = "at the top of this file" if parent is None else f"under '{parent.id}'"
            self.fail(rel, label, f"kind '{kind}' cannot stand {where}; use one of {list(kinds)}")
        title = raw.get("title")
        if not isinstance(title, str) or not title.strip():
            self.fail(rel, label, "needs a 'title' (a short display title)")
            title = entry_id
        text = raw.get("text") or ""
        if not isinstance(text, str):
            self.fail(rel, label, "'text' must be text")
            text = str(text)
        if _CONTROL.search(title) or "\n" in title.strip() or _CONTROL.search(text):
            self.fail(rel, label, "the title or text holds a control character: remove it")
        if kind == "region":
            region_id = entry_id
        spec = EntrySpec(
            id=entry_id,
            kind=kind,
            title=" ".join(title.split()),
            text=text.strip(),
            file=rel,
            parent_id=parent.id if parent else (str(raw["parent"]) if raw.get("parent") else None),
            region_id=region_id,
            code=str(raw.get("iso_n3") or raw.get("map_code") or ""),
        )
        spec.citations = self._citations(raw.get("sources"), rel, label)
        if not spec.citations:
            self.fail(rel, label, "has no 'sources': every entry needs at least one {doc, quote} or {doc, locator}")
        spec.aliases = self._aliases(raw.get("aliases"), rel, label)
        spec.links = self._links(raw.get("links"), rel, label)
        spec.disputes = self._disputes(raw.get("disputed"), rel, label)
        spec.event = self._event(raw, rel, label, spec)
        spec.figure = self._figure(raw, rel, label)
        self.korean.entry(raw, rel, label, spec)
        if spec.region_id is None:
            linked = spec.links.get("regions", [])
            spec.region_id = linked[0] if len(linked) == 1 else None
        if kind in EVENT_KINDS and raw.get("date") in (None, ""):
            self.fail(rel, label, f"a {kind} needs a 'date' (YYYY, YYYY-MM or YYYY-MM-DD)")
        if kind == "figure" and spec.figure is None:
            self.fail(rel, label, "a figure needs a numeric 'value' and a 'unit'")
        self.entries.append(spec)
        children = raw.get("children") or []
        if not isinstance(children, list):
            self.fail(rel, label, "'children' must be a list of entries")
            return
        for child in children:
            self._read_entry(child, rel, spec, spec.region_id, child_kinds, child_kinds)

    def _citations(self, raw: Any, rel: str, label: str) -> list[CitationSpec]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.fail(rel, label, "'sources' must be a list of {doc, quote} or {doc, locator, summary}")
            return []
        out: list[CitationSpec] = []
        for number, item in enumerate(raw, start=1):
            cite = self._citation(item, rel, label)
            if cite is None:
                continue
            cite = self.korean.citation(item, rel, label, number, cite)
            if not cite.verbatim and any(not c.verbatim and c.doc == cite.doc for c in out):
                self.fail(rel, label, f"cites '{cite.doc}' twice as a reference: one reference per document, "
                                      "with one locator and one summary")  # fmt: skip
            out.append(cite)
        return out

    def _citation(self, item: Any, rel: str, label: str) -> CitationSpec | None:
        if not isinstance(item, dict) or not item.get("doc"):
            self.fail(rel, label, f"a source needs 'doc' and a 'quote' or a 'locator', got {item!r:.60}")
            return None
        if "passage" in item:
            self.fail(rel, label, "'passage' is no longer read: write 'quote' for the exact words of a held "
                                  "document, or 'locator' (and 'summary', in our words) for any other")  # fmt: skip
            return None
        unknown = set(item) - CITATION_KEYS
        if unknown:
            self.fail(
                rel, label, f"unknown source field(s) {sorted(map(str, unknown))}; known: {sorted(CITATION_KEYS)}"
            )
        status = str(item.get("status") or "confirmed")
        if status not in STATUSES:
            self.fail(rel, label, f"source status '{status}' is not one of {list(STATUSES)}")
        quote = item.get("quote")
        locator = " ".join(str(item.get("locator") or "").split())
        summary = " ".join(str(item.get("summary") or "").split())
        note = str(item.get("note") or "")
        doc = str(item["doc"])
        if quote is not None:
            if summary:
                self.fail(rel, label, f"a source of '{doc}' has both 'quote' and 'summary': cite it twice, or drop one")
            text = " ".join(str(quote).split())
            if not text:
                self.fail(rel, label, f"the quote from '{doc}' is empty")
                return None
            if list_marker(text):
                self.fail(rel, label, f"the quote from '{doc}' starts with a list marker ('{list_marker(text)}'): "
                                      "quote the words only")  # fmt: skip
            return CitationSpec(doc, True, text, locator, status, note)
        if not locator:
            self.fail(rel, label, f"a reference to '{doc}' needs a 'locator' (para. 2, section, page)")
        return CitationSpec(doc, False, summary, locator, status, note)

    def _aliases(self, raw: Any, rel: str, label: str) -> list[tuple[str, str]]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.fail(rel, label, "'aliases' must be a list")
            return []
        out: list[tuple[str, str]] = []
        for item in raw:
            if isinstance(item, dict) and item.get("text"):
                out.append((str(item["text"]), str(item.get("lang") or "")))
            elif isinstance(item, str | int) and str(item).strip():
                out.append((str(item), ""))
            else:
                self.fail(rel, label, f"an alias must be text or {{text, lang}}, got {item!r:.60}")
        return list(dict.fromkeys(out))

    def _links(self, raw: Any, rel: str, label: str) -> dict[str, list[str]]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.fail(rel, label, "'links' must map a relation to a list of ids")
            return {}
        out: dict[str, list[str]] = {}
        for relation, ids in raw.items():
            if relation not in LINK_KINDS:
                self.fail(rel, label, f"unknown link '{relation}'; use one of {list(LINK_KINDS)}")
                continue
            if isinstance(ids, str):
                ids = [ids]
            if not isinstance(ids, list):
                self.fail(rel, label, f"links.{relation} must be a list of ids")
                continue
            out[str(relation)] = [str(i) for i in ids]
        return out

    def _disputes(self, raw: Any, rel: str, label: str) -> list[DisputeSpec]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.fail(rel, label, "'disputed' must be a list of {field, value, sources}")
            return []
        out: list[DisputeSpec] = []
        for number, item in enumerate(raw, start=1):
            if not isinstance(item, dict) or item.get("value") in (None, ""):
                self.fail(rel, label, f"a disputed version needs 'field', 'value' and 'sources': {item!r:.60}")
                continue
            fld = str(item.get("field") or "")
            if fld not in DISPUTE_FIELDS:
                self.fail(rel, label, f"disputed field '{fld}' is not one of {list(DISPUTE_FIELDS)}")
            cites = self._citations(item.get("sources"), rel, label)
            if not cites:
                self.fail(rel, label, "a disputed version needs its own 'sources'")
            dispute = DisputeSpec(fld, str(item["value"]), tuple(cites), str(item.get("note") or ""))
            out.append(self.korean.dispute(item, rel, label, number, dispute))
        return out

    def _date(self, value: Any, rel: str, label: str, name: str, what: str) -> str | None:
        """A date field, checked (a real day within the years covered, not after the day the content
        is made: ``what`` names what it dates in the message)."""
        try:
            date = read_date(value)
            not_after(date, self.made, what)
        except ValueProblem as exc:
            self.fail(rel, label, f"bad {name}: {exc}", name)
            return None
        return date.iso

    def _event(self, raw: dict[str, Any], rel: str, label: str, spec: EntrySpec) -> EventSpec | None:
        if raw.get("date") in (None, ""):
            for key in ("end", "planned", "date_status", "date_note"):
                if key in raw:
                    self.fail(rel, label, f"'{key}' is given but 'date' is not")
            return None
        happened = "an event" if raw.get("planned") else "an event that records what happened"
        start = self._date(raw["date"], rel, label, "date", happened)
        end = self._date(raw["end"], rel, label, "end", happened) if raw.get("end") not in (None, "") else ""
        if start and end and PartialDate(end).last_day() < PartialDate(start).first_day():
            self.fail(rel, label, f"ends ({end}) before it starts ({start})")
        status = str(raw.get("date_status") or "confirmed")
        if status not in STATUSES:
            self.fail(rel, label, f"date_status '{status}' is not one of {list(STATUSES)}")
        if status == "inferred" and not raw.get("date_note"):
            self.fail(rel, label, "an inferred date needs a 'date_note' saying how it was inferred")
        participants = raw.get("participants") or []
        if not isinstance(participants, list):
            self.fail(rel, label, "'participants' must be a list")
            participants = []
        number = raw.get("number")
        if number is not None:
            try:
                number = read_whole_number(number, 1, MAX_NUMBER)
            except ValueProblem as exc:
                self.fail(rel, label, f"'number' {exc}", "number")
                number = None
        series = str(raw["series"]) if raw.get("series") else None
        if series:
            self.series_refs.append((spec, series))
        if start is None:
            return None
        return EventSpec(
            start=start,
            end=end or "",
            planned=bool(raw.get("planned", False)),
            date_status=status,
            date_note=str(raw.get("date_note") or ""),
            place=str(raw.get("place") or ""),
            participants=tuple(str(p) for p in participants),
            series_id=series,
            number=number,
        )

    def _figure(self, raw: dict[str, Any], rel: str, label: str) -> FigureSpec | None:
        if "value" not in raw:
            return None
        try:
            value = read_number(raw["value"], MAX_FIGURE)
        except ValueProblem as exc:
            self.fail(rel, label, f"'value' {exc}", "value")
            return None
        if not raw.get("unit"):
            self.fail(rel, label, "a figure needs a 'unit'")
            return None
        return FigureSpec(value, str(raw["unit"]), str(raw.get("period") or ""))

    # -- cross references --------------------------------------------------------------------------

    def _all_citations(self, glossary: list[GlossarySpec]) -> Iterator[tuple[str, str, CitationSpec]]:
        for entry in self.entries:
            for cite in entry.citations:
                yield entry.file, entry.id, cite
            for dispute in entry.disputes:
                for cite in dispute.citations:
                    yield entry.file, entry.id, cite
        for term in glossary:
            for cite in term.citations:
                yield "sources.yaml", term.term, cite

    def _check_references(self, glossary: list[GlossarySpec]) -> None:
        kinds = {e.id: e.kind for e in self.entries}
        parents = {e.id: e.parent_id for e in self.entries}
        for file, label, cite in self._all_citations(glossary):
            if cite.doc not in self.documents:
                self.fail(file, label, f"cites unknown document '{cite.doc}' (add it to sources.yaml or documents/)")
            elif cite.verbatim and cite.doc not in self.seeds:
                self.fail(file, label, f"quotes '{cite.doc}', whose text npviewer does not hold: cite it with "
                                       "'locator' and a 'summary' in our own words")  # fmt: skip
            elif cite.verbatim and fold(cite.text) not in self.seeds[cite.doc]:
                self.fail(file, label, f"quote not found in {cite.doc}: \"{cite.text[:70]}\"; "
                                       "quote the document word for word")  # fmt: skip
        for entry in self.entries:
            for relation, ids in entry.links.items():
                for target in ids:
                    if target not in kinds:
                        self.fail(entry.file, entry.id, f"links.{relation} names unknown id '{target}'")
                    elif kinds[target] not in LINK_KINDS[relation]:
                        self.fail(entry.file, entry.id,
                                  f"links.{relation} names '{target}', a {kinds[target]}")  # fmt: skip
            if entry.parent_id and entry.parent_id not in kinds:
                self.fail(entry.file, entry.id, f"parent '{entry.parent_id}' does not exist")
            if entry.kind == "area" and not entry.parent_id:
                self.fail(entry.file, entry.id, "an area needs a 'parent' (its country or area)")
            loop = _parent_loop(entry.id, parents)
            if loop and entry.id == min(loop):  # said once, at the loop's first entry by id
                self.fail(entry.file, entry.id, f"its parents lead back to it ({' -> '.join([*loop, entry.id])}): "
                                                "give one of them another 'parent'", "parent")  # fmt: skip
        for spec, series in self.series_refs:
            if series not in kinds:
                self.fail(spec.file, spec.id, f"series '{series}' does not exist")


def _parent_loop(start: str, parents: dict[str, str | None]) -> list[str] | None:
    """The entries from ``start`` up its parents, when they lead back to it (else None)."""
    path, seen = [start], {start}
    node = parents.get(start)
    while node:
        if node == start:
            return path
        if node in seen:  # a loop further up, not through ``start``
            return None
        path.append(node)
        seen.add(node)
        node = parents.get(node)
    return None


def _order(data: Any) -> int:
    order = data.get("order") if isinstance(data, dict) else None
    return order if isinstance(order, int) else 999
