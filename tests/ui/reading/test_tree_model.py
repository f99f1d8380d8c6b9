"""The lazy browsing tree model, checked by Qt's model tester and against the BrowseTree."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.modeltest import ModelTester

from npviewer.store.library import Library
from npviewer.ui.common.roles import ENTRY_ID_ROLE, PATH_ROLE
from npviewer.ui.reading.tree_model import BrowseTreeModel


def _fetch_all(model: BrowseTreeModel) -> int:
    """Expand every node the way a view would; returns how many rows there are."""
    count = 0
    stack = [model.index(-1, -1)]
    while stack:
        parent = stack.pop()
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            count += 1
            stack.append(model.index(row, 0, parent))
    return count


def test_model_tester_on_the_content(qtmodeltester: ModelTester, mini_library: Library) -> None:
    model = BrowseTreeModel(mini_library.tree)
    _fetch_all(model)
    qtmodeltester.check(model, force_py=True)


def test_lazy_until_asked(mini_library: Library) -> None:
    model = BrowseTreeModel(mini_library.tree)
    root = model.index(-1, -1)
    assert model.rowCount(root) == 0
    assert model.canFetchMore(root)
    model.fetchMore(root)
    top = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data(ENTRY_ID_ROLE) for i in top][:1] == ["eastern"]
    eastern = top[0]
    assert model.hasChildren(eastern)
    assert model.rowCount(eastern) == 0
    model.fetchMore(eastern)
    children = [model.index(r, 0, eastern).data(ENTRY_ID_ROLE) for r in range(model.rowCount(eastern))]
    assert children == [n.ref.id for n in mini_library.tree.children(("eastern",))]


def test_groups_have_no_entry_id(mini_library: Library) -> None:
    model = BrowseTreeModel(mini_library.tree)
    model.fetchMore(model.index(-1, -1))
    groups = [model.index(r, 0) for r in range(model.rowCount()) if str(model.index(r, 0).data(PATH_ROLE)[0])[0] == "@"]
    assert groups
    assert all(g.data(ENTRY_ID_ROLE) is None for g in groups)


def test_index_of_path_fetches_the_way_down(mini_library: Library) -> None:
    model = BrowseTreeModel(mini_library.tree)
    path = mini_library.tree.path_of("eastern-rajin-khasan")
    assert path is not None
    index = model.index_of_path(path)
    assert index.isValid()
    assert index.data(ENTRY_ID_ROLE) == "eastern-rajin-khasan"
    assert tuple(index.data(PATH_ROLE)) == path
    assert not model.index_of_path(("eastern", "no-such-entry")).isValid()


@pytest.fixture(scope="module")
def real_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The bundled content, built into a private store."""
    lib = Library.open(target=tmp_path_factory.mktemp("real") / "content.sqlite")
    yield lib
    lib.close()


def test_model_tester_on_the_bundled_content(qtmodeltester: ModelTester, real_library: Library) -> None:
    model = BrowseTreeModel(real_library.tree)
    rows = _fetch_all(model)
    assert rows > 50
    qtmodeltester.check(model, force_py=True)
    regions = {r.id for r in real_library.repo.regions()}
    top = {model.index(r, 0).data(ENTRY_ID_ROLE) for r in range(model.rowCount())}
    assert regions == {"western", "central", "eastern"}
    assert regions <= top


def test_every_bundled_entry_path_resolves(real_library: Library) -> None:
    model = BrowseTreeModel(real_library.tree)
    for entry_id in ("eastern-rajin-khasan", "russia", "central", "western"):
        path = real_library.tree.path_of(entry_id)
        assert path is not None
        assert model.index_of_path(path).data(ENTRY_ID_ROLE) == entry_id
