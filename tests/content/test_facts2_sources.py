"""Every source the second fact file lists is either recorded in the content or left out on purpose.

``tests/fixtures/facts-2.md`` is the team's fact file the content was built from (our own words, with
each page's address). Its closing table lists every page it used. Each address must appear, exactly, as
the ``url`` of a source record (``data/sources.yaml`` or ``data/documents/*.yaml``) with the table's
language, or be listed in ``data/README.md`` under "Sources left out" with the reason; a page left
out is not cited.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from npviewer import paths
from npviewer.store.content import ContentBundle, load_content

FACTS = Path(__file__).resolve().parents[1] / "fixtures" / "facts-2.md"
SHARED = Path("/work/shared/facts-2.md")
_ROW = re.compile(r"^\| (\d+) \| (\S+) \| ([^|]*) \| ([^|]*) \| (\w+) \|\s*$", re.M)


def _sources_table(text: str) -> list[tuple[int, str, str]]:
    """(number, URL, language) of each row of the fact file's closing table of sources."""
    table = text[text.index("## Sources used") :]
    return [(int(n), url, lang.lower()) for n, url, _, _, lang in _ROW.findall(table)]


def _left_out(readme: str) -> dict[str, str]:
    """URL -> reason, from the README's table of sources left out."""
    section = readme.split("## Sources left out", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| <?(https?://[^|>\s]+)>? \| (.+?) \|\s*$", section, re.M)
    return {url: reason.strip() for url, reason in rows}


@pytest.fixture(scope="module")
def bundle() -> ContentBundle:
    return load_content(paths.content_dir())


@pytest.fixture(scope="module")
def table() -> list[tuple[int, str, str]]:
    rows = _sources_table(FACTS.read_text(encoding="utf-8"))
    assert len(rows) == 202 and [n for n, _, _ in rows] == list(range(1, 203))
    return rows


@pytest.fixture(scope="module")
def left_out() -> dict[str, str]:
    return _left_out((paths.content_dir() / "README.md").read_text(encoding="utf-8"))


def test_every_listed_source_is_recorded_or_left_out_with_a_reason(
    bundle: ContentBundle, table: list[tuple[int, str, str]], left_out: dict[str, str]
) -> None:
    recorded = {d.url for d in bundle.documents if d.url}
    unaccounted = [f"#{n} {url}" for n, url, _ in table if url not in recorded and url not in left_out]
    assert not unaccounted, "sources neither recorded nor left out:\n" + "\n".join(unaccounted)
    assert all(len(reason) > 20 for reason in left_out.values()), left_out


def test_a_recorded_source_carries_the_language_the_fact_file_gives(
    bundle: ContentBundle, table: list[tuple[int, str, str]]
) -> None:
    by_url = {d.url: d for d in bundle.documents if d.url}
    wrong = [(n, by_url[url].id, by_url[url].language, lang) for n, url, lang in table
             if url in by_url and by_url[url].language != lang]  # fmt: skip
    assert not wrong


def test_a_source_left_out_is_neither_recorded_nor_cited(
    bundle: ContentBundle, table: list[tuple[int, str, str]], left_out: dict[str, str]
) -> None:
    listed = {url for _, url, _ in table}
    assert set(left_out) <= listed, "the README leaves out a page the fact file does not list"
    recorded = {d.url for d in bundle.documents}
    assert not set(left_out) & recorded


def test_every_source_record_of_the_documents_folder_is_cited(bundle: ContentBundle) -> None:
    cited = bundle.cited_documents()
    folder = paths.content_dir() / "documents"
    ids = {m for f in folder.glob("*.yaml") for m in re.findall(r"^  - id: (\S+)$", f.read_text("utf-8"), re.M)}
    assert ids and not ids - cited, sorted(ids - cited)


def test_the_copy_of_the_fact_file_is_the_shared_one() -> None:
    if not SHARED.is_file():
        pytest.skip("the team's shared fact file is not on this machine (a clean clone in CI)")
    assert FACTS.read_bytes() == SHARED.read_bytes(), "copy /work/shared/facts-2.md to tests/fixtures again"
