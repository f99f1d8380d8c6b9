"""A content pack's manifest and the rules for the names inside a pack (light: read at every start)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from npviewer.errors import ExpectedError
from npviewer.store.fingerprint import FORMAT_VERSION
from npviewer.store.values import ValueProblem, made_day, read_date, read_timestamp, read_version

PACK_FORMAT = "npviewer-content-pack"
PACK_FORMAT_VERSION = 1
PACK_SUFFIX = ".npc"
MANIFEST = "manifest.json"
CONTENT_ROOT = "content"
MiB = 1024 * 1024
MAX_PACK_BYTES = 512 * MiB
MAX_MEMBER_BYTES = 256 * MiB
MAX_TOTAL_BYTES = 1024 * MiB
MAX_MANIFEST_BYTES = 8 * MiB
MAX_MEMBERS = 20_000
MAX_NAME = 240
#: A version names the install's folder too: letters, digits, '.', '-', '_' (and one printable line, at most 64).
VERSION_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")


class PackError(ExpectedError):
    """A pack cannot be made or used; the message is one line: what, where, how to fix."""


@dataclass(frozen=True)
class Manifest:
    """What a pack says about itself."""

    version: str
    current_to: str
    entry_count: int
    content_hash: str
    created: str
    files: dict[str, tuple[str, int]]  # path inside content/ -> (sha256, size)

    @property
    def made(self) -> dt.date:
        """The day the pack was made (the latest calendar day anywhere on Earth when it was made): no
        event and no source in it may be dated after it, nor may its ``current_to``."""
        return made_day(read_timestamp(self.created, check_future=False))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PACK_FORMAT,
            "format_version": PACK_FORMAT_VERSION,
            "content_format": FORMAT_VERSION,
            "version": self.version,
            "current_to": self.current_to,
            "entry_count": self.entry_count,
            "content_hash": self.content_hash,
            "created": self.created,
            "files": {path: {"sha256": sha, "size": size} for path, (sha, size) in sorted(self.files.items())},
        }


def unsafe_member_name(member: str) -> str:
    """Why ``member`` (a zip member's name) could reach outside the pack, or ``''`` when it cannot."""
    if not member or len(member) > MAX_NAME:
        return "has an empty or overlong name"
    if "\\" in member or "\0" in member or ":" in member:
        return "has a backslash, colon or NUL in its name"
    if member.startswith("/"):
        return "has an absolute path"
    parts = member.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "has a '..', '.' or empty part in its path"
    if PurePosixPath(member).is_absolute():
        return "has an absolute path"
    return ""


def check_version(version: object) -> str:
    """A pack's version, or :class:`PackError` saying what a version may hold."""
    try:
        text = read_version(version)
    except ValueProblem as exc:
        raise PackError(f"{exc}: use letters, digits, '.', '-' or '_' (like 2026.11.30)") from None
    if not VERSION_PATTERN.fullmatch(text):
        raise PackError(f"'{text}' is not a pack version: use letters, digits, '.', '-' or '_' (like 2026.11.30)")
    return text


def parse_manifest(data: Any, name: str) -> Manifest:
    """A :class:`Manifest` from parsed JSON; raises :class:`PackError` naming the first wrong field.

    Every value is checked for what it claims: a version that is one line of the allowed characters, a
    ``created`` moment that exists, a ``current_to`` that is a real date and not after the day the pack
    was made. Whether the manifest agrees with the content is checked at install."""
    if not isinstance(data, dict) or data.get("format") != PACK_FORMAT:
        raise PackError(f'{name}: its {MANIFEST} is not a content pack manifest (no "format": "{PACK_FORMAT}")')
    if data.get("format_version") != PACK_FORMAT_VERSION:
        raise PackError(
            f"{name} is pack format {data.get('format_version')!r}; this npviewer reads format "
            f"{PACK_FORMAT_VERSION}: update npviewer to install it"
        )
    if data.get("content_format") != FORMAT_VERSION:
        raise PackError(
            f"{name} holds content format {data.get('content_format')!r}; this npviewer reads format "
            f"{FORMAT_VERSION}: use a pack made for this version of npviewer"
        )
    version, current_to, created = data.get("version"), data.get("current_to", ""), data.get("created", "")
    count, digest, files = data.get("entry_count"), data.get("content_hash"), data.get("files")
    try:
        check_version(version)
    except PackError as exc:
        raise PackError(f"{name}: its manifest's 'version' is not a version ({exc}); the pack is damaged") from None
    try:
        made = made_day(read_timestamp(created, check_future=False))
    except ValueProblem as exc:
        raise PackError(f"{name}: its manifest's 'created' {exc}; the pack is damaged") from None
    if not isinstance(current_to, str) or (current_to and not re.fullmatch(r"\d{4}(-\d{2}){0,2}", current_to)):
        raise PackError(f"{name}: its manifest's 'current_to' is not a date ({current_to!r:.40}); the pack is damaged")
    try:
        if current_to and read_date(current_to).first_day() > made:
            raise PackError(
                f"{name}: its manifest says it is current to {current_to}, after the day it was made "
                f"({made.isoformat()}); the pack is damaged"
            )
    except ValueProblem as exc:
        raise PackError(f"{name}: its manifest's 'current_to' {exc}; the pack is damaged") from None
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise PackError(f"{name}: its manifest's 'entry_count' is not a number")
    if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{16}", digest):
        raise PackError(f"{name}: its manifest's 'content_hash' is missing or malformed")
    if not isinstance(files, dict) or not files:
        raise PackError(f"{name}: its manifest lists no files")
    checked: dict[str, tuple[str, int]] = {}
    for rel, record in files.items():
        problem = unsafe_member_name(rel) if isinstance(rel, str) else "is not a name"
        if problem:
            raise PackError(f"{name}: its manifest names {str(rel)[:80]!r}, which {problem}")
        sha = record.get("sha256") if isinstance(record, dict) else None
        size = record.get("size") if isinstance(record, dict) else None
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise PackError(f"{name}: its manifest has no SHA-256 for {rel}")
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_MEMBER_BYTES:
            raise PackError(f"{name}: its manifest gives no valid size for {rel}")
        checked[rel] = (sha, size)
    assert isinstance(version, str) and isinstance(created, str)
    return Manifest(version, current_to, count, digest, created, checked)
