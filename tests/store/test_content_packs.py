"""Content packs: made reproducibly, and every kind of bad pack refused in one line with nothing changed."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from npviewer.store.content import load_content
from npviewer.store.library import Library
from npviewer.store.manifest import MANIFEST, MiB, PackError, unsafe_member_name
from npviewer.store.packs import make_pack, read_pack
from npviewer.store.updates import install_pack
from pack_factory import ROOT, Members, edited_content, everything, members_of, rehashed, write_zip


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid pack of a copy of the real content with an entry added, one removed and one changed."""
    folder = tmp_path_factory.mktemp("pack")
    edits = edited_content(folder / "content")
    pack, _manifest = make_pack(edits.folder, folder, "2030.01.01")
    return pack


def test_a_pack_holds_the_loaders_files_and_a_manifest_with_their_hashes(good_pack: Path) -> None:
    members = members_of(good_pack)
    manifest = json.loads(members[MANIFEST])
    assert manifest["format"] == "npviewer-content-pack" and manifest["version"] == "2030.01.01"
    # the edited copy adds one entry and removes one: as many entries as the real content
    assert manifest["entry_count"] == len(load_content(ROOT / "data").entries) and manifest["current_to"]
    assert set(members) == {MANIFEST} | {f"content/{name}" for name in manifest["files"]}
    assert "sources.yaml" in manifest["files"] and any(n.startswith("sources/") for n in manifest["files"])
    for name, record in manifest["files"].items():
        assert hashlib.sha256(members[f"content/{name}"]).hexdigest() == record["sha256"]
    assert good_pack.name == "npviewer-content-2030.01.01.npc"


def test_the_same_content_makes_the_same_members(tmp_path: Path) -> None:
    first, _ = make_pack(ROOT / "data", tmp_path / "a.npc", "1.0")
    second, _ = make_pack(ROOT / "data", tmp_path / "b.npc", "1.0")
    one, two = members_of(first), members_of(second)
    one.pop(MANIFEST), two.pop(MANIFEST)
    assert one == two


def test_making_a_pack_of_invalid_content_refuses(tmp_path: Path) -> None:
    from npviewer.store.content import ContentError

    broken = tmp_path / "content"
    edited_content(broken)
    (broken / "events.yaml").write_text("entries: [ {id: broken", encoding="utf-8")
    with pytest.raises(ContentError):
        make_pack(broken, tmp_path, "1.0")
    assert not list(tmp_path.glob("*.npc")) and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize(
    "name",
    ["../evil.yaml", "content/../../evil.yaml", "/etc/evil.yaml", "content/./a.yaml", "content//a.yaml",
     "content\\..\\evil.yaml", "C:/evil.yaml", ""],
)  # fmt: skip
def test_member_names_that_could_leave_the_pack_are_named_unsafe(name: str) -> None:
    assert unsafe_member_name(name)


def test_ordinary_member_names_are_safe() -> None:
    assert not unsafe_member_name("content/regions/eastern.yaml")
    assert not unsafe_member_name("content/sources/000_eb57b4686f03fc02.txt")


