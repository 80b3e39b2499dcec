"""Two windows in one process co-edit the worked example through a relay on loopback: remote
retags shown, undo of one's own edits only, a partner's selection outlined, offline and back,
a wrong token refused, saving keeps the base of the next merge. Every wait is bounded."""

from __future__ import annotations

import base64

from pycrdt import Doc

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.sync.mirror import read_records
from valuechain_gui.sync.rebuild import project_from_doc
from valuechain_gui.sync.replica import RemoteResult
from valuechain_gui.ui.share.dialog import ShareSettings
from valuechain_gui.ui.share.overlay import PeerOutline

from sync_helpers import TOKEN

WAIT = 15000
LIDAR = "Capteurs LiDAR, radar et caméras"
GNSS = "Positionnement GNSS-RTK"


def _status(win, name: str) -> LinkStatus:
    project = win.document.project
    return project.link_by_name(name).status


def _share_both(windows, qtbot):
    a = windows.window("a", sample=True)
    b = windows.window("b", sample=False)
    assert a.sharing.start(windows.settings("Pôle A", join=False))
    qtbot.waitUntil(lambda: a.sharing.status.state == "connected", timeout=WAIT)
    assert b.sharing.start(windows.settings("Pôle B", join=True))
    qtbot.waitUntil(lambda: b.document.project.link_by_name(LIDAR) is not None, timeout=WAIT)
    return a, b


def test_two_windows_co_edit_the_worked_example(windows, qtbot):
    a, b = _share_both(windows, qtbot)
    assert len(b.document.project.links) == 27 == len(a.document.project.links)
    assert b.document.path is None and b.document.is_modified()  # to be saved where B wants
    lidar_before = _status(a, LIDAR)
    gnss_before = _status(b, GNSS)
    assert lidar_before != LinkStatus.WEAK and gnss_before != LinkStatus.STRONG

    lidar = a.document.project.link_by_name(LIDAR).id
    assert a.document.edit.set_status([lidar], LinkStatus.WEAK)  # a retag in A...
    qtbot.waitUntil(lambda: _status(b, LIDAR) == LinkStatus.WEAK, timeout=WAIT)
    assert b.scene.card(lidar).status == LinkStatus.WEAK  # ...shows on B's map
    assert b.document.undo_stack.count() == 0  # never on B's undo stack

    gnss = b.document.project.link_by_name(GNSS).id
    assert b.document.edit.set_status([gnss], LinkStatus.STRONG)
    qtbot.waitUntil(lambda: _status(a, GNSS) == LinkStatus.STRONG, timeout=WAIT)

    a.document.undo_stack.undo()  # A undoes its own retag only
    assert _status(a, LIDAR) == lidar_before and _status(a, GNSS) == LinkStatus.STRONG
    qtbot.waitUntil(lambda: _status(b, LIDAR) == lidar_before, timeout=WAIT)
    assert _status(b, GNSS) == LinkStatus.STRONG
    assert b.document.undo_stack.count() == 1  # B's own retag still there to undo

    a.view_state.select_links([lidar, gnss])  # A's selection, outlined on B's map
    qtbot.waitUntil(lambda: b.sharing.selections.outlined() == {lidar: ["Pôle A"],
                                                               gnss: ["Pôle A"]},
                    timeout=WAIT)
    outline = next(i for i in b.scene.items() if isinstance(i, PeerOutline))
    assert outline.parentItem() in (b.scene.card(lidar), b.scene.card(gnss))
    assert outline.colour.name() == a.sharing.me()["colour"]
    qtbot.waitUntil(lambda: b.sharing.status.people == ["Pôle B", "Pôle A"], timeout=WAIT)
    assert a.sharing.status.people == ["Pôle A", "Pôle B"]
    assert a.sharing.status.state_label.text() == "Connected"


def test_a_partner_deleting_what_undo_would_restore_clears_the_history(windows, qtbot):
    a, b = _share_both(windows, qtbot)
    lidar = a.document.project.link_by_name(LIDAR).id
    gnss = a.document.project.link_by_name(GNSS).id
    assert a.document.edit.set_status([gnss], LinkStatus.STRONG)  # elsewhere on the map
    qtbot.waitUntil(lambda: _status(b, GNSS) == LinkStatus.STRONG, timeout=WAIT)
    assert b.document.edit.set_status([lidar], LinkStatus.STRONG)  # B's edit of another link
    qtbot.waitUntil(lambda: _status(a, LIDAR) == LinkStatus.STRONG, timeout=WAIT)
    assert a.document.undo_stack.count() == 1  # untouched by B's edit elsewhere

    b.document.edit.remove_links([gnss])  # B deletes the link A's undo would retag
    qtbot.waitUntil(lambda: gnss not in a.document.project.links, timeout=WAIT)
    assert a.document.undo_stack.count() == 0 and not a.document.undo_stack.canUndo()
    assert "undo history was cleared" in a.statusBar().currentMessage()
    assert a.document.is_modified()


def test_offline_edits_appear_after_the_relay_restarts(windows, relay, qtbot):
    a, b = _share_both(windows, qtbot)
    relay.stop()
    for win in (a, b):
        qtbot.waitUntil(lambda win=win: win.sharing.status.state == "offline", timeout=WAIT)
    assert "kept" in a.sharing.status.state_label.text()
    lidar = a.document.project.link_by_name(LIDAR).id
    assert a.document.edit.set_status([lidar], LinkStatus.WEAK)  # made offline
    relay.start()
    qtbot.waitUntil(lambda: _status(b, LIDAR) == LinkStatus.WEAK, timeout=WAIT)
    # A's edit can reach B before A hears the room's answer that makes it "connected" (A
    # answers the room's first sync message with its edit before the room answers A's)
    qtbot.waitUntil(lambda: a.sharing.status.state == "connected", timeout=WAIT)


