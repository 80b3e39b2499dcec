"""The real application in a subprocess on a real X server, steered by the X11 tests.

Run as ``python x11_app_driver.py PROJECT LANG WIDTHxHEIGHT`` with ``QT_QPA_PLATFORM=xcb`` and
``DISPLAY`` set (see :mod:`x11_testing`). It opens ``PROJECT`` in a :class:`MainWindow` as the
application does (translators, settings in ``$XDG_CONFIG_HOME``), shows it at the given size and
answers one JSON line on stdout per command line read on stdin; the test sends the real key and
mouse events with ``xdotool``.

Commands (a word, then its argument: the rest of the line):

* ``state`` → counts of key presses and button releases the windows received (so the test
  knows its events were handled), the popup and modal window shown, actions triggered, undo stack, selection;
* ``menus`` → the menu bar: each menu's title, and each entry's id, text and mnemonic letter;
* ``probe`` → every action of the window and of the view records its triggering (by id) instead
  of doing its job, and is enabled: a menu entry can then be chosen without side effects;
* ``select NAME`` → select that link only, focus the map, activate the window;
* ``card NAME`` → screen geometry of a card and of its connection handle;
* ``flows`` → the project's flows as ``[upstream name, downstream name]`` pairs;
* ``close_popups`` → close any open menu and reject any modal dialog; ``clear`` → forget the
  actions triggered so far; ``fit`` → fit the map in the window; ``undo``;
* ``resize W H``, ``grab PATH`` (PNG of the window), ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSettings, QSocketNotifier
from PySide6.QtGui import QAction, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QMenu

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.ui.shell.app import make_application
from valuechain_gui.ui import style
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.text.i18n import install_translators
from valuechain_gui.ui.shell.main_window import MainWindow


class InputCounter(QObject):
    """Counts the key presses and mouse-button releases that reach the application's windows.

    Every key press first reaches the window as a ``ShortcutOverride`` event, even one that a
    shortcut then consumes; a key's release may be lost when the press closed the menu that
    had the keyboard, so presses are counted.
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys = 0
        self.buttons = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QWindow):
            if event.type() == QEvent.Type.ShortcutOverride:
                self.keys += 1
            elif event.type() == QEvent.Type.MouseButtonRelease and event.spontaneous():
                self.buttons += 1
        return False