def _bad_hash(members: Members) -> Members:
    data = bytearray(members["content/places.yaml"])
    data[len(data) // 2] ^= 0x20
    return {**members, "content/places.yaml": bytes(data)}


def _invalid_content(members: Members) -> Members:
    return rehashed({**members, "content/events.yaml": b"entries:\n  - {id: Not An Id, kind: meeting}\n"})


def _alias_bomb(members: Members) -> Members:
    """Twenty lines of YAML aliases that stand for 3**20 lists ("billion laughs")."""
    lines = ["l0: &l0 [x, x, x]"] + [f"l{n}: &l{n} [*l{n - 1}, *l{n - 1}, *l{n - 1}]" for n in range(1, 20)]
    return rehashed({**members, "content/figures.yaml": ("\n".join(lines) + "\nentries: [*l19]\n").encode()})


def _manifest(**changes: object) -> Callable[[Members], Members]:
    """A pack whose manifest says something else of itself (its files unchanged)."""
    return lambda m: {**m, MANIFEST: json.dumps({**json.loads(m[MANIFEST]), **changes}).encode()}


BAD_PACKS: dict[str, tuple[Callable[[Members], Members], str]] = {
    "bad hash": (_bad_hash, "does not match its SHA-256"),
    "path traversal": (lambda m: {**m, "content/../../evil.yaml": b"x"}, "'..'"),
    "absolute path": (lambda m: {**m, "/tmp/evil.yaml": b"x"}, "absolute path"),
    "member not in the manifest": (lambda m: {**m, "content/extra.yaml": b"entries: []\n"}, "not in its manifest"),
    "file the loader does not read": (lambda m: rehashed({**m, "content/notes.txt": b"x"}), "not a content file"),
    "no manifest": (lambda m: {k: v for k, v in m.items() if k != MANIFEST}, "no manifest.json"),
    "missing member": (lambda m: {k: v for k, v in m.items() if k != "content/places.yaml"}, "missing from the pack"),
    "invalid content": (_invalid_content, "the content is not valid"),
    "YAML alias bomb": (_alias_bomb, "uses a YAML alias"),
    "YAML loop": (lambda m: rehashed({**m, "content/figures.yaml": b"entries: &e [*e]\n"}), "uses a YAML alias"),
    "newer pack format": (
        lambda m: {**m, MANIFEST: m[MANIFEST].replace(b'"format_version": 1', b'"format_version": 7')},
        "update npviewer",
    ),
    "manifest that is not JSON": (lambda m: {**m, MANIFEST: b"{not json"}, "cannot be read"),
    "content hash that does not match": (
        _manifest(content_hash="0" * 16),
        "its manifest gives content_hash 0000000000000000, but its content has",
    ),
    "current to a day the content does not reach": (
        _manifest(current_to="2021-01-01"),
        "its manifest gives current_to 2021-01-01, but its content has 2022-10-06; the pack is damaged",
    ),
    "current to after the day it was made": (_manifest(current_to="2061-01-01"), "after the day it was made"),
    "current to a day not in the calendar": (_manifest(current_to="2022-02-30"), "'current_to' '2022-02-30' is not"),
    "entry count that does not match": (_manifest(entry_count=3), "its manifest gives entry_count 3, but its content"),
    "entry count thousands of digits long": (
        lambda m: {**m, MANIFEST: m[MANIFEST].replace(b'"entry_count": ', b'"entry_count": ' + b"9" * 5000, 1)},
        "'entry_count' is not a number",
    ),
    "version that breaks the line": (_manifest(version="2030.01.01\nforged"), "'version' is not a version"),
    "version too long": (_manifest(version="1" * 65), "'version' is not a version"),
    "made on a day not in the calendar": (_manifest(created="2026-02-30T10:00:00+00:00"), "'created'"),
    "made in the future": (_manifest(created="2091-01-01T00:00:00+00:00"), "a day still to come"),
}


@pytest.mark.parametrize("fault", list(BAD_PACKS))
def test_a_bad_pack_is_refused_in_one_line_and_changes_nothing(
    fault: str, good_pack: Path, tmp_path: Path, npviewer_home: Path
) -> None:
    edit, expected = BAD_PACKS[fault]
    Library.open().close()  # the content in use has its store, as after a first start
    before = everything(npviewer_home)
    bad = write_zip(tmp_path / "bad.npc", edit(members_of(good_pack)))
    with pytest.raises(PackError) as refused:
        install_pack(bad, allow_unsigned=True)  # the checks behind the signature hold without one
    message = str(refused.value)
    assert expected in message and "\n" not in message and "bad.npc" in message
    assert everything(npviewer_home) == before
    assert not list(npviewer_home.rglob(".staging-*"))
    assert not list(tmp_path.rglob("evil*")) and not list(Path("/tmp").glob("evil.yaml"))


def test_a_symbolic_link_in_a_pack_is_refused(good_pack: Path, tmp_path: Path, npviewer_home: Path) -> None:
    members = {**members_of(good_pack), "content/regions/link.yaml": b"/etc/passwd"}
    bad = write_zip(tmp_path / "link.npc", members, symlink="content/regions/link.yaml")
    before = everything(npviewer_home)
    with pytest.raises(PackError, match="symbolic link"):
        install_pack(bad)
    assert everything(npviewer_home) == before


def test_an_oversized_member_is_refused_before_it_is_read(tmp_path: Path, npviewer_home: Path) -> None:
    """A member that unpacks to 257 MiB (a few hundred KiB packed): refused from its declared size."""
    bad = tmp_path / "huge.npc"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, b"{}")
        with archive.open("content/events.yaml", "w", force_zip64=True) as member:
            zeros = bytes(MiB)
            for _ in range(257):
                member.write(zeros)
    assert bad.stat().st_size < 2 * MiB
    before = everything(npviewer_home)
    with pytest.raises(PackError, match="257 MiB unpacked; a file in a pack is at most 256 MiB"):
        install_pack(bad)
    assert everything(npviewer_home) == before


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path, npviewer_home: Path) -> None:
    bad = tmp_path / "notes.npc"
    bad.write_text("just text", encoding="utf-8")
    with pytest.raises(PackError, match="not an npviewer content pack"):
        install_pack(bad)
    with pytest.raises(PackError, match="cannot read"):
        install_pack(tmp_path / "missing.npc")


def test_a_member_larger_than_its_manifest_says_is_refused(good_pack: Path, tmp_path: Path) -> None:
    members = members_of(good_pack)
    manifest = json.loads(members[MANIFEST])
    manifest["files"]["places.yaml"]["size"] -= 10
    bad = write_zip(tmp_path / "sizes.npc", {**members, MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(PackError, match="its manifest says"):
        read_pack(bad, tmp_path / "out")
