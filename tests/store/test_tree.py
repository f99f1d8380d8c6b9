"""The browsing tree: regions > places > profiles, regions > directions > measures, and groups."""

from __future__ import annotations

from typing import Any


def _ids(nodes: list[Any]) -> list[str]:
    return [n.ref.id for n in nodes]


def test_top_level_lists_regions_then_groups(mini_library: Any) -> None:
    assert _ids(mini_library.tree.children(())) == ["eastern", "@events", "@sources"]


def test_a_region_lists_its_places_then_its_directions(mini_library: Any) -> None:
    nodes = mini_library.tree.children(("eastern",))
    assert _ids(nodes) == ["russia", "eastern-direction"]
    assert _ids(mini_library.tree.children(("eastern", "russia"))) == ["primorsky-krai"]


def test_a_place_has_an_expander_only_when_something_is_below_it(mini_library: Any) -> None:
    russia = mini_library.tree.children(("eastern",))[0]
    krai = mini_library.tree.children(("eastern", "russia"))[0]
    assert russia.has_children and not krai.has_children


def test_every_entry_of_the_tree_is_found_where_the_tree_shows_it(mini_library: Any) -> None:
    tree = mini_library.tree
    for entry_id in mini_library.repo.all_ids():
        path = tree.path_of(entry_id)
        assert path is not None and path[-1] == entry_id, entry_id
        assert entry_id in _ids(tree.children(path[:-1])), path


def test_sources_list_every_document_and_each_is_found_there(mini_library: Any) -> None:
    docs = mini_library.tree.children(("@sources",))
    assert _ids(docs) == ["doc:seed", "doc:other"]
    assert all(not n.has_children and n.ref.kind == "document" for n in docs)
    assert mini_library.tree.path_of("doc:seed") == ("@sources", "doc:seed")
    assert mini_library.tree.path_of("doc:nowhere") is None
