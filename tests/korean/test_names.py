"""The names glossary (data/names.yaml): read and checked, and the content held to it: where an
English field names a glossary name, its Korean writes that name's Korean form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from content_factory import korean_files, write_content
from npviewer import paths
from npviewer.store.content import ContentError, load_content
from npviewer.store.name_check import name_mismatches


def test_the_bundled_glossary_loads_and_spells_the_shared_names() -> None:
    bundle = load_content(paths.content_dir())
    names = bundle.names
    assert names.korean("Presidential Committee on Northern Economic Cooperation") == "북방경제협력위원회"
    assert names.korean("nine bridges") == names.korean("9-Bridge") == "나인브릿지"
    assert names.korean("Primorye") == names.korean("Primorsky Krai") == "연해주"
    assert names.korean("Krutikov") == "크루티코프" and names.korean("Khabarovsk Krai") == "하바롭스크 지방"


def test_the_bundled_content_writes_every_glossary_name_its_one_way() -> None:
    """Vacuous until the translations land; then every Korean field keeps to the glossary."""
    assert [str(m) for m in name_mismatches(load_content(paths.content_dir()))] == []


def test_the_glossary_takes_the_content_s_korean_aliases() -> None:
    """Each entry's Korean name (its first lang: ko alias) is the glossary's, where the glossary has
    the entry's English title."""
    bundle = load_content(paths.content_dir())
    differing = []
    for entry in bundle.entries:
        wanted = bundle.names.korean(entry.title)
        korean = [text for text, lang in entry.aliases if lang == "ko"]
        if wanted and korean and wanted not in korean and not any(k in wanted for k in korean):
            differing.append((entry.id, wanted, korean))
    assert differing == []


def test_a_korean_field_that_spells_a_name_another_way_is_listed(tmp_path: Path) -> None:
    files = korean_files()
    files["events.yaml"]["entries"][0]["participants_ko"] = ["크루띠꼬프 차관"]
    files["places.yaml"]["entries"][1]["text_ko"] = "프리모리예는 한국 기업의 산업단지가 계획된 러시아 극동의 지방이다."
    bundle = load_content(write_content(tmp_path / "content", files))
    assert [str(m) for m in name_mismatches(bundle)] == [
        "events.yaml, entry 'meeting-13': participants_ko should write Krutikov as 크루티코프 (data/names.yaml)",
        "places.yaml, entry 'primorsky-krai': text_ko should write Primorsky Krai as 연해주 (data/names.yaml)",
    ]


def test_a_longer_name_hides_the_shorter_names_inside_it(tmp_path: Path) -> None:
    files = korean_files()
    bundle = load_content(write_content(tmp_path / "content", files))
    assert name_mismatches(bundle) == []  # Russian Far East is 러시아 극동; Russia inside it is not checked apart


@pytest.mark.parametrize(
    ("names", "problem"),
    [
        (
            [{"en": "Seoul", "ko": "서울"}, {"en": "Seoul", "ko": "서을"}],
            "names.yaml, entry 'Seoul': is spelt two ways",
        ),
        ([{"en": "Seoul"}], "a name needs 'en' and 'ko'"),
        ([{"en": "Seoul", "ko": "Seul"}], "ko 'Seul' has no Hangul"),
        ([{"en": "Seoul", "ko": "“서울”"}], "the Korean holds a quotation mark"),
        ([{"en": "Seoul", "ko": "서울", "alias": "x"}], "unknown field(s) ['alias']"),
    ],
)
def test_a_bad_glossary_is_refused(tmp_path: Path, names: list[dict[str, Any]], problem: str) -> None:
    files = korean_files()
    files["names.yaml"] = {"names": names}
    with pytest.raises(ContentError) as caught:
        load_content(write_content(tmp_path / "content", files))
    assert any(problem in str(i) for i in caught.value.issues), caught.value.issues
