"""No value of a content file can surprise the loader: each fault names its file, line and entry, exit 2.

The content files are written as an editor writes them (plain YAML text, unquoted dates and numbers),
so YAML's own conversions are the ones under test, not a dumper's quoting.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cli_runner import npviewer
from content_factory import mini_files, write_content
from npviewer.store.content import ContentError, load_content
from npviewer.store.values import made_day

EVENT = """entries:
  - id: later-meeting
    kind: meeting
    title: A meeting
    date: {date}
    number: {number}
    title_ko: 회의
    sources: [{{doc: other, locator: para. 1, summary: Dated., summary_ko: 날짜가 있다.}}]
    children:
      - id: later-figure
        kind: figure
        title: A figure
        value: {value}
        title_ko: 수치
        unit: billion USD
        sources: [{{doc: other, locator: para. 2, summary: A figure., summary_ko: 수치이다.}}]
"""


def _content(tmp_path: Path, date: str = "2019-12-12", number: str = "3", value: str = "8.1") -> Path:
    files = mini_files()
    files["events/more.yaml"] = EVENT.format(date=date, number=number, value=value)
    (tmp_path / "c" / "events").mkdir(parents=True)
    return write_content(tmp_path / "c", files)


def _issues(folder: Path, made: dt.date | None = None) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(folder, made)
    return [str(issue) for issue in info.value.issues]


def test_the_valid_file_loads(tmp_path: Path) -> None:
    bundle = load_content(_content(tmp_path))
    assert {"later-meeting", "later-figure"} <= {e.id for e in bundle.entries}


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2019-02-30", "events/more.yaml, line 5, entry 'later-meeting': bad date: '2019-02-30' is not a real day"),
        ("2019-13-01", "events/more.yaml, line 5, entry 'later-meeting': bad date: '2019-13-01' has no month 13"),
        ("!!timestamp 2019-02-30", "line 5, entry 'later-meeting': bad date: '2019-02-30' is not a real day"),
        ("1" * 5000, "line 5, entry 'later-meeting': bad date: a number of 5,000 characters is not a date"),
        ("2019-12-12 10:00:00", "line 5, entry 'later-meeting': bad date: '2019-12-12 10:00:00' is not a date"),
    ],
)
def test_a_date_not_in_the_calendar_is_named_with_its_line(tmp_path: Path, date: str, expected: str) -> None:
    issues = _issues(_content(tmp_path, date=date))
    assert any(expected in issue for issue in issues), issues


@pytest.mark.parametrize(
    ("number", "value", "expected"),
    [
        ("9" * 5000, "8.1", "line 6, entry 'later-meeting': 'number' is a number of 5,000 characters"),
        ("0x" + "f" * 3000, "8.1", "line 6, entry 'later-meeting': 'number' is a number of 3,002 characters"),
        ("3", "1" + "0" * 5000, "line 13, entry 'later-figure': 'value' is a number of 5,001 characters"),
        ("3", "1e999", "line 13, entry 'later-figure': 'value' must be a number (finite"),
        ("100001", "8.1", "line 6, entry 'later-meeting': 'number' must be a whole number from 1 to 100,000"),
    ],
)
def test_a_number_too_long_or_out_of_range_is_named_with_its_line(
    tmp_path: Path, number: str, value: str, expected: str
) -> None:
    issues = _issues(_content(tmp_path, number=number, value=value))
    assert any(expected in issue for issue in issues), issues


@pytest.mark.parametrize("scalar", ["!!float abc", "!!int 12x", "!!bool maybe"])
def test_a_value_yaml_cannot_convert_is_named_with_its_line(tmp_path: Path, scalar: str) -> None:
    issues = _issues(_content(tmp_path, value=scalar))
    assert any(issue.startswith("events/more.yaml, line 13: is not valid YAML") for issue in issues), issues


def test_an_event_dated_after_the_day_the_content_is_made_is_refused(tmp_path: Path) -> None:
    tomorrow = (made_day() + dt.timedelta(days=1)).isoformat()
    issues = _issues(_content(tmp_path, date=tomorrow))
    assert any(
        f"line 5, entry 'later-meeting': bad date: {tomorrow} is after the day the content is made" in issue
        and "an event that records what happened cannot be dated in the future" in issue
        for issue in issues
    ), issues


def test_a_content_made_on_a_given_day_takes_nothing_after_it(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    load_content(folder, dt.date(2019, 12, 12))
    issues = _issues(folder, dt.date(2019, 12, 11))
    assert any("entry 'later-meeting': bad date: 2019-12-12 is after the day" in i for i in issues), issues
    assert any("entry 'other': bad date: 2019-12-12 is after the day" in i and "a source" in i for i in issues)


def test_check_data_and_pack_end_in_exit_2_naming_the_line_not_an_unexpected_error(tmp_path: Path) -> None:
    folder = _content(tmp_path, date="2019-02-30", number="9" * 5000)
    for args in (("check-data", str(folder)), ("content", "pack", str(folder), "--output", str(tmp_path))):
        result = npviewer(*args, home=tmp_path / "home")
        assert result.returncode == 2, result.stderr
        assert "line 5, entry 'later-meeting'" in result.stderr
        assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.npc"))


def test_unknown_fields_of_mixed_kinds_are_listed_not_a_crash(tmp_path: Path) -> None:
    files = mini_files()
    files["events/more.yaml"] = EVENT.format(date="2019-12-12", number="3", value="8.1").replace(
        "    title: A meeting\n", "    title: A meeting\n    1: one\n    titel: typo\n    2019-01-01: a date\n"
    )
    (tmp_path / "c" / "events").mkdir(parents=True)
    issues = _issues(write_content(tmp_path / "c", files))
    assert any("entry 'later-meeting': unknown field(s) ['1', '2019-01-01', 'titel']" in i for i in issues), issues
