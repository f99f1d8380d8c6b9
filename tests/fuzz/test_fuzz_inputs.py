"""Fuzzing: a valid content folder, pack and bookmarks file, broken at random, never surprise npviewer.

Each example runs the real command (``cli.main``, the same error path as a shell) on a mutated copy
and asserts it ends in success or a clear exit 2, with nothing the user has changed: never exit 70
(an unexpected error), never a traceback. ``make test`` runs a bounded number of examples;
``make fuzz`` runs many more (``NPVIEWER_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content_factory import write_content
from fuzz_factory import mutated
from npviewer import cli
from npviewer.store.packs import make_pack
from npviewer.store.userdata import UserStore
from pack_factory import everything, members_of, rehashed, write_zip

EXAMPLES = int(os.environ.get("NPVIEWER_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
CONTENT_FILES = ["sources.yaml", "places.yaml", "regions/eastern.yaml", "events.yaml"]


@pytest.fixture(scope="module")
def valid_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_content(tmp_path_factory.mktemp("fuzz") / "content")


@pytest.fixture(scope="module")
def valid_packs(
    valid_content: Path, tmp_path_factory: pytest.TempPathFactory, publisher_key: tuple[Path, Path]
) -> tuple[Path, Path]:
    """(an unsigned pack, a pack signed by the publisher key) of the small content."""
    folder = tmp_path_factory.mktemp("fuzz-packs")
    unsigned = make_pack(valid_content, folder / "unsigned.npc", "2030.01.01")[0]
    signed = make_pack(valid_content, folder / "signed.npc", "2030.01.02", publisher_key[0])[0]
    return unsigned, signed


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert code in (0, 2), f"{argv} -> exit {code}: {err}"
    assert "Traceback" not in out + err and "unexpected error" not in err, err
    if code == 2:
        assert err.startswith("npviewer"), err
    return code, err


@FUZZ
@given(data=st.data())
def test_a_broken_content_folder_is_checked_or_refused_naming_the_fault(
    in_process: Path, valid_content: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    work = Path(tempfile.mkdtemp(dir=in_process))
    folder = work / "content"
    shutil.copytree(valid_content, folder)
    name = data.draw(st.sampled_from(CONTENT_FILES))
    (folder / name).write_bytes(data.draw(mutated((folder / name).read_bytes(), "yaml")))
    checked, _ = _run(capsys, "check-data", str(folder))
    packed, _ = _run(capsys, "content", "pack", str(folder), "--output", str(work), "--version", "1.0")
    assert checked == packed  # the same content passes or fails both
    if packed == 2:
        assert not list(work.glob("*.npc"))
    shutil.rmtree(work)


@FUZZ
@given(data=st.data())
def test_a_broken_pack_installs_or_is_refused_changing_nothing(
    in_process: Path,
    trusted_publisher: Path,
    npviewer_home: Path,
    valid_packs: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
) -> None:
    pack = data.draw(st.sampled_from(valid_packs))
    target = Path(tempfile.mkdtemp(dir=in_process)) / "broken.npc"
    if data.draw(st.booleans()):  # one member broken, the manifest hashed again or not
        members = members_of(pack)
        member = data.draw(st.sampled_from(sorted(members)))
        kind = "json" if member.endswith((".json", ".sig")) else "yaml"
        members[member] = data.draw(mutated(members[member], kind))
        if data.draw(st.booleans()) and member != "manifest.json":
            members = rehashed(members)  # as a careful forger would
        write_zip(target, members)
    else:  # the zip's own bytes broken
        target.write_bytes(data.draw(mutated(pack.read_bytes(), "json")))
    before = everything(npviewer_home)
    allow = ["--allow-unsigned"] if data.draw(st.booleans()) else []
    code, _err = _run(capsys, "content", "install", *allow, str(target))
    if code == 2:
        assert everything(npviewer_home) == before


@FUZZ
@given(data=st.data())
def test_a_broken_bookmarks_file_imports_or_is_refused_changing_nothing(
    in_process: Path, npviewer_home: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    valid = (
        '{"format": "npviewer-bookmarks", "version": 1, "bookmarks": ['
        '{"id": "eastern", "title": "Eastern Region", "note": "A note", "created": "2025-03-01T10:00:00+00:00"}, '
        '{"id": "russia", "title": "Russia", "note": "", "created": "2025-03-02T09:30:00+00:00"}, '
        '{"id": "mongolia", "title": "Mongolia", "note": "메모", "created": "2025-03-03"}]}'
    ).encode()
    source = Path(tempfile.mkdtemp(dir=in_process)) / "marks.json"
    source.write_bytes(data.draw(mutated(valid, "json")))
    store = UserStore(npviewer_home / "userdata.sqlite")
    before = store.bookmarks()
    store.close()
    code, _err = _run(capsys, "bookmarks", "import", str(source))
    store = UserStore(npviewer_home / "userdata.sqlite")
    after = store.bookmarks()
    store.close()
    if code == 2:
        assert after == before
