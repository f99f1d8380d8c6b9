"""Content updates installed in the user data dir: which content is in use (read at every start).

Everything lives under ``<user data>/content/`` (never in the install folder, which may be read-only)::

    state.json           which content is in use and which was before; replacing it is the switch
    changes.json         what changed at the last switch (from -> to): the "What changed" page
    installs/<id>/       manifest.json, content/ (the pack's files), content.sqlite (its store)

A pack is checked and its store built in a staging folder beside the installs; only then are
``changes.json`` and ``state.json`` replaced (each atomically), so a failure at any step leaves the
content in use as it was. The content in use before is kept, so a rollback is one more switch.
``NPVIEWER_DATA`` (a content folder for editors and tests) takes precedence over installed content.
Installing and rolling back: :mod:`npviewer.store.updates`.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer import paths
from npviewer.store.manifest import Manifest, PackError, parse_manifest

if TYPE_CHECKING:
    from npviewer.store.changes import ContentChanges

log = logging.getLogger(__name__)

BUNDLED = "bundled"
BUNDLED_LABEL = "bundled with npviewer"
STATE_FILE = "state.json"
CHANGES_FILE = "changes.json"


@dataclass(frozen=True)
class Install:
    """One installed content pack."""

    id: str
    folder: Path
    manifest: Manifest

    @property
    def data_dir(self) -> Path:
        return self.folder / "content"

    @property
    def store(self) -> Path:
        return self.folder / "content.sqlite"


@dataclass(frozen=True)
class ContentState:
    """Which content is in use (``bundled`` or an install's id) and which was in use before."""

    active: str = BUNDLED
    previous: str | None = None
    switched: str = ""


def content_root() -> Path:
    return paths.user_data_dir() / "content"


def installs_dir() -> Path:
    return content_root() / "installs"


def overridden() -> bool:
    """True when ``NPVIEWER_DATA`` names the content to use: installed content is then left alone."""
    return bool(os.environ.get("NPVIEWER_DATA"))


# -- reading the state -------------------------------------------------------------------------------


def read_state() -> ContentState:
    """The recorded state; the bundled content when there is none or it cannot be read."""
    path = content_root() / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ContentState()
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s (%s): using the bundled content", path, exc)
        return ContentState()
    if not isinstance(data, dict) or not isinstance(data.get("active"), str):
        return ContentState()
    previous = data.get("previous")
    return ContentState(data["active"], previous if isinstance(previous, str) else None, str(data.get("switched", "")))


def find_install(install_id: str) -> Install | None:
    """The install with this id, when its folder and manifest are there."""
    if not install_id or install_id == BUNDLED or "/" in install_id or install_id.startswith("."):
        return None
    folder = installs_dir() / install_id
    try:
        manifest = parse_manifest(json.loads((folder / "manifest.json").read_text(encoding="utf-8")), install_id)
    except (OSError, ValueError, PackError):
        return None
    return Install(install_id, folder, manifest) if (folder / "content").is_dir() else None


def active_install() -> Install | None:
    """The installed content in use, or None for the bundled content (or ``NPVIEWER_DATA``'s)."""
    if overridden():
        return None
    state = read_state()
    if state.active == BUNDLED:
        return None
    install = find_install(state.active)
    if install is None:
        log.warning("installed content %s is missing: using the bundled content", state.active)
    return install


def installs() -> list[Install]:
    """Every installed pack, oldest first."""
    folder = installs_dir()
    if not folder.is_dir():
        return []
    found = [find_install(p.name) for p in sorted(folder.iterdir()) if p.is_dir()]
    return sorted((i for i in found if i is not None), key=lambda i: i.manifest.created)


def read_changes() -> ContentChanges | None:
    """What changed at the last switch, or None (no switch yet, or its record is unreadable)."""
    from npviewer.store.changes import ContentChanges

    state = read_state()
    if overridden() or state.previous is None:
        return None
    try:
        data = json.loads((content_root() / CHANGES_FILE).read_text(encoding="utf-8"))
        changes = ContentChanges.from_json(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("cannot read the record of what changed: %s", exc)
        return None
    if changes.old.id != state.previous or changes.new.id != state.active:
        return None
    return changes


def bundled_facts(store: Path) -> tuple[str, int]:
    """The bundled content's current-to date and entry count, read from its store."""
    from npviewer.store.repository import Repository

    repo = Repository(store)
    try:
        coverage = repo.coverage()
        count = int(repo.conn.execute("SELECT count(*) FROM entry").fetchone()[0])
        return (coverage.current_to.iso if coverage.current_to else ""), count
    finally:
        repo.close()
