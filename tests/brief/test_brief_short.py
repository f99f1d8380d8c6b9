"""The default brief is four pages at most, says what the full one adds, and puts first what weighs
most: the eastern page 1 holds the held release's own figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FULL, KOREAN, SHORT_PAGES, SUBJECTS, pdfinfo, pdftext
from npviewer.brief.build import BriefRequest, build_brief
from npviewer.brief.model import Brief
from npviewer.store.library import Library


@pytest.mark.parametrize("subject", [*SUBJECTS, KOREAN])
def test_the_default_brief_is_at_most_four_pages_and_the_full_one_longer(briefs: dict[str, Path], subject: str) -> None:
    short = int(pdfinfo(briefs[subject])["Pages"])
    full = int(pdfinfo(briefs[subject + FULL])["Pages"])
    assert short <= SHORT_PAGES, f"{subject}: {short} pages"
    assert full > short


@pytest.mark.parametrize("subject", ["eastern", "uzbekistan", "meeting"])
def test_the_short_brief_says_what_the_full_one_adds(briefs: dict[str, Path], subject: str) -> None:
    short, full = pdftext(briefs[subject]), pdftext(briefs[subject + FULL])
    assert "The full brief (npviewer brief" in short and "adds, as annexes" in short
    assert "The annexes give" in full and "Contents" in full


def test_the_eastern_page_one_holds_the_releases_own_figures(briefs: dict[str, Path]) -> None:
    for key in ("eastern", "eastern-full"):
        first = pdftext(briefs[key], "-l", "1")
        assert "8.1 billion USD" in first and "biggest trading partner" in first, key
        assert "30,000" in first and "250,000" in first and "Primorsky Krai" in first, key


def _eastern(library: Library) -> Brief:
    return build_brief(library.repo, BriefRequest("region", library.repo.find_region("eastern")))


def test_key_points_put_the_policys_end_first_then_what_held_documents_say(real_library: Library) -> None:
    brief = _eastern(real_library)
    points = brief.key_points
    assert points[0].lead.startswith("The policy's end")
    held = {n.number for n in brief.notes if brief.sources[n.source].title.startswith("Korea-Russian Far East")}
    resting = [bool(set(p.notes) & held) for p in points[1:]]
    assert resting[0] and resting == sorted(resting, reverse=True)  # those resting on the release come first
    assert 5 <= len(points) <= 8 and all(p.notes for p in points)


def test_no_key_point_is_picked_for_being_recent_from_a_weak_source(real_library: Library) -> None:
    text = " ".join(p.lead + p.text for p in _eastern(real_library).key_points)
    assert "Shilla Hotel" not in text and "259 firms" not in text


def test_key_figures_name_their_subject_in_columns_sized_to_their_content(real_library: Library) -> None:
    figures = _eastern(real_library).key_figures
    assert figures is not None and figures.columns == ("Figure", "Value", "Date", "Source")
    titles = [row[0].parts[0].text for row in figures.rows]
    # "Korea-Russia trade, 2019", "Target for Korea-Russia trade by 2020": never a bare "Key tasks"
    assert all("," in t or len(t.split()) >= 4 for t in titles), titles
    assert figures.fitted[2] and not figures.fitted[0]  # the dates fit their content, the names share the rest


def test_a_series_of_figures_is_one_point_from_its_first_to_its_latest_value(real_library: Library) -> None:
    visitors = next(p for p in _eastern(real_library).key_points if p.lead == "Koreans visiting Primorsky Krai:")
    assert visitors.text.startswith("from 30,000") and "to 250,000" in visitors.text


def test_the_short_brief_has_no_annexes_and_compact_notes(real_library: Library) -> None:
    brief = _eastern(real_library)
    assert not brief.annexes and brief.compact_notes
    assert all(not n.text for n in brief.notes)  # a place in a source; quotations are the full brief's
    full = build_brief(real_library.repo, BriefRequest("region", real_library.repo.find_region("eastern"), full=True))
    assert {s.key for s in full.annexes} >= {"annex-meetings", "annex-people", "annex-programmes", "annex-glossary"}
    assert any(n.verbatim and n.text for n in full.notes)


@pytest.mark.parametrize("full", [False, True])
@pytest.mark.parametrize("subject", ["eastern", "central", "uzbekistan", "russia", "mongolia", "meeting"])
def test_every_note_is_cited_where_the_reader_sees_it(real_library: Library, subject: str, full: bool) -> None:
    from npviewer.brief.export import make_brief

    meeting = "ru-fe-subcommittee-13" if subject == "meeting" else None
    brief = make_brief(real_library, None if meeting else subject, meeting=meeting, full=full)
    cited = {n for s in brief.statements() for n in (*s.notes, *(m for v in s.variants for m in v.notes))}
    assert [n.number for n in brief.notes if n.number not in cited] == []
