"""The command line over the real content: JSON output, errors with exit 2, and no Qt widgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import npviewer


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user data dir for the module, so the real store is built once."""
    return tmp_path_factory.mktemp("cli-home")


def test_search_json_puts_the_rajin_khasan_measure_first(home: Path) -> None:
    result = npviewer("search", "Rajin", "--json", home=home)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["id"] == "eastern-rajin-khasan"
    assert hits[0]["kind"] in ("measure", "submeasure") and hits[0]["region"] == "eastern"
    assert {"id", "kind", "title", "snippet", "region"} <= set(hits[0])
    assert "**Rajin**" in hits[0]["snippet"]


def test_search_says_what_it_corrected_a_misspelt_word_to(home: Path) -> None:
    result = npviewer("search", "Vladivostock", home=home)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "Did you mean 'Vladivostok'? Nothing matches 'Vladivostock'; these are the entries for the former."
    assert "[Vladivostok]" in result.stdout


def test_search_limit_is_respected(home: Path) -> None:
    hits = json.loads(npviewer("search", "cooperation", "--limit", "3", "--json", home=home).stdout)
    assert len(hits) == 3


def test_timeline_json_is_in_date_order_with_the_13th_meeting(home: Path) -> None:
    result = npviewer("timeline", "--json", home=home)
    events = json.loads(result.stdout)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    meeting = next(e for e in events if e["id"] == "ru-fe-subcommittee-13")
    assert meeting["date"] == "2019-12-12" and meeting["place"] == "Seoul"
    assert len(events) > 20


def test_timeline_filters_by_region_name_in_any_case(home: Path) -> None:
    events = json.loads(npviewer("timeline", "--region", "CENTRAL", "--json", home=home).stdout)
    assert events and all("central" in e["regions"] for e in events)


def test_timeline_unknown_region_exits_2_listing_regions(home: Path) -> None:
    result = npviewer("timeline", "--region", "atlantis", home=home)
    assert result.returncode == 2
    assert "western, central, eastern" in result.stderr


def test_show_json_carries_sources_and_inferred_date(home: Path) -> None:
    data = json.loads(npviewer("show", "ru-fe-subcommittee-13", "--json", home=home).stdout)
    assert data["event"]["date_status"] == "inferred"
    quote = next(c for c in data["citations"] if c["document_id"] == "mofa-320886")
    assert quote["verbatim"] is True and "13th Meeting" in quote["text"] and quote["locator"] == "headline"


def test_show_json_says_for_every_citation_whether_it_is_verbatim(home: Path) -> None:
    """Every citation of every entry: ``verbatim`` true exactly for the held documents."""
    listing = json.loads(npviewer("search", "kind:meeting", "--limit", "200", "--json", home=home).stdout)
    held = {"strategies", "mofa-320886"}
    seen = set()
    for hit in listing[:12]:
        data = json.loads(npviewer("show", hit["id"], "--json", home=home).stdout)
        for cite in data["citations"]:
            assert cite["verbatim"] is (cite["document_id"] in held)
            assert cite["document_id"] and "locator" in cite
            seen.add(cite["verbatim"])
    assert seen == {True, False}


def test_show_unknown_id_exits_2(home: Path) -> None:
    result = npviewer("show", "no-such-entry", home=home)
    assert result.returncode == 2 and "no entry has the id 'no-such-entry'" in result.stderr


def test_bad_arguments_exit_2(home: Path) -> None:
    assert npviewer("search", home=home).returncode == 2
    assert npviewer("search", "x", "--limit", "0", home=home).returncode == 2
    assert npviewer("frobnicate", home=home).returncode == 2


def test_check_data_accepts_the_bundled_content(home: Path) -> None:
    result = npviewer("check-data", home=home)
    assert result.returncode == 0 and "OK" in result.stdout


def test_check_data_reports_a_broken_folder(home: Path, tmp_path: Path) -> None:
    from content_factory import mini_files, write_content

    files = mini_files()
    files["events.yaml"]["entries"][0]["date"] = "2019-13-01"
    folder = write_content(tmp_path / "content", files)
    result = npviewer("check-data", str(folder), home=home)
    assert result.returncode == 2
    assert "events.yaml, line 5, entry 'meeting-13': bad date" in result.stderr


def test_check_data_says_what_to_do_then_lists_every_fault_on_a_line_of_its_own(home: Path, tmp_path: Path) -> None:
    from content_factory import mini_files, write_content

    files = mini_files()
    files["events.yaml"]["entries"][0]["date"] = "2019-13-01"
    files["events.yaml"]["entries"][1]["kind"] = "meetin"
    folder = write_content(tmp_path / "content", files)
    lines = npviewer("check-data", str(folder), home=home).stderr.splitlines()
    assert "\\u000a" not in "".join(lines)
    assert lines[0] == f"npviewer check-data: 2 problem(s) in {folder}; fix each and run it again:"
    assert [line[:4] for line in lines[1:]] == ["  - ", "  - "]


def test_bookmarks_commands_round_trip(home: Path, tmp_path: Path) -> None:
    assert npviewer("bookmarks", "add", "eastern-rajin-khasan", "--note", "메모", home=home).returncode == 0
    listed = json.loads(npviewer("bookmarks", "list", "--json", home=home).stdout)
    assert [(b["id"], b["note"]) for b in listed] == [("eastern-rajin-khasan", "메모")]
    export = tmp_path / "marks.json"
    assert npviewer("bookmarks", "export", str(export), home=home).returncode == 0
    assert npviewer("bookmarks", "remove", "eastern-rajin-khasan", home=home).returncode == 0
    assert npviewer("bookmarks", "import", str(export), home=home).returncode == 0
    assert json.loads(npviewer("bookmarks", "list", "--json", home=home).stdout)[0]["id"] == "eastern-rajin-khasan"


def test_bookmarks_add_unknown_id_and_bad_import_exit_2(home: Path, tmp_path: Path) -> None:
    assert npviewer("bookmarks", "add", "nope", home=home).returncode == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = npviewer("bookmarks", "import", str(bad), home=home)
    assert result.returncode == 2 and "not a JSON bookmarks file" in result.stderr


_PROBE = """
import sys
from npviewer.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("PySide6.QtWidgets") or m == "sqlmodel")
print("LOADED:" + ",".join(loaded), file=sys.stderr)
sys.exit(code)
"""


def test_subcommands_load_no_qt_widgets_and_need_no_display(home: Path) -> None:
    npviewer("search", "warm", home=home)  # the store exists after this
    env = {**os.environ, "NPVIEWER_HOME": str(home)}
    env.pop("DISPLAY", None)
    for args in (["search", "Rajin"], ["show", "eastern"], ["timeline"], ["bookmarks", "list"]):
        result = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        assert "LOADED:\n" in result.stderr, f"{args}: {result.stderr}"
