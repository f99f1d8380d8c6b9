"""The bookmarks export file (JSON) and the checks every bookmark passes before it is stored.

An import is read completely and checked before anything changes: only a regular file of at most
:data:`MAX_IMPORT_BYTES`, checked before reading (never a pipe or a device); ids that match the id
pattern exactly; titles and notes within their lengths, with no control or bidi-override characters
(a note may hold line breaks and tabs) and no text that is not Unicode.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from npviewer.i18n import translate
from npviewer.store.files import ReadError, read_limited
from npviewer.store.userfile import UserDataError
from npviewer.store.values import ValueProblem, read_json, read_timestamp

EXPORT_FORMAT = "npviewer-bookmarks"
MAX_IMPORT_BYTES = 20_000_000
MAX_NOTE = 10_000
MAX_TITLE = 500
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: C0 and C1 controls and the bidi embeddings/overrides/isolates; a note may still hold \n and \t.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def check_bookmark(entry_id: str, title: str, note: str) -> None:
    """Raise :class:`UserDataError` naming what is wrong with a bookmark before it is stored."""
    if not ID_PATTERN.fullmatch(entry_id):
        raise UserDataError(
            translate("UserData", "'{id}' is not an entry id (lowercase letters, digits and single '-')").format(
                id=_shown(entry_id)
            )
        )
    if len(title) > MAX_TITLE:
        raise UserDataError(
            translate("UserData", "the title has {count} characters; at most {max}").format(
                count=len(title), max=MAX_TITLE
            )
        )
    check_note(note)
    if _SURROGATE.search(title):
        raise UserDataError(translate("UserData", "the title is not valid Unicode text"))
    if _SURROGATE.search(note):
        raise UserDataError(translate("UserData", "the note is not valid Unicode text"))
    bad = _CONTROL.search(title)
    if bad:
        raise UserDataError(
            translate("UserData", "the title holds a control character ({char}): remove it").format(
                char=_code(bad.group())
            )
        )


def check_note(note: str) -> None:
    if len(note) > MAX_NOTE:
        raise UserDataError(
            translate("UserData", "a note may hold {max} characters; this one has {count}").format(
                max=f"{MAX_NOTE:,}", count=f"{len(note):,}"
            )
        )
    bad = _CONTROL.search(note.replace("\n", "").replace("\t", ""))
    if bad:
        raise UserDataError(
            translate("UserData", "the note holds a control character ({char}): remove it").format(
                char=_code(bad.group())
            )
        )


def clean_note(note: str) -> str:
    """A note as typed or pasted, made storable: Windows line ends folded, other controls removed."""
    note = note.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(lambda m: m.group() if m.group() in "\n\t" else "", _SURROGATE.sub("\ufffd", note))


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def _shown(text: str) -> str:
    return _CONTROL.sub(lambda m: _code(m.group()), _SURROGATE.sub("\ufffd", text[:60]))


def export_payload(items: list[dict[str, str]]) -> bytes:
    import json

    return json.dumps({"format": EXPORT_FORMAT, "version": 1, "bookmarks": items}, ensure_ascii=False, indent=2).encode(
        "utf-8"
    )


def read_bookmark_file(source: Path) -> list[dict[str, str]]:
    """Read and check a bookmarks file completely; raise :class:`UserDataError` naming the fault."""
    try:
        raw = read_limited(source, MAX_IMPORT_BYTES, "a bookmarks file")
    except ReadError as exc:
        raise UserDataError(str(exc)) from None
    try:  # UTF-8, with or without the byte-order mark Windows Notepad writes
        data: Any = read_json(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UserDataError(
            translate("UserData", "{file} is not a JSON bookmarks file ({error})").format(file=source, error=exc)
        ) from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise UserDataError(
            translate("UserData", '{file} is not an npviewer bookmarks export (no "format": "{format}")').format(
                file=source, format=EXPORT_FORMAT
            )
        )
    if data.get("version") != 1:
        raise UserDataError(
            translate("UserData", "{file} has bookmarks format version {version}; this npviewer reads 1").format(
                file=source, version=f"{data.get('version')!r:.20}"
            )
        )
    items = data.get("bookmarks")
    if not isinstance(items, list):
        raise UserDataError(translate("UserData", '{file}: "bookmarks" must be a list').format(file=source))
    checked = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise UserDataError(translate("UserData", "{file}: bookmark {n} is not an object").format(file=source, n=n))
        entry_id, title = item.get("id"), item.get("title", "")
        note, created = item.get("note", ""), item.get("created") or now()
        if not all(isinstance(v, str) for v in (entry_id, title, note, created)):
            raise UserDataError(
                translate("UserData", "{file}: bookmark {n} has a field that is not text").format(file=source, n=n)
            )
        assert isinstance(entry_id, str)
        try:
            check_bookmark(entry_id, title, note)
            if _CONTROL.search(created) or _SURROGATE.search(created):
                raise UserDataError(translate("UserData", "its date holds a control character"))
            read_timestamp(created)
        except ValueProblem as exc:
            raise UserDataError(
                f"{source}: "
                + translate("UserData", "bookmark {n}").format(n=n)
                + ": "
                + translate("UserData", "its created date {problem}; correct it in the file or remove the date").format(
                    problem=exc
                )
            ) from None
        except UserDataError as exc:
            raise UserDataError(
                f"{source}: " + translate("UserData", "bookmark {n}").format(n=n) + f": {exc}"
            ) from None
        checked.append({"id": entry_id, "title": title or entry_id, "note": note, "created": created[:40]})
    return checked
