"""The browsing tree as a lazy ``QAbstractItemModel`` over :class:`BrowseTree`.

Each row is a :class:`_Node` reached through ``internalPointer``. A node's children are asked of
the tree only when the view expands it (``canFetchMore``/``fetchMore``) and are inserted in
batches, so a store of 100,000 entries opens as fast as a small one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npviewer.i18n import translate
from npviewer.store.tree import BrowseTree, Path_, TreeNode
from npviewer.ui.common.icons import kind_icon
from npviewer.ui.common.plain import tooltip
from npviewer.ui.common.roles import ENTRY_ID_ROLE, KIND_ROLE, PATH_ROLE

BATCH = 500
AnyIndex = QModelIndex | QPersistentModelIndex


class _Node:
    """One row: the tree's node, its parent row, and its children fetched so far."""

    __slots__ = ("children", "item", "parent", "pending", "row")

    def __init__(self, item: TreeNode | None, parent: _Node | None, row: int) -> None:
        self.item = item
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        #: Children not fetched yet; None until the tree was asked.
        self.pending: list[TreeNode] | None = None

    @property
    def has_children(self) -> bool:
        return self.item is None or self.item.has_children

    def can_fetch(self) -> bool:
        return self.has_children and (self.pending is None or bool(self.pending))


class BrowseTreeModel(QAbstractItemModel):
    """Regions > countries > measures, and the groups, fetched one level at a time."""

    def __init__(self, tree: BrowseTree | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree = tree
        self._root = _Node(None, None, 0)

    def set_tree(self, tree: BrowseTree | None) -> None:
        """Show another store's tree (after the content was prepared or rebuilt)."""
        self.beginResetModel()
        self._tree = tree
        self._root = _Node(None, None, 0)
        self.endResetModel()

    # -- structure ---------------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel.index."""
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount: the rows fetched so far."""
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Override QAbstractItemModel.hasChildren: known without fetching them."""
        if parent.column() > 0:
            return False
        node = self._node(parent)
        if node.pending is not None and not node.pending:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Override QAbstractItemModel.canFetchMore."""
        return self._tree is not None and parent.column() <= 0 and self._node(parent).can_fetch()

    def fetchMore(self, parent: AnyIndex) -> None:
        """Override QAbstractItemModel.fetchMore: insert the next batch of children."""
        node = self._node(parent)
        if self._tree is None or not node.can_fetch():
            return
        if node.pending is None:
            path: Path_ = node.item.path if node.item is not None else ()
            node.pending = self._tree.children(path)
            if not node.pending:
                # Nothing below after all: tell the view the expander is gone.
                if parent.isValid():
                    self.dataChanged.emit(parent, parent)
                return
        batch, node.pending = node.pending[:BATCH], node.pending[BATCH:]
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(batch) - 1)
        node.children.extend(_Node(item, node, first + n) for n, item in enumerate(batch))
        self.endInsertRows()

    # -- data --------------------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid():
            return None
        item = self._node(index).item
        assert item is not None
        ref = item.ref
        if role == Qt.ItemDataRole.DisplayRole:
            return ref.title
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(ref.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(ref.title if item.is_group else f"{ref.title}\n{ref.kind_label}")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return translate("Tree", "Group") if item.is_group else ref.kind_label
        if role == ENTRY_ID_ROLE:
            return None if item.is_group else ref.id
        if role == KIND_ROLE:
            return ref.kind
        if role == PATH_ROLE:
            return list(item.path)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- lookups -----------------------------------------------------------------------------------

    def index_of_path(self, path: Path_) -> QModelIndex:
        """The index of the node at ``path``, fetching the levels above it; invalid if not found."""
        parent = QModelIndex()
        for depth in range(1, len(path) + 1):
            wanted = path[:depth]
            found = QModelIndex()
            node = self._node(parent)
            scanned = 0
            while True:
                for child in node.children[scanned:]:
                    if child.item is not None and child.item.path == wanted:
                        found = self.createIndex(child.row, 0, child)
                        break
                scanned = len(node.children)
                if found.isValid() or not self.canFetchMore(parent):
                    break
                self.fetchMore(parent)
            if not found.isValid():
                return QModelIndex()
            parent = found
        return parent
