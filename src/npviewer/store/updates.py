"""Installing a content pack and rolling back: check, build beside, switch atomically, keep the old one.

See :mod:`npviewer.store.installed` for the layout. Every step before the switch works in a
staging folder; the switch is the atomic replacement of ``state.json`` (after ``changes.json``).
Any failure raises :class:`PackError` with one line and leaves the content in use as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from npviewer import paths
from npviewer.errors import describe
from npviewer.i18n import translate
from npviewer.store.changes import Version, compare_stores
from npviewer.store.files import WriteError, write_atomically
from npviewer.store.installed import (
    BUNDLED,
    BUNDLED_LABEL,
    CHANGES_FILE,
    STATE_FILE,
    ContentState,
    Install,
    bundled_facts,
    content_root,
    find_install,
    installs,
    installs_dir,
    overridden,
    read_state,
)
from npviewer.store.manifest import Manifest, PackError
from npviewer.store.packs import read_pack
from npviewer.store.provenance import Provenance, check_signature, read_provenance, write_provenance

if TYPE_CHECKING:
    from npviewer.store.content import ContentBundle

ProgressFn = Callable[[str, int, int], None]


@dataclass(frozen=True)
class SwitchResult:
    """What an install or a rollback did, for the user to be told."""

    state: ContentState
    message: str
    changed: bool = True


# -- switching ---------------------------------------------------------------------------------------


def install_pack(pack: Path, progress: ProgressFn | None = None, *, allow_unsigned: bool = False) -> SwitchResult:
    """Check ``pack`` in full (its signature by a trusted key first, unless ``allow_unsigned``), build
    its store beside the content in use, and switch to it.

    Raises :class:`PackError` (one line) when the pack is refused or cannot be installed (a
    :class:`~npviewer.store.provenance.PackRefused` when no trusted key signed it); the content in
    use, the installs and the user's data are then exactly as they were.
    """
    _refuse_when_overridden()
    root = content_root()
    with _lock(root):
        _remove_staging(root)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
        try:
            return _install(pack, staging, progress, allow_unsigned)
        except OSError as exc:
            cannot = translate("Updates", "cannot install {pack}: {reason}")
            raise PackError(cannot.format(pack=pack.name, reason=_os_reason(exc))) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _install(pack: Path, staging: Path, progress: ProgressFn | None, allow_unsigned: bool) -> SwitchResult:
    from npviewer.store.build import build_store
    from npviewer.store.content import ContentError, load_content

    verdicts: list[Provenance] = []

    def judge(manifest_bytes: bytes, signature: bytes | None) -> None:
        verdicts.append(check_signature(manifest_bytes, signature, pack.name, allow_unsigned))

    manifest = read_pack(pack, staging / "content", progress, judge)
    verdict = replace(verdicts[0], version=manifest.version)
    _check_made(manifest, pack.name)
    if progress:
        progress(translate("Updates", "Checking the content"), 0, 0)
    try:
        bundle = load_content(staging / "content", manifest.made)
    except ContentError as exc:
        first = exc.issues[0] if exc.issues else translate("Updates", "unknown problem")
        more = (
            translate("Updates", " (and {count} more)").format(count=len(exc.issues) - 1) if len(exc.issues) > 1 else ""
        )
        invalid = translate("Updates", "{pack}: the content is not valid: {problem}")
        raise PackError(invalid.format(pack=pack.name, problem=f"{first}{more}")) from None
    _check_claims(manifest, bundle, pack.name)
    install_id = f"{manifest.version}-{manifest.content_hash[:8]}"
    state = read_state()
    existing = find_install(install_id)
    if existing is not None:  # the same content again: keep the better verdict on it
        kept = read_provenance(existing.folder, manifest.version)
        if kept.marked and not verdict.marked:
            write_provenance(existing.folder, verdict)
        verdict = verdict if kept.marked and not verdict.marked else kept
    label = verdict.label()
    if state.active == install_id and existing is not None:
        in_use = translate("Updates", "Content {version} is already in use: nothing changed.")
        return SwitchResult(state, in_use.format(version=label), changed=False)
    target = installs_dir() / install_id
    new_store = target / "content.sqlite"
    if existing is None:
        (staging / "manifest.json").write_text(json.dumps(manifest.to_json(), ensure_ascii=False, indent=1), "utf-8")
        write_provenance(staging, verdict)
        build_store(bundle, staging / "content.sqlite", progress)
        shutil.rmtree(target, ignore_errors=True)  # a damaged left-over of the same id
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging, target)
    else:  # the same content is installed already (the one to roll back to): its store, checked
        from npviewer.store.opening import ensure_store

        new_store = ensure_store(target / "content", new_store).path
    if progress:
        progress(translate("Updates", "Comparing with the content in use"), 0, 0)
    old_version, old_store = current_version()
    new_version = Version(install_id, label, manifest.current_to, manifest.entry_count)
    changes = compare_stores(old_store, new_store, old_version, new_version, _now())
    new_state = ContentState(install_id, state.active, changes.switched)
    _switch(new_state, changes.to_json())
    _prune(new_state)
    installed = translate("Updates", "Installed content {version}: {summary}.")
    return SwitchResult(new_state, installed.format(version=label, summary=changes.summary()))


def rollback() -> SwitchResult:
    """Return to the content in use before the last switch (and keep this one for a roll forward)."""
    _refuse_when_overridden()
    root = content_root()
    with _lock(root):
        state = read_state()
        if state.previous is None:
            raise PackError(
                translate("Updates", "there is no earlier content to return to: no content update has been installed")
            )
        if state.previous != BUNDLED and find_install(state.previous) is None:
            gone = translate("Updates", "the earlier content ({version}) is no longer installed; nothing changed")
            raise PackError(gone.format(version=state.previous))
        new_state = ContentState(state.previous, state.active, _now())
        try:
            old_version, old_store = current_version()
            target_version, target_store = _version_and_store(state.previous)
            changes = compare_stores(old_store, target_store, old_version, target_version, new_state.switched)
        except OSError as exc:
            raise PackError(translate("Updates", "cannot roll back: {reason}").format(reason=_os_reason(exc))) from None
        try:
            _switch(new_state, changes.to_json())
        except OSError as exc:
            raise PackError(translate("Updates", "cannot roll back: {reason}").format(reason=_os_reason(exc))) from None
        returned = translate("Updates", "Returned to content {version}: {summary}.")
        return SwitchResult(new_state, returned.format(version=changes.new.label, summary=changes.summary()))


def _check_made(manifest: Manifest, pack: str) -> None:
    """A pack cannot have been made in the future (a day of slack for a clock set ahead)."""
    from npviewer.store.values import read_timestamp

    if read_timestamp(manifest.created, check_future=False) > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        made = translate(
            "Updates",
            "{pack}: its manifest says it was made on {created}, a day still to come; the pack is damaged "
            "(or this computer's clock is wrong)",
        )
        raise PackError(made.format(pack=pack, created=manifest.created[:10]))


def _check_claims(manifest: Manifest, bundle: ContentBundle, pack: str) -> None:
    """What the manifest says of the content (current to, entry count, hash) computed again from it."""
    current_to = bundle.coverage()[0]
    claims = (
        ("current_to", manifest.current_to or "none", current_to or "none"),
        ("entry_count", str(manifest.entry_count), str(len(bundle.entries))),
        ("content_hash", manifest.content_hash, bundle.content_hash),
    )
    for name, said, found in claims:
        if said != found:
            damaged = translate(
                "Updates", "{pack}: its manifest gives {name} {said}, but its content has {found}; the pack is damaged"
            )
            raise PackError(damaged.format(pack=pack, name=name, said=said[:40], found=found[:40]))


def _switch(state: ContentState, changes: dict[str, Any]) -> None:
    """Record the changes, then the new state: the second write is the switch, atomic."""
    root = content_root()
    record = {"format": "npviewer-content-state", "version": 1, **vars(state)}
    try:
        write_atomically(root / CHANGES_FILE, json.dumps(changes, ensure_ascii=False).encode("utf-8"))
        write_atomically(root / STATE_FILE, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
    except WriteError as exc:
        raise PackError(str(exc)) from None


def _prune(state: ContentState) -> None:
    """Delete installs that are neither in use nor the one to roll back to."""
    keep = {state.active, state.previous}
    for install in installs():
        if install.id not in keep:
            shutil.rmtree(install.folder, ignore_errors=True)


def _remove_staging(root: Path) -> None:
    """Left-overs of an install that was interrupted (a crash, a power cut)."""
    for leftover in root.glob(".staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _refuse_when_overridden() -> None:
    if overridden():
        raise PackError("NPVIEWER_DATA is set, so that folder's content is used: unset it to install or roll back")


# -- versions ----------------------------------------------------------------------------------------


def _version_of(install: Install) -> Version:
    """An install's version, labelled with its mark when no trusted key vouches for it."""
    label = read_provenance(install.folder, install.manifest.version).label()
    return Version(install.id, label, install.manifest.current_to, install.manifest.entry_count)


