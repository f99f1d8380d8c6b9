"""Every brief says whose content it is (issue 26): the content's version as npviewer shows it everywhere
on the cover and in the colophon, signed content with its signer and key, and content that no key the
user trusts vouches for marked as such, in every format and both languages. Real packs, really installed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
import html5lib
import pytest

from conftest import KOREAN, pdftext
from content_factory import korean_files, write_content
from npviewer.brief.export import export_brief
from npviewer.i18n import translated_in
from npviewer.store.library import Library
from npviewer.store.packs import make_pack
from npviewer.store.provenance import Provenance
from npviewer.store.updates import install_pack

FORMATS = ("pdf", "docx", "html")


def _flat(text: str) -> str:
    """Text without white space or soft hyphens (the PDF wraps and hyphenates long lines)."""
    return re.sub(r"[\s\u00ad]", "", text)


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdftext(path)
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    root = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(path.read_bytes())
    return "".join(root.itertext())


def briefs_of(library: Library, folder: Path) -> dict[tuple[str, str], str]:
    """The eastern brief in both languages and every format, as their text: {(lang, format): text}."""
    out = {}
    for lang in ("en", "ko"):
        for fmt in FORMATS:
            path = export_brief("eastern", folder / f"{lang}.{fmt}", format=fmt, lang=lang, library=library)
            out[(lang, fmt)] = text_of(path)
    return out


def said(provenance: Provenance, lang: str) -> tuple[str, str]:
    """(the version's label, the sentence on whose content it is) in ``lang``."""
    with translated_in(lang):
        return provenance.label(), provenance.sentence()


@pytest.fixture
def installed(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Library]:
    """The small translated content made into a real pack and installed: signed by the test's trusted
    key (``signed``) or unsigned with --allow-unsigned."""
    content = write_content(tmp_path / "content", korean_files())
    key = request.getfixturevalue("trusted_publisher") if request.param == "signed" else None
    pack, _manifest = make_pack(content, tmp_path, "2030.01.02", sign_with=key)
    install_pack(pack, allow_unsigned=key is None)
    library = Library.open()
    yield library
    library.close()


@pytest.mark.parametrize("installed", ["unsigned"], indirect=True)
def test_a_brief_of_unsigned_content_says_so_on_its_cover_and_in_its_colophon(
    installed: Library, tmp_path: Path
) -> None:
    provenance = installed.provenance
    assert provenance.marked and provenance.version == "2030.01.02"
    for (lang, fmt), text in briefs_of(installed, tmp_path).items():
        label, sentence = said(provenance, lang)
        assert label.endswith(("(unsigned)", "(서명 없음)")), label
        assert _flat(text).count(_flat(label)) >= 2, f"{lang} {fmt}: the version not on the cover and colophon"
        assert _flat(text).count(_flat(sentence)) >= 2, f"{lang} {fmt}: the warning not on the cover and colophon"
        assert ("vouches for its facts" in sentence) == (lang == "en") and ("보증하지" in sentence) == (lang == "ko")


@pytest.mark.parametrize("installed", ["signed"], indirect=True)
def test_a_brief_of_signed_content_names_its_signer_and_key(installed: Library, tmp_path: Path) -> None:
    provenance = installed.provenance
    assert not provenance.marked and provenance.signer == "Test publisher"
    for (lang, fmt), text in briefs_of(installed, tmp_path).items():
        label, sentence = said(provenance, lang)
        flat = _flat(text)
        assert _flat(label) in flat and _flat(sentence) in flat, f"{lang} {fmt}"
        assert _flat(f"Test publisher({provenance.fingerprint})") in flat, f"{lang} {fmt}: no signer and key"
        assert "unsigned" not in text and "서명 없음" not in text


def test_a_brief_of_the_bundled_content_names_it_and_warns_of_nothing(briefs: dict[str, Path]) -> None:
    english, korean = pdftext(briefs["eastern"], "-l", "1"), pdftext(briefs[KOREAN], "-l", "1")
    assert "from content bundled with npviewer." in english and "콘텐츠 npviewer 기본 제공" in korean
    assert "unsigned" not in english and "서명" not in korean
    assert "About this brief" in pdftext(briefs["eastern-full"]) and "이 브리핑에 대하여" in pdftext(briefs[KOREAN])
