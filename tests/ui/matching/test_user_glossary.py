"""The app matches with the shipped glossary plus the user's additions kept in the partner
directory: Find partners, the recomposed chain and the exported Matches sheet all see the
correspondence a user pair makes."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QSettings

from valuechain_gui.directory import open_directory
from valuechain_gui.ui.directory.settings import directory_path
from valuechain_gui.ui.export import actions as export_actions
from valuechain_gui.ui.matching.attach_map import attach_map
from valuechain_gui.ui.matching.panel import COL_PARTNER, COL_SCORE

from partner_maps_testing import link_id, partner_window  # noqa: F401 - fixture

GNSS = "Positionnement GNSS-RTK"
PARTNER = "satnav_cluster"


def _attach_satnav(window, tmp_path) -> None:
    sheet = tmp_path / f"{PARTNER}.csv"
    sheet.write_text("Link;Stage;Status\nPrecise satellite positioning;Components;strong\n",
                     encoding="utf-8")
    assert attach_map(window.document, sheet)


def _find(window):
    window.scene.select_links([link_id(window, GNSS)])
    window.partners.act_find.trigger()
    dock = window.docks.matching_dock
    assert dock.link_id == link_id(window, GNSS)
    return dock


def _add_user_pair() -> None:
    with open_directory(directory_path(QSettings()), seed=False) as directory:
        directory.add_glossary_term("GNSS-RTK", "precise satellite positioning")


def test_find_partners_and_the_recomposed_chain_use_the_users_glossary(partner_window, qtbot,
                                                                       tmp_path):
    window = partner_window
    _attach_satnav(window, tmp_path)
    dock = _find(window)
    assert dock.tree.topLevelItemCount() == 0  # similarity 48 with the shipped glossary
    recomposed = window.docks.recomposed_dock
    recomposed.show()
    recomposed.raise_()
    qtbot.waitUntil(lambda: recomposed.chain is not None
                    and len(recomposed.chain.partner_ids) == 3)
    row = next(r for r in recomposed.chain.rows if r.name == GNSS)
    assert not row.filled
    _add_user_pair()
    dock = _find(window)
    top = dock.tree.topLevelItem(0)
    assert (top.text(COL_PARTNER), top.text(COL_SCORE)) == (f"1. {PARTNER}", "84")
    recomposed.refresh()
    row = next(r for r in recomposed.chain.rows if r.name == GNSS)
    assert row.filled


def test_the_workbook_exported_from_the_app_has_the_users_correspondence(partner_window,
                                                                         tmp_path):
    window = partner_window
    _attach_satnav(window, tmp_path)
    _add_user_pair()
    path = tmp_path / "plan.xlsx"
    report = export_actions.write_action_plan(window.document.project, path, False, window)
    sheet = load_workbook(path)[report.sheets[report.sheets.index("Correspondances")]]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert [GNSS, PARTNER, 84] in [[r[0], r[2], r[3]] for r in rows]
