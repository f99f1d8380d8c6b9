"""Entry point for ``python -m npviewer`` and the frozen app.

``npviewer`` alone opens the window without importing the command line (its parser and the
commands' modules cost the first paint more than they do anything for it); any argument goes
through :func:`npviewer.cli.main`.
"""

import sys


def main() -> int:
    if len(sys.argv) <= 1:
        from npviewer.app import gui_main

        return gui_main()
    from npviewer.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
