"""Content packs: one zip file (``.npc``) of content files and a manifest, checked in full before use.

A pack is data, never code: nothing in it is run, and it is read only through these checks, in this
order, before anything is written outside a private staging folder: the file's size; the zip's
member count, names (no absolute path, no '..', no backslash, confined to ``content/``), types (no
symbolic link or device) and declared sizes; the manifest; its signature (:mod:`npviewer.store.signing`:
``manifest.sig`` signs the manifest's exact bytes, which hold every file's SHA-256); then each
member, read with a cap, its size and SHA-256 compared with the manifest; the files extracted must
be exactly the files the content loader reads (:func:`npviewer.store.fingerprint.content_files`).
The content itself is then validated by the same loader as ``npviewer check-data``, and the manifest's
own claims (current to, entry count, content hash) computed again from it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from npviewer.store.fingerprint import content_files, content_hash
from npviewer.store.manifest import (
    CONTENT_ROOT,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PACK_BYTES,
    MAX_TOTAL_BYTES,
    PACK_SUFFIX,
    Manifest,
    MiB,
    PackError,
    check_version,
    parse_manifest,
    unsafe_member_name,
)
from npviewer.store.signing import MAX_SIGNATURE_BYTES, SIGNATURE

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_CHUNK = 1024 * 1024

ProgressFn = Callable[[str, int, int], None]

if TYPE_CHECKING:  # zipfile (and the compressors it loads) only when a pack is made or read
    import zipfile


def pack_file_name(version: str) -> str:
    return f"npviewer-content-{version}{PACK_SUFFIX}"


def default_version(today: dt.date | None = None) -> str:
    """A pack's version when none is given: the day it is made, ``2026.11.30``."""
    return (today or dt.datetime.now(dt.UTC).date()).strftime("%Y.%m.%d")


# -- making a pack ---------------------------------------------------------------------------------


def make_pack(
    directory: Path, output: Path, version: str | None = None, sign_with: Path | None = None
) -> tuple[Path, Manifest]:
    """Validate the content in ``directory`` and write it as a pack; ``output`` is a file or a folder;
    ``sign_with``: a private key (``npviewer content keygen``) to sign it with.

    Raises :class:`npviewer.store.content.ContentError` for invalid content, :class:`PackError` otherwise.
    """
    import zipfile

    from npviewer.store.content import load_content
    from npviewer.store.signing import SigningError, sign
    from npviewer.store.values import made_day

    version = check_version(version or default_version())
    now = dt.datetime.now(dt.UTC)
    bundle = load_content(directory, made_day(now))  # nothing dated after the day the pack is made
    current_to = bundle.coverage()[0]  # what Repository.coverage() reads back from a built store
    target = output / pack_file_name(version) if output.is_dir() else output
    if not target.parent.is_dir():
        raise PackError(f"cannot write {target}: the folder {target.parent} does not exist")
    files: dict[str, tuple[str, int]] = {}
    for path in content_files(directory):
        data = path.read_bytes()
        files[path.relative_to(directory).as_posix()] = (hashlib.sha256(data).hexdigest(), len(data))
    manifest = Manifest(
        version=version,
        current_to=current_to,
        entry_count=len(bundle.entries),
        content_hash=content_hash(directory),
        created=now.isoformat(timespec="seconds"),
        files=files,
    )
    manifest_bytes = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        signature = sign(manifest_bytes, sign_with) if sign_with is not None else None
    except SigningError as exc:
        raise PackError(str(exc)) from None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            _add(archive, MANIFEST, manifest_bytes)
            if signature is not None:
                _add(archive, SIGNATURE, signature)
            for rel in sorted(files):
                _add(archive, f"{CONTENT_ROOT}/{rel}", (directory / rel).read_bytes())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise PackError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target, manifest


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """A member with a fixed time stamp and plain file permissions: the same content makes the same bytes."""
    import zipfile

    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    archive.writestr(info, data)


# -- reading a pack --------------------------------------------------------------------------------


