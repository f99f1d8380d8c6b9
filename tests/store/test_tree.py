"""The browsing tree: regions > places > profiles, regions > directions > measures, and groups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from content_factory import mini_files, quote, write_content
from npviewer.store.library import Library


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


def _two_region_library(tmp_path: Path) -> Library:
    """Russia in two regions, each of its areas in one: as the bundled content has it."""
    files = mini_files()
    cite = quote("Eastern Region Russian Far East")
    places = files["places.yaml"]["entries"]
    places[0]["links"] = {"regions": ["western", "eastern"]}
    places[1]["parent"] = "russian-far-east"
    places[1:1] = [
        {"id": "western-russia", "kind": "area", "title": "Western Russia", "parent": "russia", "sources": cite,
         "links": {"regions": ["western"]}},
        {"id": "russian-far-east", "kind": "area", "title": "Russian Far East", "parent": "russia",
         "sources": cite, "links": {"regions": ["eastern"]}},
    ]  # fmt: skip
    files["regions/western.yaml"] = {
        "entries": [{"id": "western", "kind": "region", "title": "Western Region", "sources": cite}]
    }
    return Library.open(write_content(tmp_path / "content", files), tmp_path / "store.sqlite")


def test_a_place_stands_only_under_the_regions_its_content_links_it_to(tmp_path: Path) -> None:
    lib = _two_region_library(tmp_path)
    try:
        tree = lib.tree
        assert _ids(tree.children(("western",))) == ["russia"]
        assert _ids(tree.children(("eastern",)))[:1] == ["russia"]
        assert _ids(tree.children(("western", "russia"))) == ["western-russia"]
        assert _ids(tree.children(("eastern", "russia"))) == ["russian-far-east"]
        assert _ids(tree.children(("eastern", "russia", "russian-far-east"))) == ["primorsky-krai"]
        assert tree.path_of("primorsky-krai") == ("eastern", "russia", "russian-far-east", "primorsky-krai")
        assert tree.path_of("russian-far-east") == ("eastern", "russia", "russian-far-east")
        assert tree.path_of("western-russia") == ("western", "russia", "western-russia")
    finally:
        lib.close()


def test_no_place_of_the_bundled_content_stands_under_a_region_it_is_not_linked_to(tmp_path: Path) -> None:
    lib = Library.open(target=tmp_path / "content.sqlite")
    try:
        tree = lib.tree
        linked = {
            (src, dst)
            for src, dst in lib.repo.conn.execute("SELECT src_id, dst_id FROM link WHERE relation = 'regions'")
        }
        seen = 0

        def walk(path: tuple[str, ...]) -> None:
            nonlocal seen
            for node in tree.children(path):
                if node.ref.kind in ("country", "area"):
                    own = {dst for src, dst in linked if src == node.ref.id}
                    if own:
                        seen += 1
                        assert path[0] in own, (node.path, own)
                if node.has_children:
                    walk(node.path)

        for region in lib.repo.regions():
            walk((region.id,))
        assert seen >= 5
        for place in ("primorsky-krai", "russian-far-east"):
            assert (tree.path_of(place) or ("",))[0] == "eastern", place
    finally:
        lib.close()
