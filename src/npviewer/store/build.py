"""Builds the content store from validated content: into a temporary file, then swapped in.

A failed build never replaces a good store, and the user's own data lives in another file.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from npviewer.store.content import ContentBundle, load_content

ProgressFn = Callable[[str, int, int], None]


def build_store(bundle: ContentBundle, target: Path, progress: ProgressFn | None = None) -> Path:
    """Write ``bundle`` into a fresh store and atomically put it at ``target``."""
    from sqlalchemy import event, insert
    from sqlmodel import Session, SQLModel, create_engine

    from npviewer.store import models

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".content-", suffix=".sqlite.tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    engine = create_engine(f"sqlite:///{tmp}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=OFF")
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.close()

    try:
        SQLModel.metadata.create_all(engine)
        rows = _rows(bundle)
        total = sum(len(r) for r in rows.values())
        done = 0
        with Session(engine) as session:
            for table, batch in rows.items():
                for start in range(0, len(batch), 20000):
                    chunk = batch[start : start + 20000]
                    session.execute(insert(SQLModel.metadata.tables[table]), chunk)
                    done += len(chunk)
                    if progress:
                        progress(f"Writing {table}", done, total)
            connection = session.connection()
            for ddl in models.FTS_DDL:
                connection.exec_driver_sql(ddl)
            connection.exec_driver_sql(
                "INSERT INTO entry_fts(rowid, title, body, aliases) "
                "SELECT e.num, e.title, e.text, coalesce((SELECT group_concat(a.text, ' ; ') "
                "FROM alias a WHERE a.entry_id = e.id), '') FROM entry e ORDER BY e.num"
            )
            connection.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')")
            session.commit()
        engine.dispose()
        with sqlite3.connect(tmp) as check:
            check.execute(f"PRAGMA user_version = {models.SCHEMA_VERSION}")
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise RuntimeError("the new content store failed its integrity check")
        check.close()
        if progress:
            progress("Finishing", total, total)
        os.replace(tmp, target)
    except BaseException:
        engine.dispose()
        tmp.unlink(missing_ok=True)
        raise
    return target


def build_from_directory(directory: Path, target: Path, progress: ProgressFn | None = None) -> ContentBundle:
    """Validate the content files in ``directory`` and build the store at ``target``."""
    bundle = load_content(directory)
    build_store(bundle, target, progress)
    return bundle


def _rows(bundle: ContentBundle) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, as dicts ready for a bulk insert."""
    from npviewer.store import models

    documents = [
        {**vars(d), "missing": "\n".join(f"{name}\t{why}" for name, why in d.missing)} for d in bundle.documents
    ]
    entries: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    aliases: list[dict[str, Any]] = []
    disputes: list[dict[str, Any]] = []
    citations: list[dict[str, Any]] = []
    for num, e in enumerate(bundle.entries, start=1):
        entries.append(
            {
                "num": num, "id": e.id, "kind": e.kind, "title": e.title, "text": e.text,
                "region_id": e.region_id, "parent_id": e.parent_id, "code": e.code, "file": e.file,
            }
        )  # fmt: skip
        if e.event:
            ev = vars(e.event).copy()
            ev["participants"] = "\n".join(e.event.participants)
            events.append({"entry_id": e.id, **ev})
        if e.figure:
            figures.append({"entry_id": e.id, **vars(e.figure)})
        for relation, ids in e.links.items():
            links.extend({"src_id": e.id, "dst_id": t, "relation": relation} for t in dict.fromkeys(ids))
        aliases.extend({"entry_id": e.id, "text": text, "lang": lang} for text, lang in e.aliases)
        citations.extend(_citation_row(e.id, None, c) for c in e.citations)
        for d in e.disputes:
            dispute_id = len(disputes) + 1
            disputes.append({"id": dispute_id, "entry_id": e.id, "field": d.field, "value": d.value,
                             "note": d.note})  # fmt: skip
            citations.extend(_citation_row(e.id, dispute_id, c) for c in d.citations)
    for i, row in enumerate(citations, start=1):
        row["id"] = i
    glossary = [
        {"term": g.term, "expansion": g.expansion, "document_id": g.citations[0].doc if g.citations else "",
         "verbatim": g.citations[0].verbatim if g.citations else False,
         "text": g.citations[0].text if g.citations else "", "locator": g.citations[0].locator if g.citations else ""}
        for g in bundle.glossary
    ]  # fmt: skip
    current_to, first_year, last_year = bundle.coverage()
    meta = [
        {"key": "content_hash", "value": bundle.content_hash},
        {"key": "schema_version", "value": str(models.SCHEMA_VERSION)},
        {"key": "entry_count", "value": str(len(entries))},
        {"key": "current_to", "value": current_to},
        {"key": "covers_from", "value": str(first_year or "")},
        {"key": "covers_to", "value": str(last_year or "")},
    ]
    return {
        "meta": meta, "document": documents, "entry": entries, "event": events, "figure": figures,
        "link": links, "alias": aliases, "dispute": disputes, "citation": citations, "glossary": glossary,
    }  # fmt: skip


def _citation_row(entry_id: str, dispute_id: int | None, cite: Any) -> dict[str, Any]:
    return {
        "entry_id": entry_id, "dispute_id": dispute_id, "document_id": cite.doc, "verbatim": cite.verbatim,
        "text": cite.text, "locator": cite.locator, "status": cite.status, "note": cite.note,
    }  # fmt: skip
