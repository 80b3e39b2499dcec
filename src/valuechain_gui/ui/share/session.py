"""File > Share for Co-editing… and Stop Sharing, for one window: the map edited live with
other pôles through the relay.

:class:`ShareSession` is created by the main window. Sharing binds the document's project to a
:class:`~valuechain_gui.sync.replica.Replica` (a Y document on the GUI thread, based on the
state stored in the file at the last share, so whatever changed in the file since is a local
edit) and starts a :class:`~valuechain_gui.sync.live.LiveSession` (the network, in its own
thread, with its own document; they exchange update bytes through :class:`~.bridge.LiveBridge`).

- **Local edits**: every model change of the window (through the document's doorway, so also
  undo and redo) schedules one flush on the next turn of the event loop:
  ``replica.flush_local()`` gives the update bytes, ``live.send`` sends them (or keeps them
  while offline).
- **Remote edits**: ``replica.apply_remote_update`` brings them into the project as model
  operations, so the canvas and panels follow through the usual signals; nothing is pushed on
  the undo stack, and the document is modified (to be saved). When the result carries a
  reloaded project (a difference no operation makes, e.g. links reordered), the window takes a
  new document of it, keeping the file, the zoom and the scroll position.
- **Undo** undoes one's own edits only (:mod:`~valuechain_gui.ui.document.shared_undo` says
  how and why).
- **Presence**: one's name, colour and selected links go to the others; theirs are shown in the
  status bar (:mod:`.status`) and outlined on the map (:mod:`.overlay`).
- **Saving** stores the replica's document in the file as the base of the next merge, so the
  ``sync`` command and the app agree.

*Joining* takes the room's map instead: once the first exchange with the room is done, the
window shows a new, untitled document of it.
"""

from __future__ import annotations

import dataclasses
import zlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from valuechain_gui.errors import ValueChainError
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.document.notifier import Connection, connect_all, disconnect_all
from valuechain_gui.ui.text.messages import error_text
from .bridge import LiveBridge
from .overlay import PeerSelections
from .status import ShareStatus
from valuechain_gui.ui.document.shared_undo import UndoGuard

if TYPE_CHECKING:
    from pycrdt import Doc

    from valuechain_gui.sync.live import LiveSession
    from valuechain_gui.sync.replica import Replica
    from valuechain_gui.ui.shell.main_window import MainWindow
    from .dialog import ShareSettings

#: One colour per person: no green, amber, red or grey, the status colours of the cards.
PALETTE = ("#1f77b4", "#9467bd", "#e377c2", "#17becf", "#8c564b", "#393b79", "#c51b8a",
           "#00838f")


#: The shortest time between two presence messages (one's selection), in milliseconds.
PRESENCE_MS = 150


