"""Attach a partner's own map to a partner the project cites (or cite a new partner with it).

:func:`attach_map` reads the file (:func:`valuechain_gui.io.project.partner_map.load_partner_map`:
a ``.vchain`` or a spreadsheet in the import format) and stores its links and file name on the
partner through the document's edit API, one undo step. :func:`ask_and_attach` is the dialog
path: choose the file, then the partner (a cited partner of the same name is proposed first,
else a new partner named by the map); a file that cannot be read gets its message, nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from valuechain_gui.errors import ValueChainError
from valuechain_gui.model.partners import Partner
from valuechain_gui.ui.text.messages import error_text

if TYPE_CHECKING:  # the reader (the file schema, pydantic) is imported when a map is attached
    from valuechain_gui.io.project.partner_map import PartnerMapFile

#: File-dialog filter of partner maps.
MAP_SUFFIXES = "*.vchain *.xlsx *.xlsm *.csv"


def _t(text: str) -> str:
    return QCoreApplication.translate("AttachMap", text)


def attach_loaded(document: Any, loaded: PartnerMapFile,
                  partner_id: str | None = None) -> str | None:
    """Store ``loaded`` on partner ``partner_id``, or cite a new partner named by the map (None);
    one undo step. The partner's id, or None when the edit was refused."""
    edit = document.edit
    if partner_id is None:
        partner = Partner(loaded.name, map_links=list(loaded.links), map_source=loaded.source)
        edit.cite_partner(partner)
        return partner.id if partner.id in document.project.partners else None
    changed = edit.update_partner(partner_id, map_links=list(loaded.links),
                                  map_source=loaded.source)
    return partner_id if changed else None


def attach_map(document: Any, path: str | Path, partner_id: str | None = None) -> str | None:
    """Read the map at ``path`` and attach it (see :func:`attach_loaded`).

    Raises:
        ValueChainError: the file cannot be read as a map (nothing changed).
    """
    from valuechain_gui.io.project.partner_map import load_partner_map

    return attach_loaded(document, load_partner_map(path), partner_id)


def _same_name(document: Any, name: str) -> str | None:
    key = name.casefold().strip()
    return next((p.id for p in document.project.partners.values()
                 if p.name.casefold().strip() == key), None)


def ask_partner(parent: QWidget | None, document: Any, loaded: PartnerMapFile,
                partner_id: str | None = None) -> tuple[bool, str | None]:
    """Ask which partner gets the map: ``(chosen, partner id or None for a new partner)``."""
    if partner_id is not None:
        return True, partner_id
    cited = list(document.project.partners.values())
    if not cited:
        return True, None
    new_entry = _t("New partner: {name}").format(name=loaded.name)
    entries = [new_entry] + [p.name for p in cited]
    default = _same_name(document, loaded.name)
    current = 1 + [p.id for p in cited].index(default) if default is not None else 0
    choice, ok = QInputDialog.getItem(
        parent, _t("Attach a Partner's Map"),
        _t("Which partner mapped “{file}”?").format(file=loaded.source), entries, current, False)
    if not ok:
        return False, None
    index = entries.index(choice)
    return True, (None if index == 0 else cited[index - 1].id)


def ask_and_attach(parent: QWidget | None, document: Any,
                   partner_id: str | None = None) -> str | None:
    """The dialog path (see the module docstring); the partner's id, or None if cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, _t("Attach a Partner's Map"), "",
        _t("Value chains and spreadsheets ({suffixes})").format(suffixes=MAP_SUFFIXES))
    if not path:
        return None
    from valuechain_gui.io.project.partner_map import load_partner_map

    try:
        loaded = load_partner_map(path)
    except (ValueChainError, OSError) as error:
        QMessageBox.warning(parent, _t("Attach a Partner's Map"),
                            _t("{file} cannot be used as a partner's map:\n{reason}").format(
                                file=Path(path).name, reason=error_text(error)))
        return None
    chosen, target = ask_partner(parent, document, loaded, partner_id)
    if not chosen:
        return None
    return attach_loaded(document, loaded, target)
