"""Voting in the window (offscreen, the real ballot box and server on 127.0.0.1): live counts
on the cards and in the link's panel, the presenter's focused link pushed to the page, closing
a link when its status is set, "discuss next", and closing voting keeping the votes in the
project (one undo step)."""

from __future__ import annotations

import threading
from datetime import date

from valuechain_gui.analysis.votes import discuss_order
from valuechain_gui.model import LinkStatus
from valuechain_gui.model.votes import Ballot, LinkVotes, Vote
from valuechain_gui.ui.voting.overlay import VoteBar


def _cast(box, *votes: tuple[str, str, str]) -> None:
    """Cast ``(participant, link id, vote)`` from another thread, as the server does."""
    def run() -> None:
        for participant, link_id, vote in votes:
            box.cast(participant, link_id, vote)
    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=5)


def _bars(win) -> dict[str, dict[str, int]]:
    return {item.link_id: item.counts for item in win.scene.items() if isinstance(item, VoteBar)}


def test_live_counts_on_the_cards_match_the_box(window, qtbot):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    box = win.voting.box
    lidar = project.link_by_name("Capteurs LiDAR, radar et caméras").id
    gnss = project.link_by_name("Positionnement GNSS-RTK").id
    _cast(box, ("p1", lidar, "strong"), ("p2", lidar, "weak"), ("p3", lidar, "weak"),
          ("p1", gnss, "unknown"))
    qtbot.waitUntil(lambda: _bars(win).get(lidar, {}).get("weak") == 2
                    and gnss in _bars(win), timeout=3000)
    bars = _bars(win)
    assert set(bars) == {lidar, gnss}
    assert bars[lidar] == {str(v): n for v, n in box.counts(lidar).items()}
    assert bars[lidar] == {"strong": 1, "weak": 2, "missing": 0, "unknown": 0}
    assert bars[gnss]["unknown"] == 1
    bar = next(i for i in win.scene.items() if isinstance(i, VoteBar) and i.link_id == lidar)
    assert bar.parentItem() is win.scene.card(lidar)  # drawn on the card, follows it
    assert bar.toolTip() == "3 votes: strong 1, weak 2, missing 0, don't know 0"

    _cast(box, ("p2", lidar, "missing"))  # a participant changes their vote
    qtbot.waitUntil(lambda: _bars(win)[lidar]["missing"] == 1, timeout=3000)
    assert _bars(win)[lidar] == {"strong": 1, "weak": 1, "missing": 1, "unknown": 0}

    win.scene.select_links([lidar])
    panel = win.docks.properties_dock
    assert panel.votes_label.isVisibleTo(panel)
    assert "3 votes" in panel.votes_label.text() and "<b>1</b>" in panel.votes_label.text()

    win.voting.stop()
    assert _bars(win) == {}  # the bars leave with the voting


def test_closing_voting_keeps_the_votes_in_the_project_and_undo_removes_them(window, qtbot):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    lidar = project.link_by_name("Capteurs LiDAR, radar et caméras")
    _cast(win.voting.box, ("p1", lidar.id, "strong"), ("p2", lidar.id, "weak"),
          ("p3", lidar.id, "weak"))
    qtbot.waitUntil(lambda: lidar.id in _bars(win), timeout=3000)
    depth = win.document.undo_stack.count()

    assert win.voting.close_voting()
    assert not win.voting.active
    assert win.document.undo_stack.count() == depth + 1  # one step
    kept = project.votes[lidar.id]
    assert kept.on == date.today()
    assert kept.counts()[Vote.WEAK] == 2 and kept.counts()[Vote.STRONG] == 1
    assert lidar.status == LinkStatus.MISSING
    assert kept.dissent(lidar.status) == 1.0  # no one voted "missing"
    win.scene.select_links([lidar.id])
    assert "3 votes" in win.docks.properties_dock.votes_label.text()  # kept votes shown

    win.document.undo_stack.undo()
    assert project.votes == {}
    win.document.undo_stack.redo()
    assert project.votes[lidar.id].counts()[Vote.WEAK] == 2


