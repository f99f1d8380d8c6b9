"""The window's settings, declared once: each read back from the file as its own type, a damaged value
gives the default, and no other module names a key or opens the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

import npviewer
from npviewer.ui.common import settings

DECLARED = [s for s in vars(settings).values() if isinstance(s, settings.Setting)]


def test_every_setting_has_its_own_key() -> None:
    keys = [s.key for s in DECLARED]
    assert len(keys) == len(set(keys)) and len(keys) >= 10


def test_an_absent_setting_is_its_default(npviewer_home: Path) -> None:
    assert all(s.get() == s.default for s in DECLARED)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (settings.GEOMETRY, QByteArray(b"\x01\x02geometry")),
        (settings.LAST_ENTRY, "eastern-rajin-khasan"),
        (settings.LANGUAGE, "ko"),
        (settings.SHOW_MAP, False),
        (settings.TEXT_ZOOM, 150),
        (settings.TIMELINE, {"lanes": "kind", "kinds": ["meeting"]}),
        (settings.BRIEF_FOLDER, "/tmp/briefs, the second"),
    ],
)
def test_a_setting_kept_comes_back_as_its_type(
    npviewer_home: Path, setting: settings.Setting[object], value: object
) -> None:
    setting.set(value)
    assert (npviewer_home / "window.ini").is_file()
    back = setting.get()
    assert back == value and isinstance(back, type(value))


def test_a_setting_written_in_the_file_as_text_is_read_as_its_type(npviewer_home: Path) -> None:
    (npviewer_home / "window.ini").write_text(
        '[reading]\nmap=false\nzoom=150\n[timeline]\nstate="{\\"lanes\\": \\"kind\\"}"\n[window]\nlast_entry=russia\n',
        encoding="utf-8",
    )
    assert settings.SHOW_MAP.get() is False
    assert settings.TEXT_ZOOM.get() == 150
    assert settings.TIMELINE.get() == {"lanes": "kind"}
    assert settings.LAST_ENTRY.get() == "russia"


def test_a_value_the_app_cannot_use_is_its_default(npviewer_home: Path) -> None:
    (npviewer_home / "window.ini").write_text(
        "[reading]\nzoom=huge\n[ui]\nlanguage=fr\n[timeline]\nstate={not json\n", encoding="utf-8"
    )
    assert settings.TEXT_ZOOM.get() == 100
    assert settings.LANGUAGE.get() is None
    assert settings.TIMELINE.get() is None


def test_no_other_module_names_a_settings_key_or_opens_the_file() -> None:
    src = Path(npviewer.__file__).parent
    keys = {s.key for s in DECLARED}
    offenders = []
    for path in src.rglob("*.py"):
        if path == Path(settings.__file__):
            continue
        text = path.read_text(encoding="utf-8")
        named = {k for k in keys if re.search(rf"[\"']{re.escape(k)}[\"']", text)}
        if named or re.search(r"\bQSettings\(|\bwindow_settings\(", text):
            offenders.append((path.relative_to(src), sorted(named)))
    assert offenders == []
