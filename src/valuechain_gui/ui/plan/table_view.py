"""The plan's table view: rows entering or leaving a tab move the rows under them on screen
instead of painting the whole table again.

A retag between weak and missing moves the link's actions from one plan tab to another: the
tab's filter proxy removes (or inserts) their rows. ``QTableView`` answers any change in the
number of rows by laying out and repainting its whole viewport (every visible cell asks the
model for seven roles through the proxy: ~5 ms for a 1,600 × 280 table). :class:`PlanTableView`
instead scrolls the part of the viewport under the changed rows by their height (Qt moves the
pixels already drawn, and any update still pending there, in the window's backing store) and
paints only what that uncovers: the rows inserted, or the rows that come into view at the
bottom. Rows removed or inserted below the viewport paint nothing; above it, or when the scroll
position must change, the view does what ``QTableView`` does. The picture is the same.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtWidgets import QTableView, QWidget
from shiboken6 import isValid


class PlanTableView(QTableView):
    """A ``QTableView`` that scrolls rows into place when rows are inserted or removed (see the
    module docstring); otherwise the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watched: QAbstractItemModel | None = None
        #: The insertion or removal under way, as (vertical offset of the view then, viewport y
        #: where the rows were or go, first row, last row, pixels the rows under them move:
        #: negative for a removal, None for an insertion until the rows exist); None: let
        #: QTableView lay the view out.
        self._pending: tuple[int, int, int, int, int | None] | None = None
        #: The rows were moved into place: the layout QTableView then runs repaints nothing.
        self._placed = False
        #: A full layout is needed (a reset, a layout or column change, rows that could not be
        #: moved into place): QTableView's own.
        self._full_layout = False

    def _signals(self, model: QAbstractItemModel) -> tuple:
        full = self._need_full_layout
        return (
            (model.rowsAboutToBeRemoved, self._before_remove),
            (model.rowsAboutToBeInserted, self._before_insert),
            (model.rowsRemoved, self._after_change), (model.rowsInserted, self._after_change),
            (model.layoutAboutToBeChanged, full), (model.modelAboutToBeReset, full),
            (model.rowsAboutToBeMoved, full), (model.columnsAboutToBeInserted, full),
            (model.columnsAboutToBeRemoved, full), (model.columnsAboutToBeMoved, full),
        )

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        """Show ``model`` and follow its insertions and removals of rows."""
        if self._watched is not None and isValid(self._watched):
            for signal, slot in self._signals(self._watched):
                signal.disconnect(slot)
        super().setModel(model)
        self._watched = model
        self._pending, self._placed, self._full_layout = None, False, True
        if model is not None:
            for signal, slot in self._signals(model):
                signal.connect(slot)

    def _need_full_layout(self, *_args: object) -> None:
        self._pending, self._full_layout = None, True

    def _row_top(self, row: int) -> int | None:
        """Viewport y of ``row``'s top, or of the bottom of the last row for ``row ==
        rowCount``; None when a spanning cell or a hidden row makes the arithmetic unsafe."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if row < count:
            if self.isRowHidden(row) or self.rowSpan(row, 0) != 1:
                return None
            return self.rowViewportPosition(row)
        if count == 0:
            return 0
        return self.rowViewportPosition(count - 1) + self.rowHeight(count - 1)

    def _height(self, first: int, last: int) -> int | None:
        """Pixels rows ``first``..``last`` take, or None when one of them is hidden."""
        rows = range(first, last + 1)
        if any(self.isRowHidden(row) for row in rows):
            return None
        return sum(self.rowHeight(row) for row in rows)

    def _before_remove(self, parent: QModelIndex | QPersistentModelIndex, first: int,
                       last: int) -> None:
        top = None if parent.isValid() or not self.isVisible() else self._row_top(first)
        height = None if top is None else self._height(first, last)
        self._pending = (None if height is None
                         else (self.verticalOffset(), top, first, last, -height))

    def _before_insert(self, parent: QModelIndex | QPersistentModelIndex, first: int,
                       last: int) -> None:
        top = None if parent.isValid() or not self.isVisible() else self._row_top(first)
        self._pending = None if top is None else (self.verticalOffset(), top, first, last, None)

    def _after_change(self, _parent: QModelIndex | QPersistentModelIndex, first: int,
                      last: int) -> None:
        """Rows were removed or inserted (QTableView has asked for its layout): move the rows
        under them by their height and paint what that uncovers."""
        pending, self._pending = self._pending, None
        if pending is None or pending[2:4] != (first, last) or self._full_layout:
            self._full_layout = True
            return
        offset, top, _first, _last, moved = pending
        if moved is None:  # inserted: the new rows now exist
            moved = self._height(first, last)
            if moved is None:
                self._full_layout = True
                return
        self.updateGeometries()  # scroll bar range, header: what QTableView's layout does
        if self.verticalOffset() != offset or top < 0:
            self._full_layout = True  # the rows in view are others: QTableView repaints all
            return
        self._placed = True
        viewport = self.viewport()
        if top < viewport.height() and moved:  # (below the rows in view: nothing changes)
            viewport.scroll(0, moved, QRect(0, top, viewport.width(), viewport.height() - top))

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt override
        """QTableView's layout, without repainting the viewport when the rows were moved into
        place (see :meth:`_after_change`)."""
        if self._placed and not self._full_layout:
            self._placed = False
            self.updateGeometries()
            header = self.verticalHeader()
            if not header.updatesEnabled():  # QTableView turns them off while rows are removed
                header.setUpdatesEnabled(True)
            return
        self._placed = self._full_layout = False
        super().doItemsLayout()


__all__ = ["PlanTableView"]