def read_pack(
    pack: Path,
    destination: Path,
    progress: ProgressFn | None = None,
    check_signature: Callable[[bytes, bytes | None], None] | None = None,
) -> Manifest:
    """Check ``pack`` completely and extract its content files into the new folder ``destination``.

    ``check_signature(manifest bytes, signature bytes or None)`` judges the signature before any
    member is extracted (raising to refuse the pack). Raises :class:`PackError` (one line) on the
    first fault; ``destination`` may then hold part of the content, and the caller discards it.
    """
    import zipfile

    name = pack.name
    try:
        size = pack.stat().st_size
    except OSError as exc:
        raise PackError(f"cannot read {pack}: {exc.strerror}") from None
    if not pack.is_file():
        raise PackError(f"{pack} is not a file: choose an npviewer content pack ({PACK_SUFFIX})")
    if size > MAX_PACK_BYTES:
        raise PackError(f"{name} is {size // MiB} MiB; a content pack is at most {MAX_PACK_BYTES // MiB} MiB")
    try:
        archive = zipfile.ZipFile(pack)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(f"{name} is not an npviewer content pack (not a readable zip file: {exc})") from None
    with archive:
        members = _checked_members(archive, name)
        manifest, manifest_bytes = _read_manifest(archive, members, name)
        if check_signature is not None:
            check_signature(manifest_bytes, _read_signature(archive, members, name))
        destination.mkdir(parents=True, exist_ok=False)
        total = sum(size for _sha, size in manifest.files.values())
        done = 0
        for rel, (sha, size) in sorted(manifest.files.items()):
            _extract(archive, members[f"{CONTENT_ROOT}/{rel}"], destination / rel, sha, size, name)
            done += size
            if progress:
                progress("Checking the pack", done, total)
    listed = {p.relative_to(destination).as_posix() for p in content_files(destination)}
    stray = sorted(set(manifest.files) - listed)
    if stray:
        raise PackError(f"{name}: {stray[0]} is not a content file npviewer reads; a pack holds only content files")
    return manifest


def _checked_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    """Every file member by name, after the checks on names, types and declared sizes."""
    import zipfile

    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackError(f"{name} holds {len(infos)} files; a content pack holds at most {MAX_MEMBERS}")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        member = info.filename
        problem = unsafe_member_name(member)
        if problem:
            raise PackError(f"{name}: the member {member[:80]!r} {problem}; the pack is refused")
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise PackError(f"{name}: the member {member!r} is a symbolic link; a pack holds only plain files")
        if info.is_dir():
            continue
        if kind not in (0, stat.S_IFREG):
            raise PackError(f"{name}: the member {member!r} is not a plain file; a pack holds only plain files")
        if info.flag_bits & 0x1:
            raise PackError(f"{name}: the member {member!r} is encrypted; a pack is never encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(f"{name}: the member {member!r} uses an unsupported compression")
        if member in members:
            raise PackError(f"{name}: the member {member!r} appears twice; the pack is refused")
        if info.file_size > MAX_MEMBER_BYTES:
            raise PackError(
                f"{name}: {member} is {info.file_size // MiB} MiB unpacked; a file in a pack is at most "
                f"{MAX_MEMBER_BYTES // MiB} MiB"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(f"{name} unpacks to more than {MAX_TOTAL_BYTES // MiB} MiB; the pack is refused")
        members[member] = info
    return members


def _read_signature(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str) -> bytes | None:
    import zipfile

    info = members.get(SIGNATURE)
    if info is None:
        return None
    if info.file_size > MAX_SIGNATURE_BYTES:
        raise PackError(f"{name}: its {SIGNATURE} is too large to be a signature; the pack is damaged")
    try:
        with archive.open(info) as handle:
            return handle.read(MAX_SIGNATURE_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError(f"{name}: its {SIGNATURE} cannot be read ({exc}); the pack is damaged") from None


def _read_manifest(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str) -> tuple[Manifest, bytes]:
    import zipfile

    from npviewer.store.values import read_json

    info = members.get(MANIFEST)
    if info is None:
        raise PackError(f"{name} has no {MANIFEST}: it is not an npviewer content pack")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackError(f"{name}: its {MANIFEST} is larger than {MAX_MANIFEST_BYTES // MiB} MiB")
    try:
        with archive.open(info) as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
        data = read_json(raw.decode("utf-8"))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RecursionError) as exc:
        raise PackError(f"{name}: its {MANIFEST} cannot be read ({str(exc)[:200]})") from None
    manifest = parse_manifest(data, name)
    expected = {f"{CONTENT_ROOT}/{rel}" for rel in manifest.files} | {MANIFEST} | ({SIGNATURE} & set(members))
    extra = sorted(set(members) - expected)
    if extra:
        raise PackError(f"{name}: {extra[0]} is in the pack but not in its manifest; the pack is refused")
    missing = sorted(expected - set(members))
    if missing:
        raise PackError(f"{name}: {missing[0]} is in its manifest but missing from the pack")
    return manifest, raw


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, sha: str, size: int, name: str) -> None:
    """Copy one member to ``target``, reading no more than the manifest's size, and check its hash."""
    import zipfile

    if info.file_size != size:
        raise PackError(f"{name}: {info.filename} is {info.file_size} bytes, its manifest says {size}")
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    read = 0
    try:
        with archive.open(info) as source, open(target, "xb") as sink:
            while chunk := source.read(min(_CHUNK, size - read + 1)):
                read += len(chunk)
                if read > size:
                    raise PackError(f"{name}: {info.filename} holds more than its declared {size} bytes")
                digest.update(chunk)
                sink.write(chunk)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise PackError(f"{name}: {info.filename} is damaged ({exc}); get the pack again") from None
    if read != size or digest.hexdigest() != sha:
        raise PackError(f"{name}: {info.filename} does not match its SHA-256 in the manifest; the pack is damaged")
