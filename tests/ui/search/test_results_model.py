"""The search results model: rows from a real search, snippets escaped and highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from npviewer.store.library import Library
from npviewer.store.records import SearchHit, SearchResult
from npviewer.ui.common.roles import ENTRY_ID_ROLE, REGION_ROLE, SNIPPET_HTML_ROLE
from npviewer.ui.search.results_model import SearchResultsModel, snippet_html


def test_model_tester_with_real_results(qtmodeltester: ModelTester, mini_library: Library) -> None:
    model = SearchResultsModel()
    model.set_region_titles({r.id: r.title for r in mini_library.repo.regions()})
    model.set_result(mini_library.search.search("russia", 50))
    qtmodeltester.check(model, force_py=True)
    model.set_result(mini_library.search.search("Rajin", 50))
    qtmodeltester.check(model, force_py=True)
    index = model.index(0, 0)
    assert index.data(ENTRY_ID_ROLE) == "eastern-rajin-khasan"
    assert index.data(REGION_ROLE) == "Eastern Region"
    assert "<b>Rajin</b>" in index.data(SNIPPET_HTML_ROLE)
    assert index.data(Qt.ItemDataRole.DisplayRole).startswith("Preparing to resume")


def test_snippet_is_escaped_and_marked() -> None:
    raw = f"a <script> {SearchHit.MARK_START}word{SearchHit.MARK_END} & more"
    assert snippet_html(raw) == "a &lt;script&gt; <b>word</b> &amp; more"


def test_clearing() -> None:
    model = SearchResultsModel()
    hit = SearchHit("x", "measure", "X", "x", None)
    model.set_result(SearchResult("x", (hit,)))
    assert model.rowCount() == 1
    model.set_result(None)
    assert model.rowCount() == 0
    assert model.query == ""
