"""A facilitator builds and tags a 20-link, 25-flow chain in French with key presses only
(QTest key events through the real window, offscreen), and the keyboard never gets trapped.

The build counts key presses, typed name characters and characters typed to choose a link by
the start of its name separately, and estimates the time at 0.3 s per key or character plus
2 s per operation (one undo step: a link added (with its flow for Shift+N), a flow, a tag, the
stage added and named): under 4 minutes and under 200 key presses without the names.
"""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from valuechain_gui.geometry import CARD_HEIGHT
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.document import new_document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.text import i18n

_K = Qt.Key
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_ALT = Qt.KeyboardModifier.AltModifier
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TAGS = {"1": LinkStatus.STRONG, "2": LinkStatus.WEAK, "3": LinkStatus.MISSING}


class Keyboard:
    """Key presses sent where Qt sends them (the open popup, else the focused widget),
    counted by kind."""

    def __init__(self, window) -> None:
        self.window = window
        self.keys = 0
        self.name_chars = 0
        self.prefix_chars = 0

    def target(self):
        if QApplication.activePopupWidget() is None and \
                QApplication.activeWindow() is not self.window:
            # what the window manager does when a popup closes (offscreen keeps the popup)
            with warnings.catch_warnings():  # deprecated, but the offscreen way to do it
                warnings.simplefilter("ignore", DeprecationWarning)
                QApplication.setActiveWindow(self.window)
            if QApplication.focusWidget() is None:
                self.window.view.setFocus()
        return (QApplication.activePopupWidget() or QApplication.focusWidget()
                or self.window.focusWidget() or self.window)

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys += 1
        QTest.keyClick(self.target(), key, modifiers)

    def press_when_popup(self, key: Qt.Key) -> None:
        """The next action opens a modal popup menu: ``key`` goes to it once it shows."""
        self.keys += 1

        def answer() -> None:
            popup = QApplication.activePopupWidget()
            if popup is None or not popup.isVisible():
                QTimer.singleShot(10, answer)
                return
            if popup.isVisible() and popup.activeAction() is None:
                popup.setActiveAction(popup.actions()[0])  # as a menu opened from the keyboard
            QTest.keyClick(popup, key)

        QTimer.singleShot(0, answer)

    def type(self, text: str) -> None:
        """Type characters as a French keyboard does (é is one key there; QTest.keyClicks
        only knows ASCII)."""
        for char in text:
            key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.target(), QKeyEvent(
                    kind, key, Qt.KeyboardModifier.NoModifier, char))

    def name(self, text: str) -> None:
        self.name_chars += len(text)
        self.type(text)

    def prefix(self, text: str) -> None:
        self.prefix_chars += len(text)
        self.type(text)


@pytest.fixture
def french_window(qapp, qtbot, tmp_path):
    translators = i18n.install_translators(qapp, "fr", cache_dir=tmp_path / "qm")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(new_document("fr"), language="fr", settings=settings,
                     remember_layout=False)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.view.setFocus()
    win.files.maybe_save = lambda: True
    yield win
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def test_a_tagged_20_link_25_flow_chain_from_the_keyboard_alone(french_window):
    win = french_window
    project = win.document.project
    kb = Keyboard(win)

    def link(name: str, tag: str, key=_K.Key_N, modifiers=Qt.KeyboardModifier.NoModifier):
        kb.press(key, modifiers)
        kb.name(name)
        kb.press(_K.Key_Return)
        kb.press(getattr(_K, f"Key_{tag}"))

    def flow(prefix: str, downstream: bool = True) -> None:
        kb.press(_K.Key_C, Qt.KeyboardModifier.NoModifier if downstream else _SHIFT)
        kb.prefix(prefix)
        kb.press(_K.Key_Return)

    def downstream(name: str, tag: str) -> None:
        link(name, tag, _K.Key_N, _SHIFT)

    def go_left() -> None:
        kb.press(_K.Key_Left, _ALT)

    # a seventh stage, named from the keyboard
    kb.press(_K.Key_N, _CTRL_SHIFT)
    kb.name("Recyclage")
    kb.press(_K.Key_Return)
    assert [s.name for s in project.stages][-1] == "Recyclage"
    # the backbone: N with no link focused asks the stage (1 = Recherche), then Shift+N
    kb.press_when_popup(_K.Key_1)
    link("Labo IA", "1")
    for name, tag in (("Lidar", "2"), ("Perception", "1"), ("Intégrateur", "2"),
                      ("Concession", "3"), ("Agriculture", "1"), ("Démontage", "3")):
        downstream(name, tag)
    go_left()  # Agriculture
    link("Mines", "1"); flow("co", False)
    link("Aéroports", "2"); flow("co", False)
    go_left()  # Concession
    link("Maintenance", "2"); flow("in", False); flow("mi"); flow("dé")
    link("Formation", "3"); flow("in", False)
    link("Location", "2"); flow("in", False); flow("aé")
    go_left()  # Intégrateur
    link("Essais", "3"); flow("pe", False); flow("in")
    go_left()  # Perception
    link("Motorisation", "2"); flow("in")
    link("Freinage", "1"); flow("in")
    go_left()  # Lidar
    link("Radar", "1"); flow("pe")
    link("Caméras", "2"); flow("pe")
    link("Batteries", "3"); flow("mo")
    link("Calculateurs", "2"); flow("pe"); flow("fr")
    go_left()  # Labo IA
    link("Labo capteurs", "1"); flow("ra"); flow("cam")

    names = {link.id: link.name for link in project.links.values()}
    stage = {link.name: project.stage(link.stage_id).name for link in project.links.values()}
    assert len(project.links) == 20 and len(project.flows) == 25
    assert all(link.status != LinkStatus.UNASSESSED for link in project.links.values())
    assert project.links[next(i for i, n in names.items() if n == "Démontage")].status == \
        LinkStatus.MISSING
    assert stage["Labo capteurs"] == "Recherche" and stage["Démontage"] == "Recyclage"
    assert stage["Calculateurs"] == "Composants" and stage["Aéroports"] == "Marchés finaux"
    flows = {(names[a], names[b]) for a, b in project.flows}
    assert {("Labo IA", "Lidar"), ("Agriculture", "Démontage"), ("Concession", "Mines"),
            ("Maintenance", "Démontage"), ("Location", "Aéroports"), ("Essais", "Intégrateur"),
            ("Calculateurs", "Freinage"), ("Labo capteurs", "Caméras")} <= flows
    # no card on another card, in any lane
    cards = sorted((link.stage_id, link.position[1]) for link in project.links.values())
    for (lane_a, y_a), (lane_b, y_b) in zip(cards, cards[1:]):
        assert lane_a != lane_b or y_b - y_a >= CARD_HEIGHT
    # the keyboard goes to the panels and back
    kb.press(_K.Key_Return, _ALT)  # the focused link's properties
    assert QApplication.focusWidget() is win.docks.properties_dock.name_edit
    assert win.panels.marked is win.docks.properties_dock
    kb.press(_K.Key_Escape)
    assert QApplication.focusWidget() is win.view and win.panels.marked is None

    operations = win.document.undo_stack.count()
    seconds = 0.3 * (kb.keys + kb.name_chars + kb.prefix_chars) + 2.0 * operations
    print(f"\nkeyboard-only chain: {kb.keys} key presses, {kb.name_chars} name characters, "
          f"{kb.prefix_chars} characters choosing links by name, {operations} operations: "
          f"estimated {seconds:.0f} s ({seconds / 60:.1f} min)")
    assert kb.keys < 200
    assert seconds < 240
