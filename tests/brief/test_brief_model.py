"""The brief's document model (no Qt): what goes in which section, in which order."""

from __future__ import annotations

from npviewer.brief.model import Brief, build_brief
from npviewer.store.library import Library


def _brief(library: Library, region: str) -> Brief:
    ref = library.repo.find_region(region)
    assert ref is not None
    return build_brief(library.repo, ref)


def _section(brief: Brief, key: str) -> list[tuple[str, int]]:
    section = next(s for s in brief.sections if s.key == key)
    return [(item.entry_id, item.depth) for item in section.items]


def test_each_country_profile_stands_under_its_country(real_library: Library) -> None:
    brief = _brief(real_library, "western")
    places = _section(brief, "places")
    for country, profile in (
        ("russia", "western-profile-russia"),
        ("ukraine", "western-profile-ukraine"),
        ("belarus", "western-profile-belarus"),
    ):
        at = places.index((country, 0))
        assert (profile, 1) in places[at + 1 :], country
        after = [entry for entry, depth in places[at + 1 :] if depth == 0]
        assert not after or places.index((profile, 1)) < places.index((after[0], 0))
    character = [entry for entry, _ in _section(brief, "character")]
    assert "western-profile-russia" not in character
    assert "western-profile-growth-model" in character  # about the region, not one country


def test_every_measure_of_the_region_is_in_the_brief(real_library: Library) -> None:
    brief = _brief(real_library, "eastern")
    listed = {item.entry_id for section in brief.sections for item in section.items}
    listed |= {s.lead.entry_id for s in brief.sections if s.lead is not None}
    wanted = {
        ref.id
        for ref, _ in real_library.repo.descendants("eastern")
        if ref.kind in ("direction", "measure", "submeasure", "note", "profile")
    }
    assert wanted <= listed


def test_an_event_within_an_event_is_listed_once_with_its_own_date(real_library: Library) -> None:
    brief = _brief(real_library, "western")
    keys = [s.key for s in brief.sections]
    assert "event-summit-2018-06-22" in keys and "event-state-visit-russia-2018" in keys
    visit = next(s for s in brief.sections if s.key == "event-state-visit-russia-2018")
    assert "summit-2018-06-22" not in [item.entry_id for item in visit.items]
    summit = next(s for s in brief.sections if s.key == "event-summit-2018-06-22")
    assert summit.lead is not None and ("When", "22 June 2018") in summit.lead.details
