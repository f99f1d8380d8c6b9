"""A content pack carries both languages: the Korean of a pack is read back, installed and shown."""

from __future__ import annotations

from pathlib import Path

from npviewer.store.content import load_content
from npviewer.store.library import Library
from npviewer.store.name_check import pairs
from npviewer.store.packs import make_pack, read_pack
from npviewer.store.updates import install_pack


def test_a_pack_round_trips_the_korean(korean_content: Path, tmp_path: Path) -> None:
    pack, manifest = make_pack(korean_content, tmp_path, "2030.01.01")
    assert "names.yaml" in manifest.files
    read_pack(pack, tmp_path / "unpacked")
    before, after = load_content(korean_content), load_content(tmp_path / "unpacked")
    assert list(pairs(after)) == list(pairs(before)) and len(list(pairs(after))) > 40
    assert after.names == before.names


def test_an_installed_pack_reads_in_korean(korean_content: Path, tmp_path: Path, trusted_publisher: Path) -> None:
    pack, _manifest = make_pack(korean_content, tmp_path, "2030.01.01", sign_with=trusted_publisher)
    install_pack(pack)
    lib = Library.open()
    try:
        lib.set_language("ko")
        assert lib.status.install_id.startswith("2030.01.01")
        assert lib.repo.entry("meeting-13").title == "제13차 회의"
        assert lib.repo.entry("eastern-gas").citations[0].translation == "한국, 북한, 러시아 가스 연결 기반 마련"
        assert [h.id for h in lib.search.search("연해주에서").hits][:1] == ["primorsky-krai"]
    finally:
        lib.close()
