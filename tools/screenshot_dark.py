"""Takes the README's dark-palette screenshot of the real window (run under Xvfb: ``xvfb-run -s
"-screen 0 1366x768x24" python tools/screenshot_dark.py [FOLDER]``): the application gets a dark
palette as a desktop's dark theme sets it (Breeze Dark's colours), with a search, an entry with its
sources, a bookmark and the timeline. Extra views (help, bookmarks, the map) go to FOLDER when given.
Uses a throwaway user data dir."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
#: Breeze Dark's colours for the roles a desktop sets.
DARK = {
    "Window": "#31363b",
    "WindowText": "#fcfcfc",
    "Base": "#232629",
    "AlternateBase": "#2a2e32",
    "Text": "#fcfcfc",
    "Button": "#31363b",
    "ButtonText": "#fcfcfc",
    "ToolTipBase": "#31363b",
    "ToolTipText": "#fcfcfc",
    "Link": "#1d99f3",
    "Highlight": "#3daee9",
    "HighlightedText": "#fcfcfc",
    "Mid": "#4d5357",
}


def main() -> int:
    os.environ["NPVIEWER_HOME"] = tempfile.mkdtemp(prefix="npviewer-dark-")
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    from npviewer.app import create_main_window
    from npviewer.store.library import Library
    from npviewer.store.userdata import open_user_store

    extra = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    app = QApplication(sys.argv[:1])
    palette = QPalette(app.palette())
    for role, colour in DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    app.setPalette(palette)
    library = Library.open()
    store = open_user_store()
    store.add_bookmark("eastern-rajin-khasan", "Preparing to resume the Rajin-Khasan logistics project")
    store.set_note("eastern-rajin-khasan", "Ask about the timetable for resuming it.")
    store.add_bookmark("no-such-entry", "A measure an update removed")
    window = create_main_window(library, store)

    def settle() -> None:
        for _ in range(30):
            app.processEvents()

    def save(widget: QWidget, path: Path) -> None:
        settle()
        widget.grab().save(str(path))
        print("saved", path)

    window.resize(1366, 768)
    window.show()
    window.timeline_dock.setVisible(True)
    window.searcher.run("Rajin")
    window.navigator.open("ru-fe-subcommittee-13")
    save(window, OUT / "dark-1366x768.png")
    if extra is not None:
        window.timeline_dock.setVisible(False)
        window.bookmarks_dock.setVisible(True)
        window.navigator.open("eastern")
        save(window, extra / "dark-eastern.png")
        window.navigator.open("eastern-rajin-khasan")
        save(window, extra / "dark-measure.png")
        from npviewer.ui.window.help import HelpDialog

        help_dialog = HelpDialog(window)
        help_dialog.show()
        save(help_dialog, extra / "dark-help.png")
        help_dialog.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
