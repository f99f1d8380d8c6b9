"""The store is built atomically, rebuilt when content changes, and never touches user data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from content_factory import mini_files, write_content
from npviewer.store.content import ContentError
from npviewer.store.library import Library
from npviewer.store.opening import ensure_store, stored_hash
from npviewer.store.userdata import UserStore


def test_first_open_builds_then_reuses(mini_content: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite"
    first = ensure_store(mini_content, target)
    assert first.rebuilt and target.is_file()
    second = ensure_store(mini_content, target)
    assert not second.rebuilt and second.content_hash == first.content_hash


def test_changed_content_rebuilds(mini_content: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite"
    before = ensure_store(mini_content, target).content_hash
    files = mini_files()
    files["places.yaml"]["entries"][0]["title"] = "Russian Federation"
    write_content(mini_content, files)
    status = ensure_store(mini_content, target)
    assert status.rebuilt and status.content_hash != before
    lib = Library(status)
    assert lib.repo.ref("russia") is not None and lib.repo.ref("russia").title == "Russian Federation"  # type: ignore[union-attr]
    lib.close()


def test_failed_build_keeps_the_previous_store(mini_content: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite"
    good = ensure_store(mini_content, target).content_hash
    (mini_content / "events.yaml").write_text("entries: [ {id: broken", encoding="utf-8")
    with pytest.raises(ContentError):
        ensure_store(mini_content, target)
    assert stored_hash(target) == good
    assert not list(tmp_path.glob(".content-*"))


def test_damaged_store_is_rebuilt(mini_content: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite"
    ensure_store(mini_content, target)
    target.write_bytes(b"this is not a database" * 100)
    status = ensure_store(mini_content, target)
    assert status.rebuilt and "damaged" in status.reason
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] > 0
    conn.close()


def test_truncated_store_is_rebuilt(mini_content: Path, tmp_path: Path) -> None:
    target = tmp_path / "store.sqlite"
    ensure_store(mini_content, target)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 3])
    assert ensure_store(mini_content, target).rebuilt


def test_user_data_survives_a_content_rebuild(mini_content: Path, tmp_path: Path, npviewer_home: Path) -> None:
    target = tmp_path / "store.sqlite"
    ensure_store(mini_content, target)
    user = UserStore(npviewer_home / "userdata.sqlite")
    user.add_bookmark("eastern-gas", "Laying the foundation")
    user.set_note("eastern-gas", "ask about the pipeline")
    files = mini_files()
    files["places.yaml"]["entries"][0]["title"] = "Russian Federation"
    write_content(mini_content, files)
    assert ensure_store(mini_content, target).rebuilt
    user.close()
    again = UserStore(npviewer_home / "userdata.sqlite")
    assert [(b.entry_id, b.note) for b in again.bookmarks()] == [("eastern-gas", "ask about the pipeline")]
    again.close()


def test_the_start_up_check_knows_the_schema_version_the_builder_writes() -> None:
    from npviewer.store import models, opening

    assert opening.EXPECTED_SCHEMA == models.SCHEMA_VERSION


def test_a_seed_document_keeps_its_full_text_and_its_quotations(mini_library: Library) -> None:
    repo = mini_library.repo
    seed = repo.document("seed")
    assert seed is not None and "Rajin-Khasan logistics project" in seed.text
    assert repo.document("other") is not None and repo.document("other").text == ""  # type: ignore[union-attr]
    quoted = [(ref.id, cite.text) for ref, cite in repo.citations_of("seed") if cite.verbatim]
    assert quoted[0] == ("eastern", "Eastern Region Russian Far East")  # reading order: regions first
    assert ("eastern-gas", "Laying the foundation to connect ROK, North Korea, and Russia in gas") in quoted


def test_a_seed_documents_quotations_come_in_the_documents_own_order(mini_library: Library) -> None:
    passages = [cite.text for _, cite in mini_library.repo.citations_of("seed")]
    seed = mini_library.repo.document("seed")
    assert seed is not None
    positions = [" ".join(seed.text.split()).find(p) for p in passages]
    assert positions == sorted(positions) and min(positions) >= 0
    assert passages[-1].startswith("Laying the foundation")  # reading order would end with the places
