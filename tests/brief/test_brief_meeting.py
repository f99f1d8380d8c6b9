"""A brief for one meeting: the body, its meetings in order, who's who, the place, what the last meeting
named, open items and where the policy stood; a planned meeting from the body's history."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MEETING, pdftext
from npviewer.brief.build import BriefRequest, build_brief
from npviewer.brief.export import BriefError, export_brief
from npviewer.brief.model import Brief, Statement, Table
from npviewer.store.library import Library


def _brief(library: Library, entry_id: str) -> Brief:
    ref = library.repo.ref(entry_id)
    assert ref is not None
    return build_brief(library.repo, BriefRequest("meeting", ref))


def _said(brief: Brief, key: str) -> list[Statement]:
    return [b for s in brief.sections if s.key == key for b in s.blocks if isinstance(b, Statement)]


def test_the_13th_subcommittees_brief_names_its_counterpart_date_and_the_meeting_before(
    briefs: dict[str, Path],
) -> None:
    text = pdftext(briefs[MEETING])
    assert "Alexander Krutikov" in text and "12 December 2019" in text
    assert "12th meeting of the Korea-Russian Far East and Siberia Sub-committee" in text
    first = pdftext(briefs[MEETING], "-l", "1")
    assert "MEETING BRIEF" in first and "Place: Seoul" in first


def test_the_body_its_meetings_in_order_and_the_people(real_library: Library) -> None:
    brief = _brief(real_library, "ru-fe-subcommittee-13")
    body = " ".join(s.lead + s.text for s in _said(brief, "body"))
    assert "Since February 2001" in body and "Krutikov" in body
    series = next(b for s in brief.sections if s.key == "series" for b in s.blocks if isinstance(b, Table))
    titles = [row[2].parts[0].lead for row in series.rows]
    assert titles.index("12th meeting of the Korea-Russian Far East and Siberia Sub-committee ") < titles.index(
        "13th meeting of the Korea-Russian Far East and Siberia Sub-committee "
    )
    this = [row for row in series.rows if "this meeting" in row[0].parts[0].marks]
    assert len(this) == 1 and "12 December 2019" in this[0][0].parts[0].text
    people = next(b for s in brief.sections if s.key == "meet" for b in s.blocks if isinstance(b, Table))
    assert {"Alexander Krutikov", "Kim Gunn"} <= {row[0].parts[0].text for row in people.rows}


def test_open_items_are_the_agreements_not_reported_done_each_with_its_source(real_library: Library) -> None:
    items = _said(_brief(real_library, "ru-fe-subcommittee-13"), "open")
    titles = [s.text for s in items]
    assert any("industrial complex in Primorsky Krai" in t for t in titles), titles
    assert not any("Ulsan" in t for t in titles)  # the 2020 forum in Ulsan was held (in 2021): done
    assert all(s.notes for s in items)


def test_where_the_policy_stood_is_dated_before_the_meeting_and_says_what_came_next(real_library: Library) -> None:
    stood = _said(_brief(real_library, "ru-fe-subcommittee-13"), "policy")
    assert stood and stood[-1].lead.startswith("Next, ")


def test_a_planned_meeting_is_briefed_from_the_bodys_history(real_library: Library) -> None:
    brief = _brief(real_library, "ru-fe-subcommittee-7")
    assert brief.key_points[0].lead.startswith("Next, planned")
    assert brief.key_points[1].lead.startswith("The last meeting held, February 2004")


def test_a_body_briefs_its_latest_meeting(real_library: Library, tmp_path: Path) -> None:
    brief = _brief(real_library, "ru-fe-subcommittee")
    assert brief.title == "14th meeting of the Korea-Russian Far East and Siberia Sub-committee"
    path = export_brief(None, tmp_path / "body.pdf", meeting="Korea-Russian Far East and Siberia Sub-committee",
                        library=real_library)  # fmt: skip
    assert "14th meeting" in pdftext(path, "-l", "1")


def test_an_unknown_meeting_is_one_clear_line(real_library: Library, tmp_path: Path) -> None:
    with pytest.raises(BriefError, match=r"no meeting or body 'nowhere'.*npviewer timeline"):
        export_brief(None, tmp_path / "x.pdf", meeting="nowhere", library=real_library)
    with pytest.raises(BriefError, match="only one of them"):
        export_brief("eastern", tmp_path / "x.pdf", meeting="ru-fe-subcommittee-13", library=real_library)
    assert not (tmp_path / "x.pdf").exists()
