"""Hypothesis strategies that break valid inputs the ways hostile or careless files do.

A mutation works on the bytes of one file: a value replaced by another type, an impossible date or
a huge number (at a ``key: value`` position for YAML, a ``"key": value`` one for JSON), a YAML key
replaced by a number, a date or another field's name, the file truncated, random bytes spliced in,
or the whole file replaced by random bytes.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

#: Values of the wrong kind, written as they would appear in YAML or JSON text.
ODD_VALUES = [
    "2019-02-30", "2019-13-01", "2019-00-10", "0000-01-01", "9999-12-31", "2091-01-01", "1e999", "-1e999", "nan",
    ".inf", "NaN", "Infinity", "1" + "0" * 5000, "-" + "9" * 4400, "0x" + "f" * 3000, "1:2:3:4:5", "1e308",
    "true", "null", "~", "[]", "{}", "[1, [2, [3]]]", '"text"', "''", "!!float abc", "!!int 1x", "!!bool maybe",
    "!!timestamp 2019-02-30", "!!binary ???", "!!set {a, b}", "!!omap [a]", "!!python/object:os.system x",
    "&a x", "*a", "'\x00'", '"\\u202e"', '"\\ud800"', "2019-12-12T25:61:00", "-0", "0", "100001", "3.5",
]  # fmt: skip

_YAML_VALUE = re.compile(rb"(?m)^(\s*-?\s*[A-Za-z_]+: )(.*)$")
_YAML_KEY = re.compile(rb"(?m)^\s*-?\s*([A-Za-z_]+)(: )")
ODD_KEYS = [b"1", b"true", b"null", b"2019-01-01", b"1.5", b"id", b"'Bad Key'", b"children", b'"\\u0000"']
_JSON_VALUE = re.compile(rb'("[A-Za-z_]+": )("(?:[^"\\]|\\.)*"|-?[0-9.eE+]+|true|false|null)')


def _replace_value(data: bytes, pattern: re.Pattern[bytes], which: int, value: bytes) -> bytes:
    spots = list(pattern.finditer(data))
    if not spots:
        return data + value
    spot = spots[which % len(spots)]
    return data[: spot.start(2)] + value + data[spot.end(2) :]


@st.composite
def mutated(draw: st.DrawFn, data: bytes, kind: str) -> bytes:
    """``data`` (a ``yaml`` or ``json`` file's bytes) broken in one to three ways."""
    pattern = _YAML_VALUE if kind == "yaml" else _JSON_VALUE
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["value", "value", "value", "key", "text", "truncate", "splice", "bytes"]))
        if how == "value":
            odd = draw(st.sampled_from(ODD_VALUES)).encode()
            data = _replace_value(data, pattern, draw(st.integers(0, 10_000)), odd)
        elif how == "key" and kind == "yaml":
            spots = list(_YAML_KEY.finditer(data))
            if spots:
                spot = spots[draw(st.integers(0, len(spots) - 1))]
                data = data[: spot.start(1)] + draw(st.sampled_from(ODD_KEYS)) + data[spot.end(1) :]
        elif how == "text":
            text = draw(st.text(max_size=30)).encode("utf-8", "surrogatepass")
            data = _replace_value(data, pattern, draw(st.integers(0, 10_000)), text)
        elif how == "truncate":
            data = data[: draw(st.integers(0, max(0, len(data) - 1)))]
        elif how == "splice":
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
        else:
            data = draw(st.binary(max_size=200))
    return data