def _t(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def colour_of(name: str) -> str:
    """The colour of a person's name (the same on every machine)."""
    return PALETTE[zlib.crc32(name.encode("utf-8")) % len(PALETTE)]


class ShareSession(QObject):
    """The co-editing of ``window`` (see the module docstring).

    Attributes: ``settings`` (the :class:`~.dialog.ShareSettings` while sharing, else None),
    ``replica``, ``live``, ``bridge``, ``guard`` while sharing; ``status`` (the status bar's
    part), ``selections`` (the outlines of the current scene), ``peers`` (the others' states);
    the actions ``act_share`` and ``act_stop``; ``retry_delays``: the first and the longest
    wait between reconnection attempts, in seconds.
    """

    retry_delays = (0.5, 10.0)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings: ShareSettings | None = None
        self.replica: Replica | None = None
        self.live: LiveSession | None = None
        self.bridge: LiveBridge | None = None
        self.guard: UndoGuard | None = None
        self.peers: list[dict[str, Any]] = []
        self.selections: PeerSelections | None = None
        self._joining: Doc | None = None
        self._replacing = False
        self._connections: tuple[Connection, ...] = ()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)
        # a rubber-band selection changes many times a second: its presence goes out at most
        # every PRESENCE_MS (the relay closes a connection sending over 200 messages a second)
        self._presence_timer = QTimer(self)
        self._presence_timer.setSingleShot(True)
        self._presence_timer.setInterval(PRESENCE_MS)
        self._presence_timer.timeout.connect(self._send_presence)
        self.status = ShareStatus(window.status)
        window.status.insertPermanentWidget(0, self.status)
        self.act_share = QAction(_t("S&hare for Co-editing…"), window)
        self.act_share.setStatusTip(_t("Edit this map live with other clusters through a relay"))
        self.act_share.triggered.connect(self.ask_and_share)
        self.act_stop = QAction(_t("Stop Sharin&g"), window)
        self.act_stop.setStatusTip(_t("Leave the room; the map stays as it is now"))
        self.act_stop.triggered.connect(self.stop)
        menu = window.menus.file_menu
        menu.insertActions(window.menus.act_close, [self.act_share, self.act_stop])
        menu.insertSeparator(window.menus.act_close)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._update_actions()

    @property
    def active(self) -> bool:
        """Whether the window is sharing (or joining) a room."""
        return self.live is not None

    def me(self) -> dict[str, Any]:
        """One's own presence: name, colour and selected link ids."""
        if self.settings is None:
            return {}
        view_state = self.window.view_state
        return {"name": self.settings.name, "colour": colour_of(self.settings.name),
                "selection": list(view_state.selection) if view_state is not None else []}

    # ------------------------------------------------------------------ document
    def follow_document(self) -> None:
        """The window shows another document: sharing stops (unless this session replaced the
        document itself), the outlines follow the new map."""
        if not self._replacing:
            self.stop()
        disconnect_all(self._connections)
        self._connections = ()
        self.selections = PeerSelections(self.window.scene)
        self.window.scene.rebuilding.connect(self._outline_later)
        if self.replica is not None:
            self._bind(self.window.document)

    def _bind(self, document: Document) -> None:
        """Follow ``document``'s edits, saves and selection."""
        disconnect_all(self._connections)
        flush = [(signal, self._schedule_flush) for signal in document.notifier.every_change()]
        self._connections = tuple(flush) + (
            (document.notifier.links_added, self._outline_later),
            (document.about_to_save, self._store_base),
            (self.window.view_state.selection_changed, self._selection_changed))
        connect_all(self._connections)
        if self.guard is not None:
            self.guard.close()
        self.guard = UndoGuard(document.project, document.undo_stack, self._undo_cleared)

    # ------------------------------------------------------------------ starting, stopping
    def ask_and_share(self) -> bool:
        """File > Share for Co-editing…: ask where, then share (or join)."""
        from .dialog import ShareDialog

        if self.active:
            self.stop()
        from valuechain_gui.io.project.identity import project_id

        qsettings = QSettings()
        dialog = ShareDialog(project_id(self.window.document.project) or "",
                             relay=str(qsettings.value("sharing/relay", "")),
                             name=str(qsettings.value("sharing/name", "")),
                             token_file=str(qsettings.value("sharing/token_file", "")),
                             parent=self.window)
        if not dialog.exec() or dialog.settings() is None:
            return False
        qsettings.setValue("sharing/relay", dialog.settings().relay)
        qsettings.setValue("sharing/name", dialog.settings().name)
        qsettings.setValue("sharing/token_file", dialog.token_file_edit.text().strip())
        return self.start(dialog.settings())

    def start_from_command_line(self, request: dict[str, Any]) -> bool:
        """``--share``/``--join``: start, and print the room's address for the partner."""
        from valuechain_gui.sync.client import room_url
        from .dialog import ShareSettings

        started = self.start(ShareSettings(**request))
        if started and self.settings is not None:
            print(_t("Co-editing room: {address}").format(
                address=room_url(self.settings.relay, self.settings.room)), flush=True)
        return started

    def start(self, settings: ShareSettings) -> bool:
        """Share the window's map in ``settings.room`` (or join it); False when refused at once
        (the window says why)."""
        from valuechain_gui.sync.live import LiveSession
        from valuechain_gui.sync.replica import Replica
        from valuechain_gui.io.project.identity import project_id
        from valuechain_gui.sync.share import base_doc

        self.stop()
        document = self.window.document
        if settings.join:
            if not self.window.files.maybe_save():
                return False
            from pycrdt import Doc

            self._joining = Doc()
        else:
            if project_id(document.project) is None:
                project_id(document.project, create=True)  # the default room from now on
                document.mark_unsaved()
            if not settings.room:
                settings = dataclasses.replace(settings, room=project_id(document.project))
            try:
                self.replica = Replica(document.project, base_doc(document.project,
                                                                  str(document.path or "")))
            except ValueChainError as error:
                self.window.files.show_error(_t("Cannot share this map"), error)
                return False
        self.settings = settings
        self.bridge = LiveBridge(self)
        self.bridge.update_received.connect(self._on_update)
        self.bridge.status_changed.connect(self._on_status)
        self.bridge.peers_changed.connect(self._on_peers)
        self.live = LiveSession(settings.relay, settings.room, settings.token,
                                first_retry=self.retry_delays[0],
                                last_retry=self.retry_delays[1], **self.bridge.callbacks())
        self.live.set_presence(self.me())
        if self.replica is not None:
            self._bind(document)
            self.live.send(self.replica.state())
        self.live.start()
        self.status.show_people(self.me(), [])
        self._update_actions()
        return True

    def stop(self) -> None:
        """Leave the room: the map stays as it is; the people and outlines go."""
        self._flush_timer.stop()
        self._presence_timer.stop()
        if self.replica is not None and self.live is not None:
            self.flush()
        if self.bridge is not None:
            self.bridge.detach()
        live, self.live = self.live, None
        if live is not None:
            live.stop()
        if self.replica is not None:
            self.replica.close()
        if self.guard is not None:
            self.guard.close()
        self.replica = self.guard = self.bridge = self._joining = self.settings = None
        self.peers = []
        disconnect_all(self._connections)
        self._connections = ()
        if self.selections is not None:
            self.selections.clear()
        self.status.clear()
        self._update_actions()

    def _update_actions(self) -> None:
        self.act_stop.setEnabled(self.active)

    # ------------------------------------------------------------------ local edits out
    def _schedule_flush(self, *_args: object) -> None:
        if self.replica is not None:
            self._flush_timer.start()

    def flush(self) -> None:
        """Write the window's own edits into the replica and send them."""
        if self.replica is None or self.live is None:
            return
        update = self.replica.flush_local()
        if update is not None:
            self.live.send(update)

    def _store_base(self) -> None:
        from valuechain_gui.sync.share import store_base

        if self.replica is not None:
            self.flush()
            store_base(self.replica.project, self.replica.doc)

    # ------------------------------------------------------------------ remote edits in
    def _on_update(self, update: bytes) -> None:
        if self._joining is not None:
            self._joining.apply_update(update)
            return
        if self.replica is None or self.guard is None:
            return
        from valuechain_gui.sync.share import SyncError

        document = self.window.document
        try:
            with self.guard.remote():
                result = self.replica.apply_remote_update(update)
                if result.changed:
                    document.mark_unsaved()
        except SyncError as error:
            self.window.statusBar().showMessage(error_text(error), 8000)
            return
        if result.reloaded is not None:
            self._take_reloaded(result.reloaded)
        self._outline_later()

    def _take_reloaded(self, project: Any) -> None:
        """Show ``project`` (rebuilt from the room) in place of the document's, keeping the
        file, the zoom and the scroll position."""
        old = self.window.document
        view = self.window.view
        fitted, transform = view.keep_fitted, view.transform()
        centre = view.mapToScene(view.viewport().rect().center())
        document = Document(project, old.path, unsaved=True)
        document.file_version = old.file_version
        assert self.replica is not None
        self.replica.rebind(project)
        self._show(document)
        if not fitted:  # the user's zoom and place, not a fit of the new map
            view = self.window.view
            view.keep_fitted = False
            view.setTransform(transform)
            view.centerOn(centre)
            QTimer.singleShot(0, view, lambda: view.centerOn(centre))  # once laid out
        self._schedule_flush()

    def _show(self, document: Document) -> None:
        self._replacing = True
        try:
            self.window.set_document(document)
        finally:
            self._replacing = False

    def _joined(self) -> None:
        """The first exchange with the room is done: show its map in a new document."""
        from valuechain_gui.sync.replica import Replica
        from valuechain_gui.sync.share import SyncError

        state, self._joining = self._joining.get_update(), None
        try:
            self.replica = Replica.joined(state)
        except SyncError:
            room = self.settings.room if self.settings else ""
            self.stop()
            QMessageBox.warning(self.window, _t("Cannot join"), _t(
                "The room {room} holds no map yet: the cluster sharing it must share it first.")
                .format(room=room))
            return
        self._show(Document(self.replica.project, None, unsaved=True))
        self.flush()
        assert self.live is not None
        self.live.send(self.replica.state())

    # ------------------------------------------------------------------ state, people
    def _on_status(self, state: str, reason: str) -> None:
        from valuechain_gui.sync import live_states as live

        self.status.show_state(state, reason)
        if state == live.CONNECTED and self._joining is not None:
            self._joined()
        if state != live.CONNECTED:
            self._on_peers([])

    def _on_peers(self, peers: list) -> None:
        self.peers = [p for p in peers if isinstance(p, dict)]
        if self.settings is not None:
            self.status.show_people(self.me(), self.peers)
        if self.selections is not None:
            self.selections.show(self.peers)

    def _outline_later(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self._outline)

    def _outline(self) -> None:
        if self.selections is not None and self.active:
            self.selections.show(self.peers)

    def _selection_changed(self, link_ids: list, _origin: object) -> None:
        if self.live is not None and not self._presence_timer.isActive():
            self._presence_timer.start()

    def _send_presence(self) -> None:
        if self.live is not None:
            self.live.set_presence(self.me())

    def _undo_cleared(self) -> None:
        self.window.statusBar().showMessage(_t(
            "A partner changed what your last edits touched: your undo history was cleared."),
            10000)
