"""The table of partners: one row per partner, read-only, filled in one reset.

Columns: name, kind, country, region, sectors, competences, latest validation, map (number of
links). Display texts are made once per reset (10,000 partners in a few tens of milliseconds)
so painting and filtering never rebuild them. :data:`PARTNER_ROLE` gives the
:class:`~valuechain_gui.model.partners.Partner` of a row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from valuechain_gui.directory import Validation
from valuechain_gui.model.partners import Partner
from valuechain_gui.ui.plan.labels import partner_kind_label

from .labels import sector_label

PARTNER_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, KIND, COUNTRY, REGION, SECTORS, COMPETENCES, VALIDATION, MAP = range(8)
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("PartnerTable", text)


class PartnerTableModel(QAbstractTableModel):
    """The partners of the directory (see the module docstring)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._partners: list[Partner] = []
        self._texts: list[tuple[str, ...]] = []
        self._validated: list[bool] = []
        self._headers = [_t("Name"), _t("Kind"), _t("Country"), _t("Region"), _t("Sectors"),
                         _t("Competences"), _t("Latest validation"), _t("Map")]

    def set_partners(self, partners: Sequence[Partner],
                     validations: Mapping[str, Validation]) -> None:
        """Show ``partners`` (in this order) with their latest validations."""
        self.beginResetModel()
        self._partners = list(partners)
        kinds: dict[object, str] = {}
        sectors: dict[object, str] = {}
        texts = []
        validated = []
        for partner in self._partners:
            kind = kinds.get(partner.kind) or kinds.setdefault(
                partner.kind, partner_kind_label(partner.kind))
            names = []
            for sector in partner.sectors:
                names.append(sectors.get(sector) or sectors.setdefault(sector,
                                                                       sector_label(sector)))
            validation = validations.get(partner.id)
            when = ""
            if validation is not None:
                when = validation.on.isoformat() + (f" ({validation.by})" if validation.by else "")
            texts.append((partner.name, kind, partner.country, partner.region, "; ".join(names),
                          "; ".join(partner.competences), when,
                          str(len(partner.map_links)) if partner.map_links else ""))
            validated.append(validation is not None)
        self._texts = texts
        self._validated = validated
        self.endResetModel()

    def partner(self, row: int) -> Partner:
        """The partner of ``row``."""
        return self._partners[row]

    def is_validated(self, row: int) -> bool:
        """True when the partner of ``row`` has a validation."""
        return self._validated[row]

    def texts(self, row: int) -> tuple[str, ...]:
        """The display texts of ``row``, by column."""
        return self._texts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._partners)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == PARTNER_ROLE:
            return self._partners[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
