"""One handle on the content: the store made current, its repository, tree and search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from npviewer.store.opening import StoreStatus, ensure_store
from npviewer.store.repository import Repository, open_repository
from npviewer.store.tree import BrowseTree

if TYPE_CHECKING:
    from npviewer.store.build import ProgressFn
    from npviewer.store.provenance import Provenance
    from npviewer.store.search import SearchService


class Library:
    """The content store opened for reading on one thread."""

    def __init__(self, status: StoreStatus, lang: str = "en"):
        self.status = status
        self.repo: Repository = open_repository(status.path, immutable=status.immutable)
        self._search: SearchService | None = None
        self.tree = BrowseTree(self.repo)
        self.set_language(lang)

    @property
    def search(self) -> SearchService:
        """The search (made on first use: the window paints its tree before anyone searches)."""
        if self._search is None:
            from npviewer.store.search import SearchService

            self._search = SearchService(self.repo.conn)
            self._search.names = self.repo.names
            self._search.lang = self.repo.lang
        return self._search

    @property
    def provenance(self) -> Provenance:
        """Who vouches for this content (bundled, signed by whom, or unsigned): show ``provenance.label()``
        wherever its version is shown (About, the status bar, the brief's colophon)."""
        from npviewer.store.provenance import content_provenance

        return content_provenance(self.status.install_id or None, in_use=False)

    @property
    def language(self) -> str:
        """The language entries are named in (``en``, or ``ko`` for their Korean names)."""
        return self.repo.lang

    def set_language(self, lang: str) -> None:
        """Read the content in ``lang`` (``en`` or ``ko``) from now on, in every record the repository,
        the tree and search return (search still finds both languages)."""
        self.repo.set_language(lang)
        if self._search is not None:
            self._search.names = self.repo.names
            self._search.lang = lang

    @classmethod
    def open(
        cls, directory: Path | None = None, target: Path | None = None, progress: ProgressFn | None = None
    ) -> Library:
        """Make sure the store matches the content files (building it if not) and open it."""
        return cls(ensure_store(directory, target, progress))

    def reopen(self) -> Library:
        """Another handle on the same store (in the same language), for another thread."""
        return Library(self.status, self.language)

    def close(self) -> None:
        self.repo.close()
