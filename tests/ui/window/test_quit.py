"""Quitting leaves nothing behind in the log or on the terminal: the worker thread is stopped once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from npviewer.app import create_main_window
    from npviewer.store.library import Library
    from npviewer.store.userdata import open_user_store

    app = QApplication([])
    library = Library.open(Path(sys.argv[1]), Path(sys.argv[2]))
    store = open_user_store()
    window = create_main_window(library, store, threaded=True)
    app.aboutToQuit.connect(window.worker.shutdown)  # as run_gui does
    window.show()
    window.searcher.run("gas")
    QTimer.singleShot(300, window.close)
    QTimer.singleShot(400, app.quit)
    app.exec()
    library.close()
    store.close()
    print("QUIT", flush=True)
    """
)


def test_quitting_a_window_with_its_worker_running_says_nothing(mini_content: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(mini_content), str(tmp_path / "store.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "QUIT" in result.stdout, result.stderr
    noise = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert noise == []
