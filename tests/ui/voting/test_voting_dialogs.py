"""The parts around a voting session: the address dialog, the bar's segments, leaving the
project while voting is open (the votes are kept before the unsaved-changes question), and the
export's "participants' names" question."""

from __future__ import annotations

import socket
import threading

from PySide6.QtWidgets import QMessageBox

from valuechain_gui.ui.export import actions as export_actions
from valuechain_gui.ui.voting.dialogs import OpenVotingDialog, qr_pixmap
from valuechain_gui.ui.voting.overlay import MIN_SEGMENT, segment_widths


def test_the_dialog_offers_loopback_and_a_free_port(qapp, qtbot):
    dialog = OpenVotingDialog()
    qtbot.addWidget(dialog)
    addresses = [dialog.address_combo.itemData(i) for i in range(dialog.address_combo.count())]
    assert addresses[-1] == "127.0.0.1"
    assert "127.0.0.1" not in addresses[:-1]  # LAN addresses first, loopback once
    with socket.socket() as probe:  # the port offered can be bound
        probe.bind(("127.0.0.1", dialog.port()))
    dialog.address_combo.setCurrentIndex(len(addresses) - 1)
    assert dialog.host() == "127.0.0.1"


def test_the_qr_code_fills_the_size_asked_in_whole_modules(qapp):
    pixmap = qr_pixmap("http://192.168.1.20:8765/?t=" + "x" * 43, 400)
    assert 300 <= pixmap.width() <= 400 and pixmap.width() == pixmap.height()
    image = pixmap.toImage()
    assert image.pixelColor(0, 0).name() == "#ffffff"  # the quiet zone
    assert image.pixelColor(pixmap.width() // 2, pixmap.height() // 2).isValid()


def test_segments_share_the_bar_in_proportion_never_below_the_marker():
    widths = dict(segment_widths({"strong": 6, "weak": 2, "missing": 0, "unknown": 0}, 168))
    assert set(widths) == {"strong", "weak"}
    assert abs(sum(widths.values()) - 168) < 1e-9
    assert widths["strong"] - MIN_SEGMENT == 3 * (widths["weak"] - MIN_SEGMENT)
    tight = dict(segment_widths({"strong": 50, "weak": 1, "missing": 1, "unknown": 1}, 168))
    assert min(tight.values()) >= MIN_SEGMENT
    assert segment_widths({}, 168) == []


def test_leaving_the_project_keeps_the_votes_before_asking_to_save(window, qtbot, monkeypatch):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    link = project.link_by_name("Intégration système").id
    worker = threading.Thread(target=win.voting.box.cast, args=("p1", link, "weak"))
    worker.start()
    worker.join(timeout=5)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "warning", answer)
    assert not win.files.maybe_save()  # e.g. File > Open, then Cancel
    assert not win.voting.active
    assert project.votes[link].counts()["weak"] == 1
    assert len(asked) == 1  # the recorded votes are among the changes to save


def test_the_names_question_is_asked_only_when_a_vote_carries_a_name(window, monkeypatch):
    from datetime import date

    from valuechain_gui.model.votes import Ballot, LinkVotes, Vote

    project = window.document.project
    link = project.link_by_name("Intégration système").id
    assert not export_actions.has_voter_names(project)
    window.document.edit.record_votes({link: LinkVotes(link, date(2026, 12, 4), (
        Ballot("p1", Vote.WEAK), Ballot("p2", Vote.STRONG, "", "Anne")))})
    assert export_actions.has_voter_names(project)
    texts: list[str] = []

    def run_box(box):
        texts.append(box.text())
        return box.defaultButton()
    monkeypatch.setattr(export_actions, "run_box", run_box)
    assert export_actions.ask_include_names(window) is False  # default: names left out
    assert "names" in texts[0]
