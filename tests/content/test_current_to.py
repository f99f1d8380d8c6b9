"""The date the content is current to: the latest date it is known to reach.

A source known only to its year must not make the content look current to the end of that year
when a day within the year is known: the real content has a digest dated only 2022 beside a report
of 6 October 2022.
"""

from __future__ import annotations

from pathlib import Path

from content_factory import mini_files, write_content
from npviewer.store.content import load_content


def _current_to(tmp_path: Path, event_dates: list[str], document_date: str) -> str:
    files = mini_files()
    files["sources.yaml"]["documents"][1]["date"] = document_date
    events = files["events.yaml"]["entries"]
    for n, date in enumerate(event_dates):
        events.append({"id": f"extra-{n}", "kind": "milestone", "title": f"Extra {n}", "date": date,
                       "sources": [{"doc": "other", "locator": "para. 1", "summary": "Dated."}]})  # fmt: skip
    return load_content(write_content(tmp_path / "content", files)).coverage()[0]


def test_a_day_outranks_a_bare_year_that_contains_it(tmp_path: Path) -> None:
    assert _current_to(tmp_path, ["2022-10-06"], "2022") == "2022-10-06"


def test_a_later_month_outranks_an_earlier_day(tmp_path: Path) -> None:
    assert _current_to(tmp_path, ["2022-10-06"], "2022-12") == "2022-12"


def test_a_later_year_outranks_every_date_of_an_earlier_one(tmp_path: Path) -> None:
    assert _current_to(tmp_path, ["2022-10-06"], "2023") == "2023"


def test_the_more_precise_of_two_dates_starting_the_same_day_wins(tmp_path: Path) -> None:
    assert _current_to(tmp_path, ["2022-10"], "2022-10-01") == "2022-10-01"
