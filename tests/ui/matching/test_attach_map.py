"""Attaching a partner's map from the GUI: a new partner cited with it, or a cited partner's map
replaced, one undo step; a file that is not a map gets a clear message and changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.matching import attach_map as attach_module

from partner_maps_testing import FLEET, partner_window  # noqa: F401 - fixture


def test_the_two_maps_cite_two_partners_with_their_links(partner_window):
    partners = partner_window.document.project.partners
    fleet = partners[partner_window.fleet_id]
    assert fleet.name == "Fleet Robotics Cluster (illustrative)"
    assert fleet.map_source == "fleet_robotics_cluster.vchain"
    assert (fleet.map_links[0].name, fleet.map_links[0].status) == (
        "Chassis and mechanical structures", LinkStatus.MISSING)


def test_the_dialog_path_replaces_the_map_of_the_partner_of_the_same_name(
        partner_window, monkeypatch, tmp_path):
    window = partner_window
    sheet = tmp_path / "Fleet Robotics Cluster (illustrative).csv"
    sheet.write_text("Link;Stage;Status\nChassis and mechanical structures;Components;weak\n",
                     encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: (str(sheet), "")))
    offered = {}

    def get_item(parent, title, label, items, current, editable):
        offered.update(items=items, current=current)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    stack = window.document.undo_stack
    before = stack.count()
    assert window.partners.attach_map() == window.fleet_id
    assert offered["items"][offered["current"]] == "Fleet Robotics Cluster (illustrative)"
    fleet = window.document.project.partners[window.fleet_id]
    assert [(link.name, link.status) for link in fleet.map_links] == [
        ("Chassis and mechanical structures", LinkStatus.WEAK)]
    assert stack.count() == before + 1
    stack.undo()
    assert len(window.document.project.partners[window.fleet_id].map_links) == 8


def test_a_file_that_is_not_a_map_is_refused_with_its_reason(partner_window, monkeypatch,
                                                               tmp_path):
    window = partner_window
    bad = tmp_path / "notes.csv"
    bad.write_text("a;b\n1;2\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args: (str(bad), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    count = len(window.document.project.partners)
    before = window.document.undo_stack.count()
    assert attach_module.ask_and_attach(window, window.document) is None
    assert len(shown) == 1 and shown[0].startswith("notes.csv cannot be used as a partner's map")
    assert "Link" in shown[0]
    assert len(window.document.project.partners) == count
    assert window.document.undo_stack.count() == before
    assert FLEET.exists()
