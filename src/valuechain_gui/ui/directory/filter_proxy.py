"""Searching and filtering the partner table: text, country, sector, kind, validation.

The search text is looked for, accent- and case-insensitively, in a row's name, region,
competences and sectors (the row's texts are folded once per reset of the source model).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from valuechain_gui.model.enums import PartnerKind
from valuechain_gui.model.partners import Ecosystem

from .table_model import COMPETENCES, NAME, REGION, SECTORS, PartnerTableModel


def fold(text: str) -> str:
    """``text`` without accents, case-folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class PartnerFilter(QSortFilterProxyModel):
    """The partners shown: every filter set must match (None or "" means any)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._search = ""
        self.country: str | None = None
        self.sector: Ecosystem | None = None
        self.kind: PartnerKind | None = None
        self.validated: bool | None = None
        self._folded: list[str] = []

    def setSourceModel(self, model: PartnerTableModel) -> None:  # noqa: N802
        super().setSourceModel(model)
        model.modelReset.connect(self._fold_rows)
        self._fold_rows()

    def _fold_rows(self) -> None:
        model = self.sourceModel()
        self._folded = [fold(" ".join(model.texts(row)[c] for c in (NAME, REGION, COMPETENCES,
                                                                      SECTORS)))
                        for row in range(model.rowCount())]

    def set_filters(self, *, search: str | None = None, country: str | None = "",
                    sector: Ecosystem | None | str = "", kind: PartnerKind | None | str = "",
                    validated: bool | None | str = "") -> None:
        """Change the filters given (``""`` leaves one as it is), then filter again once."""
        modern = hasattr(self, "endFilterChange")  # Qt >= 6.10: invalidateFilter() deprecated
        if modern:
            self.beginFilterChange()
        if search is not None:
            self._search = fold(search.strip())
        if country != "":
            self.country = country or None
        if sector != "":
            self.sector = sector or None  # type: ignore[assignment]
        if kind != "":
            self.kind = kind or None  # type: ignore[assignment]
        if validated != "":
            self.validated = validated  # type: ignore[assignment]
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int,  # noqa: N802
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: PartnerTableModel = self.sourceModel()
        if self._search and self._search not in self._folded[row]:
            return False
        if self.country is None and self.sector is None and self.kind is None \
                and self.validated is None:
            return True
        partner = model.partner(row)
        return ((self.country is None or partner.country == self.country)
                and (self.sector is None or self.sector in partner.sectors)
                and (self.kind is None or partner.kind == self.kind)
                and (self.validated is None or model.is_validated(row) == self.validated))
