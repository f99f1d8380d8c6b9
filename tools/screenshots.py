"""Takes the README's screenshots of the real window (run under Xvfb: ``xvfb-run -s "-screen 0
1920x1080x24" python tools/screenshots.py``; add ``--korean`` for the Korean window's). Uses a
throwaway user data dir."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(os.environ.get("NPVIEWER_SHOTS", Path(__file__).resolve().parents[1] / "docs" / "screenshots"))


def main() -> int:
    os.environ["NPVIEWER_HOME"] = tempfile.mkdtemp(prefix="npviewer-shots-")
    from PySide6.QtWidgets import QApplication

    from npviewer.app import create_main_window
    from npviewer.store.library import Library
    from npviewer.store.userdata import open_user_store

    korean = "--korean" in sys.argv[1:]
    app = QApplication(sys.argv[:1])
    if korean:
        from npviewer.ui.common.language import apply_language

        apply_language("ko")
    library = Library.open()
    store = open_user_store()
    store.add_bookmark("eastern-rajin-khasan", "Preparing to resume the Rajin-Khasan logistics project")
    store.set_note("eastern-rajin-khasan", "Ask about the timetable for resuming it.")
    window = create_main_window(library, store)
    shots = [
        ("main-1024x700.png", (1024, 700), "primorsky-krai", "Primorskiy", True),
        ("main-1366x768.png", (1366, 768), "eastern-rajin-khasan", "Rajin", True),
        ("main-1920x1080.png", (1920, 1080), "ru-fe-subcommittee-13", "", True),
        ("region-eastern.png", (1600, 1000), "eastern", "", True),
        ("region-western.png", (1600, 1000), "western", "", False),
        ("region-central.png", (1600, 1000), "central", "", False),
    ]
    if korean:
        shots = [("region-eastern-ko.png", (1600, 1000), "eastern", "", True)]
    for name, (width, height), entry, query, timeline in shots:
        window.resize(width, height)
        window.show()
        window.timeline_dock.setVisible(timeline)
        window.searcher.run(query)
        window.navigator.open(entry)
        for _ in range(30):
            app.processEvents()
        window.grab().save(str(OUT / name))
        print("saved", OUT / name)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
