"""Entry point for ``python -m npviewer`` and the frozen app."""

import sys

from npviewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
