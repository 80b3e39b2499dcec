"""Workshop > Open Voting… and Close Voting, for one window: the room's votes, live on the map.

:class:`VotingSession` is created by the main window. Opening voting asks where to serve the
page (:class:`~.dialogs.OpenVotingDialog`), fills a :class:`~valuechain_gui.workshop.BallotBox`
with the links, starts the :class:`~valuechain_gui.workshop.VotingServer` (off the GUI thread,
a fresh token each time) and shows the address for the room (:class:`~.dialogs.AddressView`).
While voting is open:

- each vote reaches the GUI thread through :class:`~.bridge.VoteBridge` and redraws that card's
  bar (:mod:`.overlay`) and the link's panel;
- the link presenter mode focuses is pushed as the box's ``current`` link;
- with "Close a Link's Voting When Its Status Is Set" ticked, tagging a link closes its voting
  (tagging it "unassessed" again, or undoing, opens it again);
- the links (names, statuses) the page lists follow the map;
- participants see each other's comments only when "Show the Room's Comments to Participants"
  is ticked.

Closing voting keeps the ballots in the project (one undoable step, ``document.edit.
record_votes``: the votes of this session replace those kept earlier for the same links) and
stops the server; so do leaving the project (New, Open, closing the window: before the
unsaved-changes question) and quitting the application.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from valuechain_gui.analysis.votes import discuss_order
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.changes.workshop import workshop_menu
from valuechain_gui.ui.text.messages import error_text
from valuechain_gui.ui.document.notifier import Connection, connect_all, disconnect_all
from valuechain_gui.errors import ValueChainError
from valuechain_gui.workshop import BallotBox, new_token
from .bridge import VoteBridge
from .dialogs import AddressView, OpenVotingDialog
from .overlay import VotesOverlay
from .texts import votes_html

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow
    from valuechain_gui.workshop.server import VotingServer


def _t(text: str) -> str:
    return QCoreApplication.translate("Voting", text)


class VotingSession(QObject):
    """The voting of ``window`` (see the module docstring).

    Attributes: ``box`` and ``server`` while voting is open (else None), ``bridge``,
    ``overlay`` (the bars of the current scene), ``address_view``; the actions
    ``act_open``, ``act_close``, ``act_show_address``, ``act_close_on_status`` and
    ``act_show_comments`` (checkable; off by default).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.box: BallotBox | None = None
        self.server: VotingServer | None = None
        self.address_view: AddressView | None = None
        self.overlay: VotesOverlay | None = None
        self._connections: tuple[Connection, ...] = ()
        self.bridge = VoteBridge(self)
        self.bridge.vote_cast.connect(self._on_vote)
        self.act_open = QAction(_t("Open &Voting…"), window)
        self.act_open.setStatusTip(_t("Let the room vote on the links from their phones"))
        self.act_open.triggered.connect(self.ask_and_open)
        self.act_show_address = QAction(_t("Show Voting &Address"), window)
        self.act_show_address.triggered.connect(self.show_address)
        self.act_close = QAction(_t("C&lose Voting"), window)
        self.act_close.setStatusTip(_t("Stop the voting page and keep the votes in the project"))
        self.act_close.triggered.connect(self.close_voting)
        self.act_close_on_status = QAction(
            _t("Close a Link's Voting When Its Status Is Set"), window)
        self.act_close_on_status.setCheckable(True)
        self.act_show_comments = QAction(_t("Show the Room's Comments to Participants"), window)
        self.act_show_comments.setCheckable(True)
        self.act_show_comments.setStatusTip(_t("Participants see each other's comments on the "
                                               "voting page (never their names)"))
        self.act_show_comments.toggled.connect(self._show_comments)
        menu = workshop_menu(window)
        menu.addSeparator()
        menu.addActions([self.act_open, self.act_show_address, self.act_close,
                         self.act_close_on_status, self.act_show_comments,
                         window.presenter.act_discuss_next])
        window.presenter.discussion_order = self.discussion_order
        window.presenter.focused_changed.connect(self._push_current)
        window.docks.properties_dock.votes_source = self.votes_text
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._update_actions()

    @property
    def active(self) -> bool:
        """Whether voting is open."""
        return self.server is not None

    # ------------------------------------------------------------------ document
    def follow_document(self) -> None:
        """The window shows another document: voting stops, the bars follow the new map."""
        self.stop()
        disconnect_all(self._connections)
        notifier = self.window.document.notifier
        self._connections = ((notifier.links_added, self._links_changed),
                             (notifier.links_removed, self._links_changed),
                             (notifier.links_changed, self._links_edited),
                             (notifier.stages_changed, self._links_changed))
        connect_all(self._connections)
        self.overlay = VotesOverlay(self.window.scene)
        self.window.scene.rebuilding.connect(self._redraw_later)

    def _redraw_later(self) -> None:
        """The cards are rebuilt (bars gone with them): draw the bars on the new ones."""
        QTimer.singleShot(0, self, self.redraw)

    # ------------------------------------------------------------------ opening, closing
    def ask_and_open(self) -> bool:
        """Workshop > Open Voting…: choose address and port, then open."""
        if self.active:
            self.show_address()
            return True
        dialog = OpenVotingDialog(self.window)
        if not dialog.exec():
            return False
        return self.open(dialog.host(), dialog.port())

    def open(self, host: str, port: int, show_address: bool = True) -> bool:
        """Serve the voting page on ``host``:``port`` (0: any free port) with a new token;
        False (and a message) when the server cannot start."""
        if self.active:
            return True
        # imported when voting opens: the web stack costs the window's start nothing
        from valuechain_gui.workshop.server import VotingServer

        box = BallotBox(self._links(), language=self.window.document.project.language)
        box.open_all()
        server = VotingServer(box, host, port, new_token())
        try:
            server.start()
        except (OSError, RuntimeError, ValueChainError) as error:
            QMessageBox.warning(self.window, _t("Open Voting"), _t(
                "The voting page cannot be served on {address}: {reason}").format(
                address=f"{host}:{port}", reason=error_text(error)))
            return False
        box.show_comments = self.act_show_comments.isChecked()
        self.box, self.server = box, server
        self.bridge.attach(box)
        presenter = self.window.presenter
        if presenter.active:
            box.set_current(presenter.focused_id)
        if show_address:
            self.show_address()
        self.window.statusBar().showMessage(
            _t("Voting is open at {url}").format(url=server.url), 8000)
        self._update_actions()
        self.redraw()
        return True

    def show_address(self) -> None:
        """The QR code and the address, in a window of their own (F11: full screen)."""
        if self.server is None:
            return
        if self.address_view is None:
            self.address_view = AddressView(self.server.url, self.window)
        self.address_view.show()
        self.address_view.raise_()

    def close_voting(self) -> bool:
        """Workshop > Close Voting: keep the ballots in the project, stop the server.
        True when votes were recorded."""
        if self.box is None:
            return False
        recorded = self.record()
        self.stop()
        if recorded:
            self.window.statusBar().showMessage(
                _t("Voting closed: the votes are kept in the project."), 8000)
        return recorded

    def record(self) -> bool:
        """Put the box's ballots into the project (one undoable step): this session's votes
        replace those kept earlier for the same links."""
        if self.box is None:
            return False
        fresh = self.box.all_votes(date.today())
        fresh = {k: v for k, v in fresh.items() if v.ballots}
        if not fresh:
            return False
        project = self.window.document.project
        merged = dict(project.votes)
        merged.update({k: v for k, v in fresh.items() if k in project.links})
        return self.window.document.edit.record_votes(merged)

    def stop(self) -> None:
        """Stop the server (the ballots not recorded are dropped) and take the bars off."""
        self.bridge.detach()
        server, self.server, self.box = self.server, None, None
        if server is not None:
            server.stop()
        if self.address_view is not None:
            self.address_view.close()
            self.address_view.deleteLater()
            self.address_view = None
        self._update_actions()
        self.redraw()

    def _update_actions(self) -> None:
        self.act_open.setEnabled(not self.active)
        self.act_close.setEnabled(self.active)
        self.act_show_address.setEnabled(self.active)

    # ------------------------------------------------------------------ live counts
    def _links(self) -> list[tuple[str, str, str]]:
        project = self.window.document.project
        return [(link.id, link.name, LinkStatus(link.status).value)
                for link in project.links.values()]

    def counts(self, link_id: str) -> dict[str, int]:
        """The live counts of ``link_id`` (vote token → number; empty when voting is closed)."""
        if self.box is None or link_id not in self.window.document.project.links:
            return {}
        return {str(vote): n for vote, n in self.box.counts(link_id).items()}

    def redraw(self) -> None:
        """Draw every card's bar from the box (none when voting is closed) and the panel."""
        if self.overlay is None:
            return
        if self.box is None:
            self.overlay.clear()
        else:
            self.overlay.show({i: self.counts(i) for i in self.window.document.project.links})
        self.window.docks.properties_dock.refresh_votes()

    def _on_vote(self, link_id: str) -> None:
        if self.overlay is not None and self.box is not None:
            self.overlay.show_link(link_id, self.counts(link_id))
        if link_id in self.window.docks.properties_dock.link_ids:
            self.window.docks.properties_dock.refresh_votes()

    def votes_text(self, link_id: str) -> str:
        """The properties panel's summary of ``link_id``'s votes: live while voting is open,
        else the votes kept in the project ("" when there are none)."""
        project = self.window.document.project
        link = project.links.get(link_id)
        if link is None:
            return ""
        if self.box is not None:
            live = self.box.all_votes(date.today()).get(link_id)
            if live is not None and live.ballots:
                return votes_html(self.counts(link_id), live.dissent(link.status), None, True)
        kept = project.votes.get(link_id)
        if kept is None or not kept.ballots:
            return ""
        return votes_html({str(v): n for v, n in kept.counts().items()},
                          kept.dissent(link.status), kept.on, False)

    def discussion_order(self) -> list[str]:
        """Presenter mode's "discuss next" order: the votes kept in the project, with this
        session's ballots in place of them where there are some."""
        project = self.window.document.project
        if self.box is None:
            return discuss_order(project)
        fresh = {k: v for k, v in self.box.all_votes(date.today()).items() if v.ballots}
        return discuss_order(_WithVotes(project, {**project.votes, **fresh}))

    def _show_comments(self, shown: bool) -> None:
        if self.box is not None:
            self.box.show_comments = shown

    # ------------------------------------------------------------------ following the map
    def _push_current(self, link_id: str | None) -> None:
        if self.box is not None:
            self.box.set_current(link_id if link_id in self.window.document.project.links
                                 else None)

    def _links_changed(self, *_args: object) -> None:
        if self.box is not None:
            self.box.set_links(self._links())
            self.redraw()

    def _links_edited(self, ids: tuple, fields: tuple) -> None:
        if self.box is None:
            self.window.docks.properties_dock.refresh_votes()
            return
        if {"name", "status"} & set(fields):
            self.box.set_links(self._links())
        if "status" in fields and self.act_close_on_status.isChecked():
            project = self.window.document.project
            for link_id in ids:
                link = project.links.get(link_id)
                if link is None:
                    continue
                if link.status == LinkStatus.UNASSESSED:
                    self.box.reopen_link(link_id)
                else:
                    self.box.close_link(link_id)
        self.window.docks.properties_dock.refresh_votes()


class _WithVotes:
    """A project seen with other votes (everything else is the project's): for ranking the
    links on live ballots without changing the project."""

    def __init__(self, project: Any, votes: dict[str, Any]) -> None:
        self._project, self.votes = project, votes

    def __getattr__(self, name: str) -> Any:
        return getattr(self._project, name)
