"""The corrections of the independent check (the second fact file's corrections 7-12) hold.

Each test reads the real content and fails if the wrong fact comes back or the added source goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from npviewer import paths
from npviewer.store.content import ContentBundle, EntrySpec, load_content


@pytest.fixture(scope="module")
def bundle() -> ContentBundle:
    return load_content(paths.content_dir())


def _entry(bundle: ContentBundle, entry_id: str) -> EntrySpec:
    return next(e for e in bundle.entries if e.id == entry_id)


def _words(entry: EntrySpec) -> Iterator[str]:
    """Everything of an entry a reader sees: title, text, participants, date note, every summary and note."""
    yield entry.title
    yield entry.text
    if entry.event:
        yield from entry.event.participants
        yield entry.event.date_note
    for cite in [*entry.citations, *(c for d in entry.disputes for c in d.citations)]:
        yield cite.text
        yield cite.note
    for dispute in entry.disputes:
        yield dispute.value
        yield dispute.note


def _all_words(bundle: ContentBundle) -> str:
    return "\n".join(" ".join(w.split()) for e in bundle.entries for w in _words(e))


def test_yoon_soon_gu_carries_the_foreign_ministrys_own_title(bundle: ContentBundle) -> None:
    words = _all_words(bundle)
    assert not re.search(r"Assistant\s+Minister", words)
    consultation = _entry(bundle, "ukraine-policy-consultation-8")
    assert consultation.event is not None
    assert "Yoon Soon-gu, Deputy Minister for Political Affairs (ROK)" in consultation.event.participants
    assert "Deputy Minister for Political Affairs Yoon Soon-gu" in " ".join(consultation.text.split())
    assert any(c.doc == "mofa-319860" and c.locator == "item 1" for c in consultation.citations)


def test_no_source_held_gives_an_expiring_term_as_the_committees_end(bundle: ContentBundle) -> None:
    words = _all_words(bundle).lower()
    for wrong in ("term expir", "term was expiring", "its term expiring", "not be extended", "five-year term"):
        assert wrong not in words, wrong


def test_the_end_of_the_committees_activity_rests_on_the_wiki_mirror_alone(bundle: ContentBundle) -> None:
    end = _entry(bundle, "northern-committee-term-end")
    assert end.event is not None and end.event.date_status == "inferred"
    assert [c.doc for c in end.citations] == ["readonly-wiki-bukbang-committee"]
    wiki = next(d for d in bundle.documents if d.id == "readonly-wiki-bukbang-committee")
    assert wiki.reliability_note, "the wiki mirror must be shown as of low reliability"
    assert "low reliability" in end.title


def test_song_young_gils_start_keeps_all_four_dates(bundle: ContentBundle) -> None:
    song = _entry(bundle, "northern-committee-chair-song")
    assert song.event is not None and song.event.date_status == "disputed"
    versions = {d.value: {c.doc for c in d.citations} for d in song.disputes if d.field == "date"}
    assert versions.keys() == {"2017-08-21", "2017-08-25", "2017-08-29"}
    assert "ajunews-20170821161957995" in versions["2017-08-21"]
    assert song.event.start == "2017-08-28"
    assert "four dates" in song.text


def test_the_kremlin_transcript_dates_the_keynotes_plenary_session(bundle: ContentBundle) -> None:
    keynote = _entry(bundle, "nnp-announcement")
    assert keynote.event is not None and keynote.event.start == "2017-09-07"
    assert any(c.doc == "kremlin-55552" and not c.verbatim and c.locator for c in keynote.citations)
    kremlin = next(d for d in bundle.documents if d.id == "kremlin-55552")
    assert kremlin.url == "http://en.special.kremlin.ru/catalog/persons/356/events/55552"
    assert kremlin.date == "2017-09-07"


def test_the_trade_ministrys_forecast_stands_beside_the_kazakhstan_figure_for_2017(bundle: ContentBundle) -> None:
    figure = _entry(bundle, "korea-kazakhstan-trade-2017")
    assert figure.figure is not None and figure.figure.value == 1.5
    forecast = [d for d in figure.disputes if d.field == "value"]
    assert [d.value for d in forecast] == ["1.2"]
    assert [c.doc for c in forecast[0].citations] == ["herald-20171218000895"]
    herald = next(d for d in bundle.documents if d.id == "herald-20171218000895")
    assert herald.url == "http://www01.koreaherald.com/view.php?mp=7&np=69&ud=20171218000895"
    assert "1.2 billion" in _entry(bundle, "kazakhstan").text


def test_the_12th_forum_is_the_first_at_minister_level_not_the_first_in_central_asia(bundle: ContentBundle) -> None:
    forum = _entry(bundle, "kca-forum-12")
    text = " ".join(forum.text.split())
    assert "minister level in Central Asia" not in text
    assert "Bishkek on 4 October 2013" in text
    assert any(c.doc == "mofa-312867" for c in forum.citations)
    assert all("minister level in Central Asia" not in c.text for c in forum.citations)