def test_a_wrong_token_is_refused(windows, qtbot):
    a = windows.window("a", sample=True)
    assert a.sharing.start(windows.settings("Pôle A", join=False, token="w" * 40))
    qtbot.waitUntil(lambda: a.sharing.status.state == "refused", timeout=WAIT)
    assert a.sharing.status.state_label.text() == "Refused: wrong token"


def test_shared_from_the_command_line_in_the_projects_room_and_saved_with_its_base(
        windows, qtbot, capsys):
    a = windows.window("a", sample=True)
    room = a.document.project.extra["id"]  # every project file has its id: the default room
    assert "crdt_state" not in a.document.project.extra  # never shared
    assert a.sharing.start_from_command_line({"relay": windows.relay.url, "room": "",
                                              "token": TOKEN, "name": "Pôle A", "join": False})
    assert capsys.readouterr().out == f"Co-editing room: {windows.relay.url}/{room}\n"
    b = windows.window("b", sample=False)
    assert b.sharing.start(ShareSettings(windows.relay.url, room, TOKEN, "Pôle B", True))
    qtbot.waitUntil(lambda: b.document.project.link_by_name(LIDAR) is not None, timeout=WAIT)
    lidar = b.document.project.link_by_name(LIDAR).id
    assert b.document.edit.set_status([lidar], LinkStatus.WEAK)
    qtbot.waitUntil(lambda: _status(a, LIDAR) == LinkStatus.WEAK, timeout=WAIT)
    a.document.save()
    saved = load_project(a.document.path)
    assert saved.extra["id"] and saved.link_by_name(LIDAR).status == LinkStatus.WEAK
    base = Doc()
    base.apply_update(base64.b64decode(saved.extra["crdt_state"]))
    assert read_records(base) == read_records(a.sharing.replica.doc)


def test_a_reloaded_project_replaces_the_document_keeping_file_and_view(windows, qtbot,
                                                                          monkeypatch):
    a, b = _share_both(windows, qtbot)
    replica = a.sharing.replica
    real = replica.apply_remote_update

    def reloading(update: bytes) -> RemoteResult:  # as for links reordered by a partner
        real(update)
        return RemoteResult(True, project_from_doc(replica.doc))

    monkeypatch.setattr(replica, "apply_remote_update", reloading)
    old, path = a.document, a.document.path
    a.view.set_zoom(0.7)
    a.view.center_on_link(a.document.project.link_by_name(LIDAR).id)
    centre = a.view.mapToScene(a.view.viewport().rect().center())
    lidar = b.document.project.link_by_name(LIDAR).id
    assert b.document.edit.set_status([lidar], LinkStatus.WEAK)
    qtbot.waitUntil(lambda: a.document is not old, timeout=WAIT)
    assert a.document.path == path and a.document.is_modified()
    assert a.document.project.links[lidar].status == LinkStatus.WEAK
    assert a.scene.card(lidar).status == LinkStatus.WEAK
    assert abs(a.view.zoom_factor() - 0.7) < 1e-9  # the zoom kept...
    qtbot.waitUntil(lambda: (a.view.mapFromScene(centre) - a.view.viewport().rect().center())
                    .manhattanLength() <= 2, timeout=WAIT)  # ...and the place (in pixels)
    assert a.sharing.replica.project is a.document.project and a.sharing.active
    gnss = a.document.project.link_by_name(GNSS).id
    assert a.document.edit.set_status([gnss], LinkStatus.STRONG)  # still shared
    qtbot.waitUntil(lambda: _status(b, GNSS) == LinkStatus.STRONG, timeout=WAIT)


def test_stop_sharing_leaves_the_map_and_the_room(windows, qtbot):
    a, b = _share_both(windows, qtbot)
    qtbot.waitUntil(lambda: b.sharing.status.people == ["Pôle B", "Pôle A"], timeout=WAIT)
    links = dict(a.document.project.links)
    assert a.sharing.act_stop.isEnabled()
    a.sharing.act_stop.trigger()
    assert not a.sharing.active and not a.sharing.act_stop.isEnabled()
    assert a.sharing.status.isHidden() and a.document.project.links == links
    qtbot.waitUntil(lambda: b.sharing.status.people == ["Pôle B"], timeout=WAIT)
    assert a.sharing.act_share in a.menus.file_menu.actions()


def test_a_burst_of_selection_changes_is_not_a_flood(windows, qtbot):
    """A rubber band changes the selection many times a second: the presence follows without
    sending a message each time (the relay closes a connection past 200 messages a second)."""
    a, b = _share_both(windows, qtbot)
    states: list[str] = []
    a.sharing.bridge.status_changed.connect(lambda state, _reason: states.append(state))
    ids = list(a.document.project.links)
    for i in range(1200):
        a.view_state.select_links([ids[i % len(ids)]])
    last = ids[1199 % len(ids)]
    qtbot.waitUntil(lambda: b.sharing.selections.outlined() == {last: ["Pôle A"]},
                    timeout=WAIT)
    assert "offline" not in states and a.sharing.status.state == "connected"
