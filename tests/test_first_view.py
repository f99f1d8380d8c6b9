"""The first paint's rows, read with sqlite3 alone, are the full tree's top level and the welcome page's
regions and dates, in English and in Korean, for the real content and the test content."""

from __future__ import annotations

from pathlib import Path

import pytest

from npviewer import i18n
from npviewer.first_view import GROUPS, read_first_view
from npviewer.store.library import Library
from npviewer.store.tree import GROUPS as TREE_GROUPS


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return Library.open(target=tmp_path_factory.mktemp("real") / "content.sqlite")


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("which", ["real", "mini"])
def test_the_first_view_is_the_trees_top_level_and_the_welcome_pages_facts(
    which: str, lang: str, real_library: Library, mini_library: Library
) -> None:
    library = real_library if which == "real" else mini_library
    i18n.set_language(lang)
    library.set_language(lang)
    try:
        first = read_first_view(library.status.path, lang)
        assert first is not None
        top = library.tree.children(())
        assert [(r.id, r.kind if r.kind == "region" else "group", r.title) for r in first.rows] == [
            (n.ref.id, n.ref.kind, n.ref.title) for n in top
        ]
        assert first.regions == tuple((r.id, r.title) for r in library.repo.regions())
        coverage = library.repo.coverage()
        assert first.current_to == (coverage.current_to.iso if coverage.current_to else "")
        assert (first.first_year, first.last_year) == (coverage.first_year, coverage.last_year)
    finally:
        library.set_language("en")


def test_the_groups_are_the_trees_own() -> None:
    assert [(g, title) for g, title, _query in GROUPS] == list(TREE_GROUPS)


def test_a_missing_or_damaged_store_gives_no_first_view(tmp_path: Path) -> None:
    assert read_first_view(tmp_path / "none.sqlite", "en") is None
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    assert read_first_view(bad, "en") is None
