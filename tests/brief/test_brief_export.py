"""export_brief's checks and its promise: a whole file or none, never a partial one."""

from __future__ import annotations

from pathlib import Path

import pytest

from npviewer.brief.export import BriefCancelled, BriefError, export_brief
from npviewer.store.library import Library


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to write into (``tmp_path`` also holds the test's user data)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_unknown_region_lists_the_valid_ones(real_library: Library, out: Path) -> None:
    with pytest.raises(BriefError, match=r"choose a region \(western, central, eastern\)"):
        export_brief("arctic", out / "x.pdf", library=real_library)
    assert list(out.iterdir()) == []


def test_region_by_alias_and_name(real_library: Library, out: Path) -> None:
    assert export_brief("동부 지역", out / "a.pdf", library=real_library).is_file()
    assert export_brief("Central Region", out / "b.pdf", library=real_library).is_file()


def test_missing_folder_is_refused_before_any_work(real_library: Library, out: Path) -> None:
    with pytest.raises(BriefError, match="does not exist"):
        export_brief("eastern", out / "nowhere" / "x.pdf", library=real_library)
    assert list(out.iterdir()) == []


def test_a_folder_as_output_is_refused(real_library: Library, out: Path) -> None:
    with pytest.raises(BriefError, match="is a folder"):
        export_brief("eastern", out, library=real_library)


def test_unwritable_location_is_refused_without_a_file(real_library: Library) -> None:
    """/proc refuses new files even to root: the export must say so and leave nothing."""
    with pytest.raises(BriefError):
        export_brief("eastern", Path("/proc/npviewer-brief.pdf"), library=real_library)
    assert not Path("/proc/npviewer-brief.pdf").exists()


def test_bad_paper_is_refused(real_library: Library, out: Path) -> None:
    with pytest.raises(BriefError, match="A4, Letter"):
        export_brief("eastern", out / "x.pdf", paper="A3", library=real_library)


@pytest.mark.parametrize("after", [1, 40, 10_000])
def test_cancel_leaves_no_file(real_library: Library, out: Path, after: int) -> None:
    """Cancelled while reading the content, while building the brief, or once it is typeset."""
    calls = {"n": 0}
    stages: list[str] = []

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > after or (after == 10_000 and "Typesetting" in stages)

    with pytest.raises(BriefCancelled):
        export_brief("eastern", out / "x.pdf", library=real_library, cancelled=cancelled,
                     progress=lambda done, total, stage: stages.append(stage))  # fmt: skip
    assert list(out.iterdir()) == []


def test_cancel_keeps_an_existing_file_whole(real_library: Library, out: Path) -> None:
    target = out / "brief.pdf"
    target.write_bytes(b"%PDF- the old one")
    with pytest.raises(BriefCancelled):
        export_brief("eastern", target, library=real_library, cancelled=lambda: True)
    assert target.read_bytes() == b"%PDF- the old one"
    assert sorted(p.name for p in out.iterdir()) == ["brief.pdf"]


def test_progress_reports_each_stage(real_library: Library, out: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    export_brief("central", out / "c.pdf", library=real_library, progress=lambda *a: seen.append(a))
    assert [s[2] for s in seen] == ["Reading the content", "Typesetting", "Saving"]
    assert [s[0] for s in seen] == [0, 1, 2] and {s[1] for s in seen} == {3}


def test_country_and_bookmarks_briefs(real_library: Library, out: Path, tmp_path: Path) -> None:
    from npviewer.store.userdata import UserStore

    assert export_brief("Kazakhstan", out / "kz.pdf", library=real_library).is_file()
    store = UserStore(tmp_path / "u.sqlite")
    try:
        store.add_bookmark("russia", "Russia", "")
        assert export_brief(None, out / "mine.pdf", bookmarks=True, user_store=store, library=real_library).is_file()
        with pytest.raises(BriefError, match="not both"):
            export_brief("eastern", out / "x.pdf", bookmarks=True, user_store=store, library=real_library)
    finally:
        store.close()


def test_unknown_language_is_refused(real_library: Library, out: Path) -> None:
    with pytest.raises(BriefError, match="choose one of: en, ko"):
        export_brief("eastern", out / "x.pdf", lang="fr", library=real_library)
    assert list(out.iterdir()) == []
