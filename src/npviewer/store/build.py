"""Builds the content store from validated content: into a temporary file, then swapped in.

A failed build never replaces a good store, and the user's own data lives in another file. The
temporary file is locked (``flock``) while its build runs; one left by a build that was killed
(no lock held any more) is removed by the next build in the same folder.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from npviewer.i18n import translate
from npviewer.store.content import ContentBundle, load_content
from npviewer.store.hangul import inner_parts
from npviewer.store.schema import content_schema

ProgressFn = Callable[[str, int, int], None]


def build_store(bundle: ContentBundle, target: Path, progress: ProgressFn | None = None) -> Path:
    """Write ``bundle`` into a fresh store and atomically put it at ``target``.

    Plain ``sqlite3`` with the schema of :func:`npviewer.store.schema.content_schema`, so the
    packaged app (which leaves sqlmodel out) can build one when a content update is installed.
    ``progress`` may raise to stop the build: nothing is left behind.
    """
    schema = content_schema()
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=TMP_SUFFIX, dir=target.parent)
    _lock(fd)  # held until the build ends: the file is in use
    tmp = Path(tmp_name)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for statement in schema.statements:
            conn.execute(statement)
        rows = _rows(bundle, schema.version)
        total = sum(len(r) for r in rows.values())
        done = 0
        for table, batch in rows.items():
            insert, order = _insert_statement(conn, table, batch)
            for start in range(0, len(batch), 20000):
                chunk = batch[start : start + 20000]
                conn.executemany(insert, ([row[column] for column in order] for row in chunk))
                done += len(chunk)
                if progress:
                    progress(translate("Store", "Writing the content store"), done, total)
        if progress:
            progress(translate("Store", "Indexing for search"), done, total)
        conn.create_function("ko_parts", 1, inner_parts, deterministic=True)
        conn.execute(
            "INSERT INTO entry_fts(rowid, title, body, aliases, title_ko, body_ko, ko_parts) "
            "SELECT num, title, text, aliases, title_ko, text_ko, "
            "CASE WHEN title_ko || text_ko || aliases GLOB '*[가-힣]*' "
            "THEN ko_parts(title_ko || ' ' || text_ko || ' ' || aliases) ELSE '' END FROM ("
            "SELECT e.num, e.title, e.text, e.title_ko, e.text_ko, coalesce((SELECT group_concat(a.text, ' ; ') "
            "FROM alias a WHERE a.entry_id = e.id), '') AS aliases FROM entry e) ORDER BY num"
        )
        conn.execute("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')")
        conn.execute("COMMIT")
        conn.execute(f"PRAGMA user_version = {schema.version}")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError("the new content store failed its integrity check")
        conn.close()
        if progress:
            progress(translate("Store", "Finishing"), total, total)
        os.replace(tmp, target)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return target


TMP_PREFIX, TMP_SUFFIX = ".content-", ".sqlite.tmp"


def _lock(fd: int, wait: bool = True) -> bool:
    """Lock a build's temporary file (advisory ``flock``; SQLite's own locks are separate)."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): a file still open there cannot be removed anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def remove_stale_builds(folder: Path) -> list[Path]:
    """Remove the temporary files of builds that were interrupted (killed, crashed, power lost)."""
    removed = []
    for partial in folder.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
        try:
            fd = os.open(partial, os.O_RDWR)
        except OSError:
            continue
        try:
            if _lock(fd, wait=False):  # nobody is building into it
                partial.unlink()
                removed.append(partial)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _insert_statement(conn: sqlite3.Connection, table: str, batch: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """``INSERT INTO table (...) VALUES (?, ...)`` for every column of the table; a row that lacks one,
    or names one the table does not have, is a programming error caught here."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    if batch and set(batch[0]) != set(columns):
        raise RuntimeError(f"rows for '{table}' do not match its columns: {sorted(set(batch[0]) ^ set(columns))}")
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", columns


def build_from_directory(directory: Path, target: Path, progress: ProgressFn | None = None) -> ContentBundle:
    """Validate the content files in ``directory`` and build the store at ``target``."""
    bundle = load_content(directory)
    build_store(bundle, target, progress)
    return bundle


def _rows(bundle: ContentBundle, schema_version: int) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, as dicts ready for a bulk insert."""
    documents = [
        {**vars(d), "missing": _lines(d.missing), "missing_ko": _lines(d.missing_ko)} for d in bundle.documents
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
                "title_ko": e.title_ko, "text_ko": e.text_ko,
            }
        )  # fmt: skip
        if e.event:
            ev = vars(e.event).copy()
            ev["participants"] = "\n".join(e.event.participants)
            ev["participants_ko"] = "\n".join(e.event.participants_ko)
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
                             "note": d.note, "value_ko": d.value_ko, "note_ko": d.note_ko})  # fmt: skip
            citations.extend(_citation_row(e.id, dispute_id, c) for c in d.citations)
    for i, row in enumerate(citations, start=1):
        row["id"] = i
    glossary = [
        {"term": g.term, "expansion": g.expansion, "document_id": g.citations[0].doc if g.citations else "",
         "verbatim": g.citations[0].verbatim if g.citations else False,
         "text": g.citations[0].text if g.citations else "", "locator": g.citations[0].locator if g.citations else "",
         "expansion_ko": g.expansion_ko, "text_ko": g.citations[0].text_ko if g.citations else ""}
        for g in bundle.glossary
    ]  # fmt: skip
    names = [{"en": n.en, "ko": n.ko, "local": n.local, "also": "\n".join(n.also)} for n in bundle.names.names]
    current_to, first_year, last_year = bundle.coverage()
    meta = [
        {"key": "content_hash", "value": bundle.content_hash},
        {"key": "schema_version", "value": str(schema_version)},
        {"key": "entry_count", "value": str(len(entries))},
        {"key": "current_to", "value": current_to},
        {"key": "covers_from", "value": str(first_year or "")},
        {"key": "covers_to", "value": str(last_year or "")},
    ]
    return {
        "meta": meta, "document": documents, "entry": entries, "event": events, "figure": figures,
        "link": links, "alias": aliases, "dispute": disputes, "citation": citations, "glossary": glossary,
        "name": names,
    }  # fmt: skip


def _citation_row(entry_id: str, dispute_id: int | None, cite: Any) -> dict[str, Any]:
    return {
        "entry_id": entry_id, "dispute_id": dispute_id, "document_id": cite.doc, "verbatim": cite.verbatim,
        "text": cite.text, "locator": cite.locator, "status": cite.status, "note": cite.note,
        "text_ko": cite.text_ko, "note_ko": cite.note_ko,
    }  # fmt: skip


def _lines(pairs: tuple[tuple[str, str], ...]) -> str:
    """``missing``'s (field, reason) pairs as one "field<TAB>reason" a line."""
    return "\n".join(f"{name}\t{why}" for name, why in pairs)
