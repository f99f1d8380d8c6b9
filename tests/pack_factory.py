"""Copies of the real content with entries added, removed and changed, for the content-update tests.

The edits work on the parsed YAML and copy an existing entry's sources for the new one, so they
stay valid whatever the source records look like.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from npviewer.store.manifest import MANIFEST
from npviewer.store.signing import SIGNATURE

ROOT = Path(__file__).resolve().parents[1]
CHANGED_ID = "eastern-rajin-khasan"
ADDED_ID = "eastern-test-added-measure"
ADDED_TITLE = "A new measure <b>not bold</b> & “quoted”"
UNCHANGED_ID = "eastern-gas-railway-electricity"


@dataclass(frozen=True)
class Edits:
    folder: Path
    added: str
    removed: str
    removed_title: str
    changed: str
    unchanged: str


def _walk(entries: list[Any]) -> Iterator[tuple[list[Any], dict[str, Any]]]:
    for entry in entries:
        yield entries, entry
        yield from _walk(entry.get("children") or [])


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def edited_content(target: Path) -> Edits:
    """A copy of ``data/`` at ``target`` with one measure added, one leaf entry removed, one changed."""
    shutil.copytree(ROOT / "data", target)
    files = sorted(p for p in target.rglob("*.yaml") if p.name != "sources.yaml")
    every_text = "\n".join(p.read_text(encoding="utf-8") for p in files)
    removed = removed_title = ""
    for path in files:
        data = _load(path)
        changed = False
        for siblings, entry in list(_walk(data.get("entries") or [])):
            if entry["id"] == CHANGED_ID:
                entry["title"] = entry["title"] + " (revised)"
                entry["text"] = (entry.get("text") or "").replace("logistics", "rail logistics", 1)
                changed = True
            if entry["id"] == UNCHANGED_ID:
                sibling = copy.deepcopy(entry)
                sibling.update(id=ADDED_ID, title=ADDED_TITLE, text="Entirely new text for the test.")
                sibling.pop("children", None)
                siblings.append(sibling)
                changed = True
            if (
                not removed
                and path.parent.name == "regions"
                and entry.get("kind") == "submeasure"
                and not entry.get("children")
                and every_text.count(entry["id"]) == 1
            ):
                removed, removed_title = entry["id"], entry["title"]
                siblings.remove(entry)
                changed = True
        if changed:
            _dump(path, data)
    assert removed, "no leaf entry that nothing else names: pick another to remove"
    return Edits(target, ADDED_ID, removed, removed_title, CHANGED_ID, UNCHANGED_ID)


Members = dict[str, bytes]


def members_of(pack: Path) -> Members:
    with zipfile.ZipFile(pack) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(target: Path, members: Members, *, symlink: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = ((stat.S_IFLNK | 0o777) if name == symlink else (stat.S_IFREG | 0o644)) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return target


def rehashed(members: Members) -> Members:
    """The members with a manifest that matches them again (as a careful forger would make it)."""
    manifest = json.loads(members[MANIFEST])
    manifest["files"] = {
        name.removeprefix("content/"): {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
        if name not in (MANIFEST, SIGNATURE)
    }
    return {**members, MANIFEST: json.dumps(manifest).encode()}


def everything(home: Path) -> dict[str, bytes]:
    """Every file of the user data dir with its bytes: "as it was" means equal to this (the log and
    the empty lock file that keeps two installs from running at once aside)."""
    return {
        str(p.relative_to(home)): p.read_bytes()
        for p in sorted(home.rglob("*"))
        if p.is_file() and not p.name.startswith("npviewer.log") and p.name != ".lock"
    }
