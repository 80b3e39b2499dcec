"""The table of the recomposed chain: our links (rows, grouped by stage) and each partner's status
for them (columns).

Rows are the stages' header rows, each followed by its links in map order (a stage without link
has no row). Column 0 is our link, drawn with our status; then one column per partner, the
partner's corresponding link drawn with its status there (empty when nothing corresponds); the
last column is the link *in the alliance*: strong when it is strong here or in a selected partner,
else our status. The cells carry their status in :data:`STATUS_ROLE` and the delegate
(:mod:`.delegate`) draws them like the map's cards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from valuechain_gui.analysis.recompose import PartnerCell, RecomposedChain, RecomposedRow
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.model.partners import Decision, Partner
from valuechain_gui.ui.text.labels import link_status_label

#: The status a cell is drawn with (a LinkStatus), or None for an empty cell.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on a stage's header row.
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
#: The link id of a link row.
LINK_ID_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


class RecomposedModel(QAbstractTableModel):
    """The recomposed chain as a read-only table (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.partners: list[Partner] = []
        self.chain: RecomposedChain | None = None
        self._rows: list[tuple[str, Any]] = []  # ("stage", name) or ("link", RecomposedRow)

    def show(self, project: Project | None, partners: list[Partner],
             chain: RecomposedChain | None) -> None:
        """Show ``chain`` (computed for ``project`` with ``partners`` as columns)."""
        self.beginResetModel()
        self.project, self.partners, self.chain = project, list(partners), chain
        self._rows = []
        if project is not None and chain is not None:
            by_stage: dict[str, list[RecomposedRow]] = {}
            for row in chain.rows:
                by_stage.setdefault(row.stage_id, []).append(row)
            for stage in project.stages:
                if by_stage.get(stage.id):
                    self._rows.append(("stage", stage.name))
                    self._rows += [("link", row) for row in by_stage[stage.id]]
        self.endResetModel()

    # ------------------------------------------------------------------ queries
    def is_header(self, row: int) -> bool:
        """True if ``row`` is a stage's header row."""
        return self._rows[row][0] == "stage"

    def link_row(self, link_id: str) -> int:
        """The row of link ``link_id`` (-1 if not shown)."""
        for i, (kind, item) in enumerate(self._rows):
            if kind == "link" and item.link_id == link_id:
                return i
        return -1

    def alliance_column(self) -> int:
        """The last column: the link in the alliance."""
        return len(self.partners) + 1

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.partners) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Our link")
            if section == self.alliance_column():
                return self.tr("In the alliance")
            return self.partners[section - 1].name
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == 0:
                return self.tr("Our link, with our status")
            if section == self.alliance_column():
                return self.tr("Strong when the link is strong here or in a selected partner")
            partner = self.partners[section - 1]
            return self.tr("{name}: map from {source}").format(
                name=partner.name, source=partner.map_source or "?")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, item = self._rows[index.row()]
        if kind == "stage":
            if role == HEADER_ROLE:
                return True
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return item
            return None
        row: RecomposedRow = item
        if role == LINK_ID_ROLE:
            return row.link_id
        if role == HEADER_ROLE:
            return False
        column = index.column()
        if column == 0:
            return self._ours(row, role)
        if column == self.alliance_column():
            return self._alliance(row, role)
        return self._cell(row.cells[column - 1], role)

    def _ours(self, row: RecomposedRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{link}: {status} here").format(
                link=row.name, status=link_status_label(row.status))
        return None

    def _alliance(self, row: RecomposedRow, role: int) -> Any:
        status = LinkStatus.STRONG if row.strong_somewhere else row.status
        names = {p.id: p.name for p in self.partners}
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if row.filled:
                return ", ".join(names.get(pid, pid) for pid in row.strong_in)
            return link_status_label(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.filled:
                return self.tr("{link} is {status} here, strong in: {partners}").format(
                    link=row.name, status=link_status_label(row.status),
                    partners=", ".join(names.get(pid, pid) for pid in row.strong_in))
            return link_status_label(status)
        return None

    def _cell(self, cell: PartnerCell | None, role: int) -> Any:
        if cell is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("No corresponding link in this partner's map")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.their_link
        if role == STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.decision is Decision.CONFIRMED:
                how = self.tr("correspondence confirmed")
            else:
                how = self.tr("similarity {n}").format(n=cell.similarity)
            return self.tr("{link}: {status} in their map ({how})").format(
                link=cell.their_link, status=link_status_label(cell.status), how=how)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