class Driver:
    """The window and the command interpreter."""

    def __init__(self, project: Path, language: str, size: tuple[int, int]) -> None:
        self.app = make_application()
        self.translators = install_translators(self.app, language)
        settings = QSettings(str(Path(os.environ["XDG_CONFIG_HOME"]) / "x11.ini"),
                             QSettings.Format.IniFormat)
        self.window = MainWindow(open_document(project), language=language, settings=settings,
                                 remember_layout=False)
        self.window.resize(*size)
        self.window.show()
        self.window.activateWindow()
        self.counter = InputCounter()
        self.app.installEventFilter(self.counter)
        self.triggered: list[str] = []
        self.ids: dict[int, str] = {}
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read_command)

    # ------------------------------------------------------------------ helpers
    def action_id(self, action: QAction) -> str:
        """A stable name for an action: ``view:<key>`` for the map's, else the window's
        attribute name (``act_save_as``), else its text."""
        for key, act in self.window.view.canvas_actions.items():
            if act is action:
                return f"view:{key}"
        for name, value in vars(self.window).items():
            if value is action:
                return name
        return action.text()

    def all_actions(self) -> list[QAction]:
        found = list(self.window.findChildren(QAction)) + list(self.window.view.actions())
        return list(dict.fromkeys(found))

    def link_id(self, name: str) -> str:
        return self.window.document.project.link_by_name(name).id

    # ------------------------------------------------------------------ commands
    def cmd_state(self) -> dict:
        popup = QApplication.activePopupWidget()
        modal = QApplication.activeModalWidget()
        stack = self.window.document.undo_stack
        project = self.window.document.project
        handle = self.window.windowHandle()
        return {
            "keys": self.counter.keys, "buttons": self.counter.buttons,
            "exposed": bool(handle is not None and handle.isExposed()),
            "active": self.window.isActiveWindow(),
            "popup": None if popup is None else {
                "class": type(popup).__name__,
                "title": popup.title() if isinstance(popup, QMenu) else ""},
            "modal": None if modal is None else {"class": type(modal).__name__,
                                                 "title": modal.windowTitle()},
            "focus": type(QApplication.focusWidget()).__name__,
            "triggered": list(self.triggered),
            "undo": [stack.text(i) for i in range(stack.count())],
            "selected": [project.links[i].name for i in self.window.scene.selected_link_ids()],
            "links": len(project.links),
            "geometry": list(self.window.geometry().getRect()),
            "presenting": self.window.presenter.active,
        }

    def cmd_menus(self) -> list[dict]:
        menus = []
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if menu is None:
                continue
            entries = [{"id": self.action_id(act), "text": act.text(),
                        "mnemonic": _mnemonic(act.text()), "submenu": act.menu() is not None}
                       for act in menu.actions() if not act.isSeparator() and act.isVisible()]
            menus.append({"title": menu.title(), "mnemonic": _mnemonic(menu.title()),
                          "entries": entries})
        return menus

    def cmd_probe(self) -> dict:
        for action in self.all_actions():
            if action.menu() is not None:
                continue
            action_id = self.action_id(action)
            try:
                action.triggered.disconnect()
            except (RuntimeError, TypeError):
                pass
            action.triggered.connect(lambda _=False, i=action_id: self.triggered.append(i))
            action.setEnabled(True)
        self.window.undo_group.blockSignals(True)  # keeps Undo/Redo enabled
        return {"actions": len(self.all_actions())}

    def cmd_select(self, name: str) -> dict:
        self.window.scene.select_links([self.link_id(name)], center=True)
        self.window.activateWindow()
        self.window.view.setFocus()
        return self.cmd_state()

    def cmd_card(self, name: str) -> dict:
        view = self.window.view
        card = view.chain_scene.card(self.link_id(name))

        def screen(point: QPointF) -> list[int]:
            global_point = view.viewport().mapToGlobal(view.mapFromScene(point))
            return [global_point.x(), global_point.y()]

        zoom = view.zoom_factor()
        body = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        return {"handle": screen(card.mapToScene(card.handle_center())), "zoom": zoom,
                "handle_radius_px": style.HANDLE_RADIUS * zoom,
                "centre": screen(card.mapToScene(body.center())),
                "viewport": self.viewport_rect()}

    def viewport_rect(self) -> list[int]:
        viewport = self.window.view.viewport()
        top_left = viewport.mapToGlobal(viewport.rect().topLeft())
        return [top_left.x(), top_left.y(), viewport.width(), viewport.height()]

    def cmd_flows(self) -> list[list[str]]:
        project = self.window.document.project
        return [[project.links[up].name, project.links[down].name] for up, down in project.flows]

    def cmd_close_popups(self) -> dict:
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for _ in range(10):
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            modal.close()
        self.window.activateWindow()
        self.window.view.setFocus()
        return self.cmd_state()

    def cmd_fit(self) -> dict:
        self.window.fit_all()
        return {"zoom": self.window.view.zoom_factor()}

    def cmd_undo(self) -> dict:
        self.window.document.undo_stack.undo()
        return self.cmd_state()

    def cmd_clear(self) -> dict:
        self.triggered.clear()
        return self.cmd_state()

    def cmd_resize(self, size: str) -> dict:
        width, height = (int(value) for value in size.split())
        self.window.resize(width, height)
        return self.cmd_geometry()

    def cmd_geometry(self) -> dict:
        win = self.window
        status = win.statusBar()
        return {"size": [win.width(), win.height()],
                "minimum": [win.minimumSizeHint().width(), win.minimumSizeHint().height()],
                "status_bottom": status.geometry().bottom() if status.isVisible() else None}

    def cmd_grab(self, path: str) -> dict:
        return {"saved": self.window.grab().save(path, "PNG")}

    def cmd_quit(self) -> dict:
        self.window.document.undo_stack.setClean()
        self.window.files.maybe_save = lambda: True
        self.app.quit()
        return {"quit": True}

    # ------------------------------------------------------------------ loop
    def read_command(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self.app.quit()
            return
        word, _, rest = line.strip().partition(" ")
        try:
            reply = getattr(self, f"cmd_{word}")(*([rest] if rest else []))
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()

    def run(self) -> int:
        sys.stdout.write(json.dumps({"ready": True, "window": int(self.window.winId())}) + "\n")
        sys.stdout.flush()
        return self.app.exec()


def _mnemonic(text: str) -> str | None:
    """The letter after the single ``&`` of a menu text, lower-case (None without one)."""
    key = QKeySequence.mnemonic(text)
    if key.isEmpty():
        return None
    return QKeySequence(key[0].key()).toString().lower()


if __name__ == "__main__":
    width, height = (int(v) for v in sys.argv[3].split("x"))
    sys.exit(Driver(Path(sys.argv[1]), sys.argv[2], (width, height)).run())
