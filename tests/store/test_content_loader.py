"""The content loader accepts good content and names the file, entry and fix for every fault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from content_factory import mini_files, write_content
from npviewer.store.content import ContentError, load_content


def _errors(tmp_path: Path, files: dict[str, Any]) -> str:
    folder = write_content(tmp_path / "bad", files)
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return str(info.value)


def _entry(files: dict[str, Any], entry_id: str) -> dict[str, Any]:
    def walk(items: list[dict[str, Any]]) -> dict[str, Any] | None:
        for item in items:
            if item["id"] == entry_id:
                return item
            found = walk(item.get("children", []))
            if found:
                return found
        return None

    for data in files.values():
        if isinstance(data, dict) and "entries" in data:
            hit = walk(data["entries"])
            if hit:
                return hit
    raise KeyError(entry_id)


def test_valid_content_loads_with_parents_regions_and_dates(mini_content: Path) -> None:
    bundle = load_content(mini_content)
    entries = {e.id: e for e in bundle.entries}
    assert entries["eastern-rajin-khasan"].parent_id == "eastern-direction"
    assert entries["eastern-rajin-khasan"].region_id == "eastern"
    assert entries["meeting-13"].event is not None and entries["meeting-13"].event.start == "2019-12-12"
    assert entries["meeting-13-trade"].figure is not None and entries["meeting-13-trade"].figure.value == 8.1
    assert entries["forum-1"].disputes[0].value == "2018-09"
    assert ("Приморье", "ru") in entries["primorsky-krai"].aliases


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    files = mini_files()
    files["events.yaml"] = "entries:\n  - id: x\n    title: [unclosed\n"
    message = _errors(tmp_path, files)
    assert "events.yaml" in message and "not valid YAML at line" in message


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "forum-1")["id"] = "russia"
    message = _errors(tmp_path, files)
    assert "places.yaml, line 2, entry 'russia': id is used twice: also in events.yaml" in message


def test_unknown_kind_lists_allowed_kinds(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["kind"] = "mesure"
    message = _errors(tmp_path, files)
    written = (tmp_path / "bad" / "regions" / "eastern.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(written, 1) if text.strip() == "- id: eastern-gas")
    assert (
        f"regions/eastern.yaml, line {line}, entry 'eastern-gas': kind 'mesure' cannot stand under 'eastern-direction'"
        in message
    )


def test_misspelt_field_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["titel"] = "typo"
    assert "entry 'eastern-gas': unknown field(s) ['titel']" in _errors(tmp_path, files)


def test_impossible_date_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "meeting-13")["date"] = "2019-02-30"
    assert "entry 'meeting-13': bad date: '2019-02-30' is not a real day" in _errors(tmp_path, files)


def test_end_before_start_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "forum-1")["end"] = "2018-10"
    assert "entry 'forum-1': ends (2018-10) before it starts (2018-11-07)" in _errors(tmp_path, files)


def test_dangling_link_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["links"] = {"places": ["atlantis"]}
    assert "entry 'eastern-gas': links.places names unknown id 'atlantis'" in _errors(tmp_path, files)


def test_link_to_wrong_kind_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["links"] = {"places": ["meeting-13"]}
    assert "links.places names 'meeting-13', a meeting" in _errors(tmp_path, files)


def test_unknown_document_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [{"doc": "nowhere", "locator": "para. 1"}]
    assert "entry 'eastern-gas': cites unknown document 'nowhere'" in _errors(tmp_path, files)


def test_quote_missing_from_seed_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [{"doc": "seed", "quote": "words the seed never says"}]
    assert "entry 'eastern-gas': quote not found in seed" in _errors(tmp_path, files)


def test_a_quote_from_a_document_whose_text_is_not_held_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [{"doc": "other", "quote": "words we made up", "locator": "para. 1"}]
    assert "quotes 'other', whose text npviewer does not hold" in _errors(tmp_path, files)


def test_the_old_passage_field_is_refused_with_what_to_write_instead(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [{"doc": "other", "passage": "x"}]
    assert "'passage' is no longer read: write 'quote'" in _errors(tmp_path, files)


def test_a_quote_that_starts_with_a_list_marker_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [{"doc": "seed", "quote": "• Laying the foundation"}]
    assert "starts with a list marker ('•')" in _errors(tmp_path, files)


def test_two_references_to_one_document_in_one_entry_are_refused(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [
        {"doc": "other", "locator": "para. 1", "summary": "One version."},
        {"doc": "other", "locator": "para. 1", "summary": "The same fact again, restated."},
    ]
    assert "cites 'other' twice as a reference" in _errors(tmp_path, files)


def test_a_source_record_gives_each_field_or_says_why_not(tmp_path: Path) -> None:
    files = mini_files()
    other = files["sources.yaml"]["documents"][1]
    other["missing"] = {"url": "not given"}
    assert "gives 'url' and also lists it under 'missing'" in _errors(tmp_path, files)
    del other["url"]
    other["description"] = "Our description"
    assert "give either 'title' (the document's own) or 'description' (ours), not both" in _errors(tmp_path, files)
    del other["title"]
    assert "has a 'description' instead of a title: say why under missing.title" in _errors(tmp_path, files)
    other["missing"]["title"] = "the article is known by its number only"
    other["language"] = "English"
    assert "language 'English' is not a two-letter ISO 639-1 code" in _errors(tmp_path, files)


def test_a_record_field_neither_given_nor_explained_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    other = files["sources.yaml"]["documents"][1]
    del other["url"]
    assert "entry 'other': has no 'url': give it, or say why under missing.url" in _errors(tmp_path, files)
    other["missing"] = {"url": "only the article number is recorded"}
    bundle = load_content(write_content(tmp_path / "explained", files))
    assert dict(next(d for d in bundle.documents if d.id == "other").missing) == {
        "url": "only the article number is recorded"
    }


def test_a_reference_without_a_locator_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["sources"] = [{"doc": "other", "summary": "Says where the gas line would run."}]
    assert "entry 'eastern-gas': a reference to 'other' needs a 'locator'" in _errors(tmp_path, files)


def test_entry_without_sources_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    del _entry(files, "eastern-gas")["sources"]
    assert "entry 'eastern-gas': has no 'sources'" in _errors(tmp_path, files)


def test_inferred_date_needs_a_note(tmp_path: Path) -> None:
    files = mini_files()
    del _entry(files, "meeting-13")["date_note"]
    assert "entry 'meeting-13': an inferred date needs a 'date_note'" in _errors(tmp_path, files)


def test_event_without_date_is_refused(tmp_path: Path) -> None:
    files = mini_files()
    del _entry(files, "forum-1")["date"]
    del _entry(files, "forum-1")["end"]
    assert "entry 'forum-1': a forum needs a 'date'" in _errors(tmp_path, files)


def test_figure_needs_numeric_value(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "meeting-13-trade")["value"] = "lots"
    assert "entry 'meeting-13-trade': 'value' must be a number" in _errors(tmp_path, files)


def test_area_needs_parent(tmp_path: Path) -> None:
    files = mini_files()
    del _entry(files, "primorsky-krai")["parent"]
    assert "entry 'primorsky-krai': an area needs a 'parent'" in _errors(tmp_path, files)


def test_bad_id_form_is_reported(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["id"] = "Eastern Gas"
    assert "id must be lowercase letters" in _errors(tmp_path, files)


def test_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    folder = write_content(tmp_path / "bad")
    (folder / "events.yaml").write_bytes("entries: []\n# caf\u00e9".encode("latin-1"))
    with pytest.raises(ContentError, match=r"events.yaml: is not UTF-8 text"):
        load_content(folder)


def test_missing_sources_file_is_reported(tmp_path: Path) -> None:
    folder = write_content(tmp_path / "bad")
    (folder / "sources.yaml").unlink()
    with pytest.raises(ContentError, match=r"sources.yaml: is missing"):
        load_content(folder)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no such folder"):
        load_content(tmp_path / "nowhere")


def test_every_fault_is_reported_at_once(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "eastern-gas")["kind"] = "mesure"
    _entry(files, "meeting-13")["date"] = "2019-13"
    folder = write_content(tmp_path / "bad", files)
    with pytest.raises(ContentError) as info:
        load_content(folder)
    assert len(info.value.issues) == 2


def test_source_records_may_also_stand_in_the_documents_folder(tmp_path: Path) -> None:
    files = mini_files()
    other = files["sources.yaml"]["documents"].pop()
    files["documents/ministry.yaml"] = {"documents": [other]}
    (tmp_path / "ok" / "documents").mkdir(parents=True)
    bundle = load_content(write_content(tmp_path / "ok", files))
    assert "other" in {d.id for d in bundle.documents}
    files["documents/ministry.yaml"] = {"documents": [other], "glossary": []}
    (tmp_path / "bad" / "documents").mkdir(parents=True)
    assert "documents/ministry.yaml: must be a mapping with only a 'documents:' list" in _errors(tmp_path, files)


def test_entries_may_be_split_into_a_folder_of_files(tmp_path: Path) -> None:
    files = mini_files()
    files["events/forums.yaml"] = {"entries": [files["events.yaml"]["entries"].pop()]}
    (tmp_path / "ok" / "events").mkdir(parents=True)
    bundle = load_content(write_content(tmp_path / "ok", files))
    forum = next(e for e in bundle.entries if e.id == "forum-1")
    assert forum.file == "events/forums.yaml" and forum.event is not None


def test_parents_that_lead_back_to_an_entry_are_refused_in_one_line(tmp_path: Path) -> None:
    files = mini_files()
    _entry(files, "russia")["parent"] = "primorsky-krai"  # Primorsky Krai's parent is Russia
    message = _errors(tmp_path, files)
    assert message.count("lead back") == 1, message
    assert "its parents lead back to it (primorsky-krai -> russia -> primorsky-krai)" in message
    assert "give one of them another 'parent'" in message
