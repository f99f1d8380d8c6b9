"""Takes the README's screenshots of the "What changed" window (run under Xvfb: ``xvfb-run -s "-screen 0
1920x1080x24" python tools/screenshot_whats_changed.py``), light and dark. Uses a throwaway user dir.

A demonstration update made only of real content: the earlier edition lacks one real measure (so the
update adds it) and words the Rajin-Khasan measure less exactly than the strategy page does (so the
update corrects it); the update itself leaves out one real sub-measure (so it is shown as removed).
Bookmarks with notes sit on the corrected and the removed entries.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "tests"))

ADDED = "eastern-gas-railway-electricity"
CHANGED = "eastern-rajin-khasan"
REMOVED = "central-rok-corporations-projects"
NOTES = {
    CHANGED: "Ask about the timetable for resuming it.",
    REMOVED: "Which corporations? Check before the Tashkent meeting.",
}


def editions(work: Path) -> tuple[Path, Path]:
    """(earlier, update): two copies of data/ edited as the module docstring says."""
    from pack_factory import _dump, _load, _walk

    earlier, update = work / "earlier", work / "update"
    shutil.copytree(ROOT / "data", earlier)
    shutil.copytree(ROOT / "data", update)
    for path in sorted(earlier.rglob("*.yaml")):
        data = _load(path)
        touched = False
        for siblings, entry in list(_walk(data.get("entries") or [])):
            if entry["id"] == ADDED:
                siblings.remove(entry)
                touched = True
            elif entry["id"] == CHANGED:
                entry["title"] = "Resuming the Rajin-Khasan logistics project"
                entry["text"] = "Resuming the Rajin-Khasan logistics project in view of inter-Korean relations"
                touched = True
        if touched:
            _dump(path, data)
    for path in sorted(update.rglob("*.yaml")):
        data = _load(path)
        for siblings, entry in list(_walk(data.get("entries") or [])):
            if entry["id"] == REMOVED:
                siblings.remove(entry)
                _dump(path, data)
    return earlier, update


def main() -> int:
    os.environ["NPVIEWER_HOME"] = tempfile.mkdtemp(prefix="npviewer-shots-")
    work = Path(tempfile.mkdtemp(prefix="npviewer-editions-"))
    from npviewer.store.library import Library
    from npviewer.store.packs import make_pack
    from npviewer.store.signing import keygen
    from npviewer.store.trust import add_key
    from npviewer.store.updates import install_pack
    from npviewer.store.userdata import open_user_store

    key = work / "demo-publisher.key"  # a throwaway key: the demonstration packs install as signed ones do
    add_key(keygen(key, "Demonstration publisher")[0])
    earlier, update = editions(work)
    install_pack(make_pack(earlier, work, "2021.12.01", key)[0])
    store = open_user_store()
    lib = Library.open()
    for entry_id, note in NOTES.items():
        ref = lib.repo.ref(entry_id)
        assert ref is not None, entry_id
        store.add_bookmark(entry_id, ref.title)
        store.set_note(entry_id, note)
    lib.close()
    print(install_pack(make_pack(update, work, "2022.03.01", key)[0]).message)

    from PySide6.QtWidgets import QApplication

    from npviewer.app import create_main_window

    app = QApplication(sys.argv[:1])
    window = create_main_window(Library.open(), store)
    window.show()
    window.content_updates.load_changes()
    dialog = window.content_updates.dialog()
    assert dialog is not None
    dialog.resize(900, 640)
    for name, theme in (("whats-changed.png", "light"), ("whats-changed-dark.png", "dark")):
        window.act.theme(theme).trigger()  # View > Theme, as a user picks it
        for _ in range(30):
            app.processEvents()
        dialog.grab().save(str(OUT / name))
        print("saved", OUT / name)
    dialog.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
