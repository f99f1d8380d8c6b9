"""What the window's first paint shows, read straight from a content store with the standard library's
``sqlite3``: the tree's top level (the regions, then the groups that have members) and what the
welcome page names (the regions, the date the content is current to, the years it covers).

Nothing else of the store is imported for it: the repository, its records and the tree cost the first
paint 15-35 ms before any of them is needed. After the paint the window opens the store in full and
checks that it is the current one (:mod:`npviewer.store.opening`); a test holds these rows to the
full tree's top level, in English and in Korean, so the tree the paint shows is the tree that stays.
No Qt here: the window turns the rows into its first model.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from npviewer.i18n import QT_TRANSLATE_NOOP, translate

#: The tree's groups below the regions (as :data:`npviewer.store.tree.GROUPS`, which a test checks),
#: each with the query that tells whether it has members.
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("@events", QT_TRANSLATE_NOOP("Tree", "Meetings and events"),
     "SELECT 1 FROM event ev JOIN entry e ON e.id = ev.entry_id "
     "WHERE e.kind IN ('meeting', 'forum', 'summit', 'milestone') LIMIT 1"),
    ("@programmes", QT_TRANSLATE_NOOP("Tree", "Programmes and bodies"),
     "SELECT 1 FROM entry WHERE kind IN ('programme', 'body', 'initiative', 'strategy') LIMIT 1"),
    ("@topics", QT_TRANSLATE_NOOP("Tree", "Topics"), "SELECT 1 FROM entry WHERE kind = 'topic' LIMIT 1"),
    ("@places", QT_TRANSLATE_NOOP("Tree", "Other countries"),
     "SELECT 1 FROM entry e WHERE e.kind = 'country' AND e.id NOT IN (SELECT l.src_id FROM link l "
     "JOIN entry r ON r.id = l.dst_id WHERE l.relation = 'regions' AND r.kind = 'region') LIMIT 1"),
    ("@figures", QT_TRANSLATE_NOOP("Tree", "Key figures"),
     "SELECT 1 FROM entry e WHERE e.kind = 'figure' AND NOT EXISTS "
     "(SELECT 1 FROM entry p WHERE p.id = e.parent_id) LIMIT 1"),
    ("@sources", QT_TRANSLATE_NOOP("Tree", "Sources"), "SELECT 1 FROM document LIMIT 1"),
)  # fmt: skip


class Row(NamedTuple):
    """One row of the tree's top level: a region (``kind`` "region") or a group ("group")."""

    id: str
    kind: str
    title: str


class FirstView(NamedTuple):
    """The tree's top level, the regions (id, title) and the coverage, as the welcome page says it."""

    rows: tuple[Row, ...]
    regions: tuple[tuple[str, str], ...]
    current_to: str  # a partial ISO date ("2021-11-30", "2021-11", "2021") or ""
    first_year: int | None
    last_year: int | None


def read_first_view(path: Path, lang: str, *, immutable: bool = False) -> FirstView | None:
    """The first view of the store at ``path``, named in ``lang``; None when there is no usable store
    there (missing, damaged, another schema): the window then waits for the full check.
    ``immutable``: a store in a read-only install (as :func:`npviewer.store.db.connect_readonly`)."""
    if not path.is_file():
        return None
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?{flags}", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, lang)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, lang: str) -> FirstView:
    regions = conn.execute("SELECT id, title FROM entry WHERE kind = 'region' ORDER BY num").fetchall()
    if lang != "en":  # a region's name in the language, as Repository.localised_names gives it:
        names: dict[str, str] = {}  # its translated title, else its first alias in the language
        for entry_id, text in conn.execute(
            "SELECT a.entry_id, a.text FROM alias a JOIN entry e ON e.id = a.entry_id "
            "WHERE a.lang = ? AND e.kind = 'region' ORDER BY a.rowid",
            (lang,),
        ):
            names.setdefault(entry_id, text)
        if lang == "ko":
            names.update(conn.execute("SELECT id, title_ko FROM entry WHERE kind = 'region' AND title_ko != ''"))
        regions = [(entry_id, names.get(entry_id, title)) for entry_id, title in regions]
    rows = [Row(entry_id, "region", title) for entry_id, title in regions]
    rows += [
        Row(group_id, "group", translate("Tree", title))
        for group_id, title, query in GROUPS
        if conn.execute(query).fetchone() is not None
    ]
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('current_to', 'covers_from', 'covers_to')"))
    return FirstView(
        tuple(rows),
        tuple((str(i), str(t)) for i, t in regions),
        str(meta.get("current_to") or ""),
        _year(meta.get("covers_from")),
        _year(meta.get("covers_to")),
    )


def _year(value: object) -> int | None:
    try:
        return int(str(value)) if value else None
    except ValueError:
        return None
