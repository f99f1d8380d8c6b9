"""Entries read many at once are the entries read one by one: every entry of the real content, in
English and in Korean, and of the mini content; unknown ids are left out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from npviewer.store import entry_batch
from npviewer.store.entry_batch import read_entries
from npviewer.store.library import Library


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(target=tmp_path_factory.mktemp("bundled") / "content.sqlite")
    yield lib
    lib.close()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_entry_read_at_once_equals_it_read_alone(
    bundled: Library, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = bundled.repo
    repo.set_language(lang)
    try:
        ids = repo.all_ids()
        monkeypatch.setattr(entry_batch, "CHUNK", 97)  # entries and their parents in different chunks too
        many = read_entries(repo, list(reversed(ids)))
        assert len(many) == len(ids) > 300
        for entry_id in ids:
            assert many[entry_id] == repo.entry(entry_id), entry_id
        assert any(e.disputes for e in many.values()) and any(e.event for e in many.values())
        assert any(e.figure for e in many.values()) and any(len(e.breadcrumb) > 2 for e in many.values())
    finally:
        repo.set_language("en")


def test_unknown_ids_are_left_out(mini_library: Library) -> None:
    repo = mini_library.repo
    ids = repo.all_ids()
    many = read_entries(repo, [ids[0], "no-such-entry", ids[-1], ids[0]])
    assert list(many) == [ids[0], ids[-1]]
    assert many[ids[-1]] == repo.entry(ids[-1])


def test_no_ids_read_nothing(mini_library: Library) -> None:
    assert read_entries(mini_library.repo, []) == {}
