"""The bundled fonts cover every character the content and the brief's labels use."""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont

from npviewer import paths
from npviewer.brief.labels import LABELS


def _covered() -> set[int]:
    out: set[int] = set()
    for path in (paths.resources_dir() / "fonts").iterdir():
        if path.suffix in (".ttf", ".otf"):
            with TTFont(str(path), lazy=True) as font:
                out |= set(font.getBestCmap())
    return out


def _content_chars(folder: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".yaml", ".txt"):
            for ch in path.read_text("utf-8"):
                if ch.isprintable() and not ch.isspace():
                    found.setdefault(ch, path.name)
    return found


def test_every_content_character_has_a_bundled_glyph() -> None:
    covered = _covered()
    missing = {ch: where for ch, where in _content_chars(paths.content_dir()).items() if ord(ch) not in covered}
    assert not missing, f"no bundled glyph for {missing} (run tools/make_fonts.py)"


def test_every_label_character_has_a_bundled_glyph() -> None:
    covered = _covered()
    text = "".join(v for table in LABELS.values() for v in table.values()) + "★“”‘’·–—›"
    assert not {ch for ch in text if ch.isprintable() and not ch.isspace() and ord(ch) not in covered}


def test_fonts_carry_their_licence() -> None:
    folder = paths.resources_dir() / "fonts"
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text("utf-8")
    assert "tools/make_fonts.py" in (folder / "README.md").read_text("utf-8")
