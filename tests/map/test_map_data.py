"""The shipped map file: it loads, holds every policy country, and stays small and sourced."""

from __future__ import annotations

import json

import pytest

from npviewer.map.qt_shapes import KOREA, load_map, map_file

POLICY_COUNTRIES = (
    *("643", "804", "112"),  # Western: Russia, Ukraine, Belarus
    *("398", "860", "417", "762", "795", "496"),  # Central Asia and Mongolia
    "156",  # China (Eastern)
    *("031", "268", "051", "498"),  # Azerbaijan, Georgia, Armenia, Moldova
    *("410", "408"),  # Republic of Korea, DPRK
)
SUBDIVISIONS = {"RU-PRI": "643", "CN-HL": "156", "CN-JL": "156", "CN-LN": "156"}


def test_file_holds_all_sixteen_policy_countries() -> None:
    data = load_map()
    missing = [code for code in POLICY_COUNTRIES if code not in data]
    assert missing == []
    for code in POLICY_COUNTRIES:
        feature = data.features[code]
        assert feature.is_country
        assert not feature.path.isEmpty()


def test_every_label_point_lies_inside_its_own_shape() -> None:
    data = load_map()
    outside = [f.code for f in data if not f.path.contains(f.label)]
    assert outside == []


def test_country_codes_are_three_digit_iso_numeric_strings() -> None:
    raw = json.loads(map_file().read_text("utf-8"))
    codes = [f["code"] for f in raw["features"] if f["kind"] == "country" and not f["code"].startswith("ne:")]
    assert len(codes) > 40
    assert all(len(code) == 3 and code.isdigit() for code in codes)
    assert "31" not in codes and "031" in codes


@pytest.mark.parametrize(("code", "parent"), sorted(SUBDIVISIONS.items()))
def test_subdivisions_sit_inside_their_country(code: str, parent: str) -> None:
    data = load_map()
    feature = data.features[code]
    assert not feature.is_country
    assert feature.parent == parent
    assert data.features[parent].path.contains(feature.label)


def test_korea_is_drawn_beside_north_korea() -> None:
    data = load_map()
    korea, north = data.features[KOREA].path.boundingRect(), data.features["408"].path.boundingRect()
    assert north.top() < korea.top()  # scene y grows southwards
    assert korea.intersects(north.adjusted(0, 0, 0, 5))


def test_shipped_file_is_small_and_says_where_it_came_from() -> None:
    path = map_file()
    assert path.stat().st_size < 300_000
    raw = json.loads(path.read_text("utf-8"))
    assert "Natural Earth" in raw["source"]
    folder = path.parent
    assert "public domain" in (folder / "README.md").read_text("utf-8").lower()
    assert "Natural Earth" in (folder / "LICENSE").read_text("utf-8")
