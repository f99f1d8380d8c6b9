"""The brief's document model (no Qt): what goes where, in which order, with which notes."""

from __future__ import annotations

from npviewer.brief.build import BriefRequest, build_brief
from npviewer.brief.model import Brief, Statement, Table
from npviewer.store.library import Library


def _brief(library: Library, subject: str, kind: str = "region", full: bool = True, **kw: object) -> Brief:
    ref = library.repo.find_region(subject) if kind == "region" else library.repo.ref(subject)
    assert ref is not None
    return build_brief(library.repo, BriefRequest(kind, ref, full=full), **kw)  # type: ignore[arg-type]


def _section(brief: Brief, key: str) -> list[Statement]:
    section = next(s for s in [*brief.sections, *brief.annexes] if s.key in (key, f"annex-{key}"))
    return [b for b in section.blocks if isinstance(b, Statement)]


def test_page_one_has_five_to_eight_key_points_each_with_a_note(real_library: Library) -> None:
    for region in ("western", "central", "eastern"):
        brief = _brief(real_library, region, full=False)
        assert 5 <= len(brief.key_points) <= 8, region
        assert all(point.notes for point in brief.key_points), region
        assert brief.key_figures is not None and brief.key_figures.rows, region
        assert brief.key_figures.columns == ("Figure", "Value", "Date", "Source")


def test_notes_are_numbered_in_order_of_first_use_and_sorted_where_cited(real_library: Library) -> None:
    brief = _brief(real_library, "eastern")
    seen: list[int] = []
    for s in brief.statements():
        assert list(s.notes) == sorted(s.notes)
        seen += [n for n in s.notes if n not in seen]
    first_use = [n for i, n in enumerate(seen) if n not in seen[:i]]
    assert first_use[:20] == sorted(first_use[:20])
    assert [n.number for n in brief.notes] == list(range(1, len(brief.notes) + 1))


def test_each_source_is_listed_once_and_names_its_notes(real_library: Library) -> None:
    brief = _brief(real_library, "eastern")
    titles = [s.title for s in brief.sources]
    assert len(titles) == len(set(titles))
    cited = sorted(n for s in brief.sources for n in s.notes)
    assert cited == [n.number for n in brief.notes]


def test_only_held_documents_are_quoted(real_library: Library) -> None:
    held = {d.title for d in real_library.repo.documents() if d.text}
    brief = _brief(real_library, "eastern")
    for note in brief.notes:
        if note.verbatim:
            assert brief.sources[note.source].title in held


def test_each_country_profile_stands_under_its_country(real_library: Library) -> None:
    places = _section(_brief(real_library, "western"), "places")
    leads = [(s.lead.rstrip(":"), s.depth) for s in places]
    russia = leads.index(("Russia", 0))
    assert any(depth == 1 for _, depth in leads[russia + 1 : russia + 3])


def test_a_countrys_page_text_is_its_profile_in_the_brief(real_library: Library) -> None:
    places = _section(_brief(real_library, "central"), "places")
    kazakhstan = next(s for s in places if s.lead == "Kazakhstan:")
    assert kazakhstan.text == real_library.repo.entry("kazakhstan").text and kazakhstan.notes


def test_page_one_says_first_that_the_policy_has_ended(real_library: Library) -> None:
    for region in ("western", "central", "eastern"):
        first = _brief(real_library, region).key_points[0]
        assert first.lead == "The policy's end, 7 September 2022:"
        assert "is abolished" in first.text


def test_meetings_table_is_in_date_order_and_links_the_people(real_library: Library) -> None:
    brief = _brief(real_library, "eastern")
    meetings = next(s for s in brief.annexes if s.key == "annex-meetings").blocks[0]
    assert isinstance(meetings, Table)
    assert meetings.columns == ("Date", "Place", "Heads of delegation", "Outcome")
    titles = [row[3].parts[0].lead for row in meetings.rows]
    assert titles.index("1st meeting of the Korea-Russian Far East and Siberia Sub-committee") < titles.index(
        "13th meeting of the Korea-Russian Far East and Siberia Sub-committee"
    )
    people = next(s for s in brief.annexes if s.key == "annex-people").blocks[0]
    assert isinstance(people, Table)
    krutikov = next(row for row in people.rows if row[0].parts[0].text == "Alexander Krutikov")
    assert krutikov[2].parts[0].text == "Russia"
    assert all(part.link.startswith("meeting-") for part in krutikov[3].parts)
    assert len(krutikov[3].parts) >= 2


def test_eastern_map_highlights_the_far_east_and_the_provinces_not_whole_countries(real_library: Library) -> None:

    brief = _brief(real_library, "eastern")
    figure = next(iter(brief.maps()))
    assert (
        dict(figure.legend)["focus"] == "Primorsky Krai"
        and dict(figure.legend)["second"] == "Heilongjiang, Jilin and Liaoning"
    )
    assert figure.roles == {"RU-FE": "area", "RU-PRI": "focus", "CN-HL": "second", "CN-JL": "second",
                            "CN-LN": "second"}  # fmt: skip
    assert "643" not in figure.roles and "156" not in figure.roles
    assert "Sakha (Yakutia)" in figure.alt and "Primorsky Krai" in figure.alt and "Heilongjiang" in figure.alt


def test_country_brief_keeps_to_the_country(real_library: Library) -> None:
    brief = _brief(real_library, "mongolia", kind="country")
    assert brief.kind == "country" and brief.title == "Mongolia"
    meetings = next((s for s in brief.annexes if s.key == "annex-meetings"), None)
    assert meetings is not None
    short = _brief(real_library, "mongolia", kind="country", full=False)
    assert next(s for s in short.sections if s.key == "latest").blocks
    assert brief.key_points


def test_bookmarks_brief_lists_the_bookmarked_entries(real_library: Library) -> None:
    marks = {"eastern-rajin-khasan": "my note", "ru-fe-subcommittee-13": ""}
    brief = build_brief(real_library.repo, BriefRequest("bookmarks"), bookmarks=marks, include_user_notes=True)
    texts = " ".join(s.text + s.lead + s.user_note for s in brief.statements())
    assert "Rajin-Khasan" in texts and "my note" in texts
    assert "13th meeting of the Korea-Russian Far East and Siberia Sub-committee" in texts


def test_korean_labels_and_dates(real_library: Library) -> None:
    brief = build_brief(real_library.repo, BriefRequest("region", real_library.repo.find_region("eastern"), "ko"))
    assert brief.labels["key_points"] == "핵심 요약"
    assert "년" in brief.current_to and "콘텐츠 기준일" in brief.current_to