def current_version() -> tuple[Version, Path]:
    """The content in use as a :class:`~npviewer.store.changes.Version`, and its store (built if needed)."""
    return _version_and_store(read_state().active)


def _version_and_store(content_id: str) -> tuple[Version, Path]:
    from npviewer.store.opening import ensure_store

    install = find_install(content_id)
    if install is not None:
        status = ensure_store(install.data_dir, install.store)
        return _version_of(install), status.path
    status = ensure_store(paths.content_dir())
    return Version(BUNDLED, BUNDLED_LABEL, *bundled_facts(status.path)), status.path


def content_versions() -> list[dict[str, Any]]:
    """The bundled content and every installed pack, with which is in use and which rollback returns to."""
    state = read_state()
    active = "NPVIEWER_DATA" if overridden() else state.active
    bundled, _store = _version_and_store(BUNDLED)
    rows = [{**_version_row(bundled, "", active, state.previous), **Provenance(BUNDLED_LABEL).to_json()}]
    for install in installs():
        row = _version_row(_version_of(install), install.manifest.created, active, state.previous)
        row.update(read_provenance(install.folder, install.manifest.version).to_json())
        rows.append(row)
    if active == "NPVIEWER_DATA":
        rows.append({"id": active, "label": f"NPVIEWER_DATA ({paths.content_dir()})", "current_to": "", "entries": 0,
                     "installed": "", "in_use": True, "previous": False})  # fmt: skip
    return rows


def _version_row(version: Version, installed: str, active: str, previous: str | None) -> dict[str, Any]:
    return {
        "id": version.id, "label": version.label, "current_to": version.current_to, "entries": version.entry_count,
        "installed": installed, "in_use": version.id == active, "previous": version.id == previous,
    }  # fmt: skip


# -- helpers -----------------------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _os_reason(exc: OSError) -> str:
    """A full disk, a permission...: the one sentence :func:`npviewer.errors.describe` has for it."""
    return (describe(exc) or str(exc)).rstrip(".")


@contextmanager
def _lock(root: Path) -> Iterator[None]:
    """One install or rollback at a time, across processes (a second one is refused, not queued)."""
    root.mkdir(parents=True, exist_ok=True)
    handle = open(root / ".lock", "a+b")  # noqa: SIM115 - held for the duration
    try:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock; installs are rare and quick
            yield
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise PackError("another npviewer is installing or rolling back content right now; try again") from None
        yield
    finally:
        handle.close()