def test_presenter_pushes_the_focused_link_as_current(window, qtbot):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    box = win.voting.box
    win.presenter.enter(full_screen=False)
    first = win.presenter.focused_id
    assert first is not None and box.current == first
    win.presenter.step(1)
    assert win.presenter.focused_id != first
    assert box.current == win.presenter.focused_id
    lidar = project.link_by_name("Capteurs LiDAR, radar et caméras").id
    win.presenter.focus(lidar)
    assert box.current == lidar
    win.presenter.leave()
    assert box.current is None


def test_a_link_s_voting_closes_when_its_status_is_set_if_asked(window, qtbot):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    box = win.voting.box
    lidar = project.link_by_name("Capteurs LiDAR, radar et caméras").id
    gnss = project.link_by_name("Positionnement GNSS-RTK").id
    win.document.edit.set_status([gnss], LinkStatus.WEAK)
    assert box.is_open(gnss)  # the option is off by default
    win.voting.act_close_on_status.setChecked(True)
    win.document.edit.set_status([lidar], LinkStatus.STRONG)
    assert not box.is_open(lidar) and box.is_open(gnss)
    win.document.edit.set_status([lidar], LinkStatus.UNASSESSED)  # to be discussed again
    assert box.is_open(lidar)
    win.document.undo_stack.undo()  # strong again
    assert not box.is_open(lidar)


def test_discuss_next_steps_through_the_most_divided_links_first(window, qtbot):
    win, project = window, window.document.project
    strong = [k for k in project.links.values() if k.status == LinkStatus.STRONG][:2]
    weak = [k for k in project.links.values() if k.status == LinkStatus.WEAK][0]
    today = date(2026, 12, 4)

    def votes(link, *kinds: str) -> LinkVotes:
        return LinkVotes(link.id, today, tuple(Ballot(f"p{i}", Vote(v))
                                               for i, v in enumerate(kinds)))

    kept = {strong[0].id: votes(strong[0], "strong", "strong", "weak"),      # 1/3 differ
            strong[1].id: votes(strong[1], "missing", "weak", "strong"),     # 2/3 differ
            weak.id: votes(weak, "weak", "weak")}                            # 0
    assert win.document.edit.record_votes(kept)
    win.presenter.enter(full_screen=False)
    win.presenter.toggle_discuss_next()
    assert win.presenter.act_discuss_next.isChecked()
    order = win.presenter.order()
    assert order[:3] == [strong[1].id, strong[0].id, weak.id]
    assert order == discuss_order(project)
    assert win.presenter.focused_id == strong[1].id  # the most divided is discussed first
    win.presenter.step(1)
    assert win.presenter.focused_id == strong[0].id

    # live votes count too while voting is open: the weak link now divides the room most
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    _cast(win.voting.box, ("a", weak.id, "missing"), ("b", weak.id, "strong"),
          ("c", weak.id, "missing"))
    assert win.presenter.order()[0] == weak.id
    win.presenter.leave()


def test_removing_a_voted_link_takes_its_bar_and_its_entry_off(window, qtbot):
    win, project = window, window.document.project
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    box = win.voting.box
    sites = project.link_by_name("Sites d'essais").id
    hydraulics = project.link_by_name("Hydraulique mobile").id
    _cast(box, ("p1", sites, "weak"), ("p1", hydraulics, "strong"))
    qtbot.waitUntil(lambda: set(_bars(win)) == {sites, hydraulics}, timeout=3000)
    assert win.document.edit.remove_links([sites])
    assert set(_bars(win)) == {hydraulics}
    assert sites not in [entry[0] for entry in box.links()]  # the page no longer lists it
    win.document.undo_stack.undo()
    assert sites in [entry[0] for entry in box.links()]
    win.document.edit.layout()  # the cards move: the bars go with them
    qtbot.waitUntil(lambda: hydraulics in _bars(win), timeout=3000)
    bar = next(i for i in win.scene.items() if isinstance(i, VoteBar) and i.link_id == hydraulics)
    assert bar.parentItem() is win.scene.card(hydraulics)


def test_the_room_s_comments_are_shown_to_participants_only_when_ticked(window):
    win = window
    assert win.voting.open("127.0.0.1", 0, show_address=False)
    assert win.voting.box.show_comments is False
    win.voting.act_show_comments.setChecked(True)
    assert win.voting.box.show_comments is True
    win.voting.stop()
    assert win.voting.open("127.0.0.1", 0, show_address=False)  # the choice is kept
    assert win.voting.box.show_comments is True
