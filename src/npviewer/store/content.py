"""Reads the YAML content files and validates them: every fault names its file, entry and fix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from npviewer.errors import ExpectedError
from npviewer.store.dates import DateError, PartialDate
from npviewer.store.fingerprint import content_files, content_hash
from npviewer.store.records import (
    ALL_KINDS,
    DETAIL_KINDS,
    EVENT_KINDS,
    PLACE_KINDS,
    PROGRAMME_KINDS,
    STRATEGY_KINDS,
    Document,
)
from npviewer.store.text import fold

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
}  # fmt: skip
DOCUMENT_KEYS = {"id", "title", "publisher", "url", "seed", "date", "date_status", "date_note"}
DISPUTE_FIELDS = ("date", "place", "value", "text", "title")

#: Which kinds may stand at the top of each file, and which below.
FILE_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "places.yaml": (PLACE_KINDS, PLACE_KINDS),
    "regions/": (("region",), STRATEGY_KINDS + DETAIL_KINDS),
    "programmes.yaml": (PROGRAMME_KINDS, PROGRAMME_KINDS + DETAIL_KINDS),
    "events.yaml": (EVENT_KINDS, DETAIL_KINDS + EVENT_KINDS),
    "figures.yaml": (("figure",), DETAIL_KINDS),
}


@dataclass(frozen=True)
class ContentIssue:
    """One fault in the content: where it is and what to do about it."""

    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, entry '{self.entry}'" if self.entry else self.file
        return f"{where}: {self.message}"


class ContentError(ExpectedError):
    """The content files cannot be loaded; ``issues`` lists every fault found."""

    def __init__(self, issues: list[ContentIssue]):
        self.issues = issues
        lines = "\n".join(f"  - {issue}" for issue in issues[:50])
        more = f"\n  ... and {len(issues) - 50} more" if len(issues) > 50 else ""
        super().__init__(f"{len(issues)} problem(s) in the content files:\n{lines}{more}")


@dataclass(frozen=True)
class CitationSpec:
    doc: str
    passage: str
    status: str = "confirmed"
    note: str = ""


@dataclass(frozen=True)
class DisputeSpec:
    field: str
    value: str
    citations: tuple[CitationSpec, ...]
    note: str = ""


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


@dataclass(frozen=True)
class FigureSpec:
    value: float
    unit: str
    period: str = ""


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


@dataclass(frozen=True)
class GlossarySpec:
    term: str
    expansion: str
    citations: tuple[CitationSpec, ...]


@dataclass
class ContentBundle:
    """All content, validated, in reading order."""

    documents: list[Document]
    entries: list[EntrySpec]
    glossary: list[GlossarySpec]
    content_hash: str
    seeds: dict[str, str] = field(default_factory=dict)


def load_content(directory: Path) -> ContentBundle:
    """Read and validate every content file in ``directory``; raise :class:`ContentError` on faults."""
    return _Loader(directory).load()


class _Loader:
    def __init__(self, directory: Path):
        self.directory = directory
        self.issues: list[ContentIssue] = []
        self.documents: dict[str, Document] = {}
        self.seeds: dict[str, str] = {}
        self.entries: list[EntrySpec] = []
        self.seen: dict[str, str] = {}
        self.series_refs: list[tuple[EntrySpec, str]] = []

    def fail(self, file: str, entry: str, message: str) -> None:
        self.issues.append(ContentIssue(file, entry, message))

    def load(self) -> ContentBundle:
        if not self.directory.is_dir():
            raise ContentError([ContentIssue(str(self.directory), "", "no such folder of content files")])
        glossary = self._read_sources()
        parsed = []
        for path in content_files(self.directory):
            rel = path.relative_to(self.directory).as_posix()
            if path.suffix == ".yaml" and rel != "sources.yaml":
                parsed.append((rel, self._parse_yaml(path, rel)))
        # Regions first, in their files' 'order:' (the policy's west-to-east order), then the rest.
        parsed.sort(key=lambda item: (not item[0].startswith("regions/"), _order(item[1]), item[0]))
        for rel, data in parsed:
            self._read_entry_file(data, rel)
        if not any(e.kind == "region" for e in self.entries):
            self.fail("regions/", "", "no region found: add regions/<id>.yaml files")
        self._check_references(glossary)
        if self.issues:
            raise ContentError(self.issues)
        return ContentBundle(
            documents=list(self.documents.values()),
            entries=self.entries,
            glossary=glossary,
            content_hash=content_hash(self.directory),
            seeds=self.seeds,
        )

    # -- files -------------------------------------------------------------------------------------

    def _parse_yaml(self, path: Path, rel: str) -> Any:
        import yaml

        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=_yaml_loader())
        except UnicodeDecodeError as exc:
            self.fail(rel, "", f"is not UTF-8 text ({exc.reason} at byte {exc.start}): save it as UTF-8")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            self.fail(rel, "", f"is not valid YAML{where}: {problem}")
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
        glossary: list[GlossarySpec] = []
        for raw in data.get("glossary") or []:
            if not isinstance(raw, dict) or not raw.get("term") or not raw.get("expansion"):
                self.fail(rel, str(raw)[:40], "a glossary item needs 'term' and 'expansion'")
                continue
            term = str(raw["term"])
            cites = self._citations(raw.get("sources"), rel, term)
            glossary.append(GlossarySpec(term, str(raw["expansion"]), tuple(cites)))
        return glossary

    def _read_document(self, raw: Any, rel: str) -> None:
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("title"):
            self.fail(rel, str(raw)[:40], "a document needs at least 'id' and 'title'")
            return
        doc_id = str(raw["id"])
        unknown = set(raw) - DOCUMENT_KEYS
        if unknown:
            self.fail(rel, doc_id, f"unknown field(s) {sorted(unknown)}; known: {sorted(DOCUMENT_KEYS)}")
        if doc_id in self.documents:
            self.fail(rel, doc_id, "this document id is used twice")
        values = {k: ("" if raw.get(k) is None else str(raw[k])) for k in DOCUMENT_KEYS}
        if values["date"]:
            values["date"] = self._date(raw["date"], rel, doc_id) or ""
        values["date_status"] = values["date_status"] or "confirmed"
        doc = Document(**values)
        self.documents[doc_id] = doc
        if doc.seed:
            seed_path = self.directory / "sources" / doc.seed
            if not seed_path.is_file():
                self.fail(rel, doc_id, f"its seed file sources/{doc.seed} is missing")
            else:
                text = seed_path.read_text(encoding="utf-8")
                self.seeds[doc_id] = fold(text)
                self.documents[doc_id] = replace(doc, text=text.strip())

    def _read_entry_file(self, data: Any, rel: str) -> None:
        rule_key = "regions/" if rel.startswith("regions/") else rel
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
            self.fail(rel, "", f"unknown top-level key(s) {sorted(unknown)}; a file has 'entries:' (and 'order:')")
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
        label = entry_id or f"(no id, under {parent.id if parent else 'the top'})"
        if not entry_id:
            self.fail(rel, label, "has no 'id'")
            return
        if not ID_PATTERN.match(entry_id):
            self.fail(rel, label, "id must be lowercase letters, digits and single '-' (like 'eastern-rail')")
        if entry_id in self.seen:
            self.fail(rel, label, f"id is used twice: also in {self.seen[entry_id]}")
            return
        self.seen[entry_id] = rel
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            self.fail(rel, label, f"unknown field(s) {sorted(unknown)}; known: {sorted(ENTRY_KEYS)}")
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
            self.fail(rel, label, "has no 'sources': every entry needs at least one {doc, passage}")
        spec.aliases = self._aliases(raw.get("aliases"), rel, label)
        spec.links = self._links(raw.get("links"), rel, label)
        spec.disputes = self._disputes(raw.get("disputed"), rel, label)
        spec.event = self._event(raw, rel, label, spec)
        spec.figure = self._figure(raw, rel, label)
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
            self.fail(rel, label, "'sources' must be a list of {doc, passage}")
            return []
        out: list[CitationSpec] = []
        for item in raw:
            if not isinstance(item, dict) or not item.get("doc") or not item.get("passage"):
                self.fail(rel, label, f"a source needs 'doc' and 'passage', got {item!r:.60}")
                continue
            status = str(item.get("status") or "confirmed")
            if status not in STATUSES:
                self.fail(rel, label, f"source status '{status}' is not one of {list(STATUSES)}")
            out.append(CitationSpec(str(item["doc"]), str(item["passage"]).strip(), status,
                                    str(item.get("note") or "")))  # fmt: skip
        return out

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
        for item in raw:
            if not isinstance(item, dict) or item.get("value") in (None, ""):
                self.fail(rel, label, f"a disputed version needs 'field', 'value' and 'sources': {item!r:.60}")
                continue
            fld = str(item.get("field") or "")
            if fld not in DISPUTE_FIELDS:
                self.fail(rel, label, f"disputed field '{fld}' is not one of {list(DISPUTE_FIELDS)}")
            cites = self._citations(item.get("sources"), rel, label)
            if not cites:
                self.fail(rel, label, "a disputed version needs its own 'sources'")
            out.append(DisputeSpec(fld, str(item["value"]), tuple(cites), str(item.get("note") or "")))
        return out

    def _date(self, value: Any, rel: str, label: str) -> str | None:
        try:
            return PartialDate.parse(value).iso
        except DateError as exc:
            self.fail(rel, label, f"bad date: {exc}")
            return None

    def _event(self, raw: dict[str, Any], rel: str, label: str, spec: EntrySpec) -> EventSpec | None:
        if raw.get("date") in (None, ""):
            for key in ("end", "planned", "date_status", "date_note"):
                if key in raw:
                    self.fail(rel, label, f"'{key}' is given but 'date' is not")
            return None
        start = self._date(raw["date"], rel, label)
        end = self._date(raw["end"], rel, label) if raw.get("end") not in (None, "") else ""
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
        if number is not None and not isinstance(number, int):
            self.fail(rel, label, "'number' must be a whole number")
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
        value = raw["value"]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(rel, label, f"'value' must be a number, got {value!r:.40}")
            return None
        if not raw.get("unit"):
            self.fail(rel, label, "a figure needs a 'unit'")
            return None
        return FigureSpec(float(value), str(raw["unit"]), str(raw.get("period") or ""))

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
        for file, label, cite in self._all_citations(glossary):
            if cite.doc not in self.documents:
                self.fail(file, label, f"cites unknown document '{cite.doc}' (add it to sources.yaml)")
            elif cite.doc in self.seeds and fold(cite.passage) not in self.seeds[cite.doc]:
                self.fail(file, label, f"passage not found in {cite.doc}: \"{cite.passage[:70]}\"; "
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
        for spec, series in self.series_refs:
            if series not in kinds:
                self.fail(spec.file, spec.id, f"series '{series}' does not exist")


def _order(data: Any) -> int:
    order = data.get("order") if isinstance(data, dict) else None
    return order if isinstance(order, int) else 999


def _yaml_loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)
