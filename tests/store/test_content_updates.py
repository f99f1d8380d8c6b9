"""Installing a content pack over the real content, with bookmarks and notes, then rolling back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npviewer.store import installed
from npviewer.store.changes import ADDED, CHANGED, REMOVED
from npviewer.store.library import Library
from npviewer.store.manifest import PackError
from npviewer.store.opening import current_store
from npviewer.store.packs import make_pack
from npviewer.store.updates import content_versions, install_pack, rollback
from npviewer.store.userdata import open_user_store
from pack_factory import ROOT, Edits, edited_content

pytestmark = pytest.mark.usefixtures("trusted_publisher")


@pytest.fixture
def edits(tmp_path: Path) -> Edits:
    return edited_content(tmp_path / "edited")


@pytest.fixture
def pack(edits: Edits, tmp_path: Path, trusted_publisher: Path) -> Path:
    path, _manifest = make_pack(edits.folder, tmp_path, "2030.01.01", trusted_publisher)
    return path


def bookmark_all_three(edits: Edits) -> None:
    """Bookmarks with notes on the entry the update removes, the one it changes and one it keeps."""
    store = open_user_store()
    lib = Library.open()
    try:
        for entry_id in (edits.removed, edits.changed, edits.unchanged):
            ref = lib.repo.ref(entry_id)
            assert ref is not None
            store.add_bookmark(entry_id, ref.title)
            store.set_note(entry_id, f"my note on {entry_id}")
    finally:
        lib.close()
        store.close()


def in_use() -> Library:
    return Library.open()


def test_install_switches_to_the_pack_and_keeps_every_bookmark(edits: Edits, pack: Path) -> None:
    bookmark_all_three(edits)
    result = install_pack(pack)
    assert result.changed and "3 entries: 1 added, 1 changed, 1 removed" in result.message
    lib = in_use()
    try:
        assert lib.status.install_id == result.state.active == "2030.01.01-" + lib.status.content_hash[:8]
        assert lib.repo.exists(edits.added) and not lib.repo.exists(edits.removed)
        assert lib.repo.ref(edits.changed).title.endswith("(revised)")  # type: ignore[union-attr]
        assert lib.status.path.is_relative_to(installed.installs_dir())
    finally:
        lib.close()
    store = open_user_store()
    marks = {b.entry_id: b for b in store.bookmarks()}
    store.close()
    assert set(marks) == {edits.removed, edits.changed, edits.unchanged}
    assert marks[edits.removed].title == edits.removed_title
    assert all(marks[i].note == f"my note on {i}" for i in marks)


def test_what_changed_lists_each_kind_of_change_with_word_differences(edits: Edits, pack: Path) -> None:
    bookmark_all_three(edits)
    install_pack(pack)
    changes = installed.read_changes()
    assert changes is not None
    assert (changes.ids(ADDED), changes.ids(REMOVED), changes.ids(CHANGED)) == (
        {edits.added},
        {edits.removed},
        {edits.changed},
    )
    assert changes.old.id == installed.BUNDLED and changes.new.label == "2030.01.01"
    changed = changes.get(edits.changed)
    assert changed is not None and changed.old is not None
    fields = {f.name: f for f in changed.fields}
    assert set(fields) == {"title", "text"}
    assert ("+", " (revised)") in fields["title"].tokens
    assert ("+", " rail") in fields["text"].tokens and fields["text"].side("=-") == changed.old.text
    removed = changes.get(edits.removed)
    assert removed is not None and removed.entry.title == edits.removed_title and removed.entry.sources
    assert [c.id for c in changes.bookmarked([edits.unchanged, edits.changed, edits.removed])] == [
        c.id for c in changes.changes if c.id in (edits.changed, edits.removed)
    ]
    groups = changes.groups()
    eastern = [g for g in groups if g.region_id == "eastern"]
    assert {c.id for g in eastern for c in g.changes} == {edits.added, edits.changed}
    assert [g.region_id for g in groups] == sorted(
        (g.region_id for g in groups), key=["western", "central", "eastern", ""].index
    )


def test_rollback_returns_to_the_bundled_content_and_then_forward(edits: Edits, pack: Path) -> None:
    bookmark_all_three(edits)
    install_pack(pack)
    back = rollback()
    assert back.state.active == installed.BUNDLED and back.state.previous is not None
    lib = in_use()
    try:
        assert lib.status.install_id == "" and lib.repo.exists(edits.removed) and not lib.repo.exists(edits.added)
    finally:
        lib.close()
    changes = installed.read_changes()
    assert changes is not None and changes.ids(REMOVED) == {edits.added} and changes.ids(ADDED) == {edits.removed}
    text = {f.name: f for f in changes.get(edits.changed).fields}["text"]  # type: ignore[union-attr]
    assert ("-", " rail") in text.tokens
    forward = rollback()
    assert forward.state.active == back.state.previous
    lib = in_use()
    try:
        assert lib.repo.exists(edits.added)
    finally:
        lib.close()
    store = open_user_store()
    assert len(store.bookmarks()) == 3 and all(b.note for b in store.bookmarks())
    store.close()


def test_rollback_with_nothing_installed_says_so() -> None:
    with pytest.raises(PackError, match="no content update has been installed"):
        rollback()


def test_installing_the_content_in_use_changes_nothing(pack: Path) -> None:
    install_pack(pack)
    state = installed.read_state()
    again = install_pack(pack)
    assert not again.changed and "already in use" in again.message
    assert installed.read_state() == state


def test_a_second_update_keeps_one_to_return_to_and_removes_the_older(
    edits: Edits, tmp_path: Path, trusted_publisher: Path
) -> None:
    first, _ = make_pack(edits.folder, tmp_path, "2030.01.01", trusted_publisher)
    install_pack(first)
    (edits.folder / "figures.yaml").write_text(
        (edits.folder / "figures.yaml").read_text(encoding="utf-8") + "\n# a comment makes a new version\n",
        encoding="utf-8",
    )
    second, _ = make_pack(edits.folder, tmp_path, "2030.02.01", trusted_publisher)
    install_pack(second)
    third, _ = make_pack(ROOT / "data", tmp_path, "2030.03.01", trusted_publisher)
    install_pack(third)
    kept = [i.manifest.version for i in installed.installs()]
    assert kept == ["2030.02.01", "2030.03.01"]
    rows = content_versions()
    assert [r["label"] for r in rows if r["in_use"]] == ["2030.03.01"]
    assert [r["label"] for r in rows if r["previous"]] == ["2030.02.01"]


def test_installed_content_is_found_at_start_without_reading_its_files(pack: Path) -> None:
    install_pack(pack)
    status = current_store()
    assert status is not None and status.install_id and not status.rebuilt


def test_a_damaged_installed_store_is_rebuilt_from_its_files(edits: Edits, pack: Path) -> None:
    install_pack(pack)
    active = installed.active_install()
    assert active is not None
    active.store.write_bytes(b"not a database" * 100)
    assert current_store() is None  # not usable as it is: the window prepares it in the background
    lib = Library.open()
    try:
        assert lib.status.rebuilt and lib.repo.exists(edits.added)
    finally:
        lib.close()


def test_a_missing_install_falls_back_to_the_bundled_content(pack: Path) -> None:
    import shutil

    install_pack(pack)
    active = installed.active_install()
    assert active is not None
    shutil.rmtree(active.folder)
    lib = Library.open()
    try:
        assert lib.status.install_id == ""
    finally:
        lib.close()


def test_an_update_this_npviewer_cannot_read_gives_way_to_the_bundled_content(edits: Edits, pack: Path) -> None:
    """An update installed by an earlier npviewer (here: its files lack the Korean this one requires),
    whose store must be rebuilt: the bundled content is shown, saying why, and the update stays installed."""
    install_pack(pack)
    active = installed.active_install()
    assert active is not None
    places = active.data_dir / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8").replace("    title_ko: 연해주\n", "", 1), encoding="utf-8")
    active.store.unlink()
    lib = Library.open()
    try:
        assert lib.status.install_id == "" and lib.repo.exists(edits.removed) and not lib.repo.exists(edits.added)
        assert "2030.01.01" in lib.status.reason and "earlier npviewer" in lib.status.reason
        assert lib.provenance.label() == installed.BUNDLED_LABEL
    finally:
        lib.close()
    assert installed.read_state().active == active.id  # nothing of the user's choice is undone


def test_npviewer_data_takes_precedence_and_refuses_installs(
    pack: Path, mini_content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_pack(pack)
    monkeypatch.setenv("NPVIEWER_DATA", str(mini_content))
    assert installed.active_install() is None
    with pytest.raises(PackError, match="NPVIEWER_DATA is set"):
        install_pack(pack)
    with pytest.raises(PackError, match="NPVIEWER_DATA is set"):
        rollback()


def test_an_interrupted_install_changes_nothing(pack: Path, npviewer_home: Path) -> None:
    Library.open().close()
    state_before = installed.read_state()

    class Stop(Exception):
        pass

    def stop_while_writing(step: str, done: int, total: int) -> None:
        if step.startswith("Writing"):
            raise Stop

    with pytest.raises(Stop):
        install_pack(pack, progress=stop_while_writing)
    assert installed.read_state() == state_before
    assert not installed.installs() and not list(npviewer_home.rglob(".staging-*"))


def test_an_unreadable_state_file_means_the_bundled_content(pack: Path) -> None:
    install_pack(pack)
    (installed.content_root() / installed.STATE_FILE).write_text("{broken", encoding="utf-8")
    assert installed.read_state() == installed.ContentState()
    assert installed.active_install() is None


def test_the_record_of_changes_is_json_that_reads_back(pack: Path) -> None:
    install_pack(pack)
    data = json.loads((installed.content_root() / installed.CHANGES_FILE).read_text(encoding="utf-8"))
    assert data["summary"] == {"added": 1, "changed": 1, "removed": 1}
    changes = installed.read_changes()
    assert changes is not None and changes.to_json() == data
