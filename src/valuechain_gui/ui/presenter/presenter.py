"""Presenter mode (F5 / View > Present; Escape leaves): the map for a room at a projector.

Entering hides the menu bar, the tool bars, the panels and the status bar, goes full screen and
puts the :class:`~.band.PresenterBand` over the map, and draws the map in high contrast
(:func:`style.set_high_contrast`); leaving puts back exactly what was there
(``QMainWindow.saveState``/``restoreState``, the window state, the zoom and scroll, the colours).

One link is under discussion: it is selected, centred and drawn larger (its card scaled about
a corner or edge so its name is at least :data:`FOCUS_NAME_PX` screen pixels high, over as little
of the other cards as can be and never over the stage headers, lifted above the map by a shadow),
and the zoom keeps
its upstream and downstream neighbours in view where the screen allows, never below the zoom at
which every card name is :data:`MIN_NAME_PX` high. Right / Space step to the next link in chain
order (upstream to downstream, lane by lane), Left to the previous one, A toggles "still to
assess only", D toggles "discuss next" (the links the room's votes divide most first, see
:func:`~valuechain_gui.analysis.votes.discuss_order`); 1/2/3/0/S tag as everywhere (the map's
own keys, undoable); T sets the agenda timer shown in the band. Each link focused is announced
by ``focused_changed`` (the voting pushes it to the participants' page).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QTransform
from PySide6.QtWidgets import QGraphicsDropShadowEffect, QGraphicsView, QToolBar

from valuechain_gui.analysis.votes import discuss_order
from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, LANE_HEADER_HEIGHT
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.canvas.interactions.navigation import chain_order
from .band import PresenterBand
from .timer import AgendaTimer, ask_timer

if TYPE_CHECKING:
    from valuechain_gui.ui.canvas.items import LinkCard
    from valuechain_gui.ui.shell.main_window import MainWindow

#: Screen height (px) of the focused link's name, and of every other card name on screen.
FOCUS_NAME_PX = 40.0
MIN_NAME_PX = 18.0
#: Headroom over those minimums (rounding of fonts and transforms).
HEADROOM = 1.08
#: The zoom never goes past this to show neighbours (past it the map loses its context).
MAX_PRESENTER_ZOOM = 2.2
#: canvas keys that move cards: off while presenting (the arrows step through links instead).
MOVE_KEYS = ("left", "right", "up", "down")
#: How long the window manager has to make the window full screen before it is done by hand.
FILL_SCREEN_DELAY_MS = 400
#: Scene pixels kept between the enlarged card and the stage headers.
HEADER_CLEARANCE = 6.0


def enlarged_rect(card: LinkCard, origin: QPointF, scale: float) -> QRectF:
    """Scene rectangle of ``card`` scaled ``scale`` times about ``origin`` (item coordinates)."""
    x, y = card.pos().x(), card.pos().y()
    return QRectF(x + origin.x() * (1 - scale), y + origin.y() * (1 - scale),
                  CARD_WIDTH * scale, CARD_HEIGHT * scale)


def _covered(rect: QRectF, others: list[QRectF]) -> tuple[float, float]:
    """How much of ``others`` ``rect`` hides: the largest share of one of them, and the sum
    of the shares (1 = a whole card)."""
    worst = total = 0.0
    for other in others:
        common = rect.intersected(other)
        if not common.isEmpty():
            share = common.width() * common.height() / max(other.width() * other.height(), 1.0)
            worst, total = max(worst, share), total + share
    return worst, total


def best_origin(card: LinkCard, scale: float, others: list[QRectF]) -> QPointF:
    """The point of ``card`` (a corner, an edge's middle, the centre, or the height that just
    clears the headers) to enlarge it about:
    the one whose enlarged card stays below the stage headers and hides the least of any one
    of the ``others`` (scene rectangles of the other cards), then the least of them all; the
    nearest the centre on a tie."""
    best, best_key = QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2), None
    # also the origin that puts the enlarged card's top just under the headers
    just_under = (card.pos().y() - LANE_HEADER_HEIGHT - HEADER_CLEARANCE) / max(scale - 1, 1e-6)
    for fy in (0.5, 0.0, 1.0, min(max(just_under / CARD_HEIGHT, 0.0), 1.0)):
        for fx in (0.5, 0.0, 1.0):
            origin = QPointF(CARD_WIDTH * fx, CARD_HEIGHT * fy)
            big = enlarged_rect(card, origin, scale)
            below_header = big.top() >= LANE_HEADER_HEIGHT + HEADER_CLEARANCE
            worst, total = _covered(big, others)
            key = (not below_header, round(worst, 2), round(total, 2),
                   abs(fx - 0.5) + abs(fy - 0.5))
            if best_key is None or key < best_key:
                best, best_key = origin, key
    return best


def _t(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


def name_pixels(view: QGraphicsView, card: LinkCard) -> float:
    """Screen height (px) of the card's name font as the view shows it (zoom and card scale)."""
    return style.card_font().pixelSize() * abs(card.deviceTransform(
        view.viewportTransform()).m22())


def _clamp(value: float, low: float, high: float, fallback: float) -> float:
    """``value`` clamped to [low, high]; ``fallback`` when the range is empty."""
    return fallback if low > high else min(max(value, low), high)


class PresenterMode(QObject):
    """Presenter mode of ``window`` (see the module docstring).

    Attributes:
        active: whether the window presents.
        only_unassessed: step through "still to assess" links only.
        discuss_next: step through the links most divided by the room's votes first.
        discussion_order: gives that order (default: the votes kept in the project; the open
            voting replaces it to count the live votes too).
        focused_id: the link under discussion, or None.
        timer: the :class:`AgendaTimer` (it runs in and out of presenter mode).
        band: the :class:`PresenterBand` while presenting, else None.
        act_present, act_timer: View > Present (F5) and View > Timer… (T while presenting too).
    """

    #: the link under discussion changed (its id, or None when presenting stops)
    focused_changed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.only_unassessed = False
        self.discuss_next = False
        self.discussion_order: Callable[[], list[str]] = \
            lambda: discuss_order(self.window.document.project)
        self.focused_id: str | None = None
        self.timer = AgendaTimer(self)
        self.band: PresenterBand | None = None
        self._band_bar: QToolBar | None = None
        self._saved: dict | None = None
        self._scaled: LinkCard | None = None
        self._scaled_z = 10.0
        self.act_present = self._action(_t("Pr&esent"), ["F5"], self.toggle, always=True)
        self.act_present.setStatusTip(_t("Full-screen map in large type for the room"))
        self.act_timer = self._action(_t("Agenda &Timer…"), [], self.ask_timer, always=True)
        self.act_timer_key = self._action("", ["T"], self.ask_timer)
        self.act_next = self._action("", ["Right", "Space"], lambda: self.step(1))
        self.act_previous = self._action("", ["Left"], lambda: self.step(-1))
        self.act_leave = self._action("", ["Escape"], self.leave)
        self.act_filter = self._action("", ["A"], self.toggle_unassessed)
        self.act_discuss_next = self._action(_t("&Discuss Most Divided Links First"), [],
                                             self.toggle_discuss_next, always=True)
        self.act_discuss_next.setCheckable(True)
        self.act_discuss_key = self._action("", ["D"], self.toggle_discuss_next)
        self.act_discuss_next.setStatusTip(_t("In presenter mode, step through the links the "
                                              "room's votes divide most first"))
        self.timer.ticked.connect(lambda _s: self._show_timer())
        self.timer.finished.connect(self._timer_finished)

    def _action(self, text: str, keys: list[str], slot, always: bool = False) -> QAction:
        act = QAction(text, self.window)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        act.setEnabled(always)
        self.window.addAction(act)
        return act

    def _presenter_keys(self) -> list[QAction]:
        return [self.act_next, self.act_previous, self.act_leave, self.act_filter,
                self.act_timer_key, self.act_discuss_key]

    # ------------------------------------------------------------------ entering and leaving
    def toggle(self) -> None:
        """F5: enter presenter mode, or leave it."""
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self, full_screen: bool = True) -> None:
        """Present: hide the window's bars and panels, show the band, focus a link."""
        w = self.window
        if self.active:
            return
        view = w.view
        self._saved = {
            "state": QByteArray(w.saveState()), "window_state": w.windowState(),
            "geometry": QByteArray(w.saveGeometry()),
            "menu": w.menuBar().isVisible(), "status": w.statusBar().isVisible(),
            "transform": QTransform(view.transform()),
            "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            "fitted": view.keep_fitted,
            "bars": (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
        }
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.active = True
        for dock in w.docks.all():
            dock.hide()
        for bar in w.findChildren(QToolBar):
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        self.band = PresenterBand()
        self._band_bar = QToolBar(_t("Presenter band"), w)
        self._band_bar.setObjectName("presenter_band_bar")
        self._band_bar.setMovable(False)
        self._band_bar.setFloatable(False)
        self._band_bar.addWidget(self.band)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._band_bar)
        for key in MOVE_KEYS:
            view.canvas_actions[key].setEnabled(False)
        for act in self._presenter_keys():
            act.setEnabled(True)
        document = w.document
        document.notifier.links_changed.connect(self._refresh_band)
        document.notifier.links_added.connect(self._refresh_band)
        document.notifier.links_removed.connect(self._on_removed)
        document.gap_reports.gap_report_changed.connect(self._refresh_band)
        w.scene.links_selection_changed.connect(self._follow_selection)
        view.interactions.editing_changed.connect(self._on_editing)
        view.viewport().installEventFilter(self)  # the screen settles: zoom again
        w.installEventFilter(self)  # the window closes: leave (the colours are process-wide)
        style.set_high_contrast(True)
        self._restyle()
        if full_screen:
            w.showFullScreen()
            # where nothing makes the window full screen (an X server without a window
            # manager, a kiosk), cover the screen by hand
            QTimer.singleShot(FILL_SCREEN_DELAY_MS, self._fill_screen)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        selected = w.scene.selected_link_ids()
        order = self.order()
        self._refresh_band()
        self._show_timer()
        self.focus(selected[-1] if selected else (order[0] if order else None))

    def leave(self) -> None:
        """Escape: put back the bars, panels, window state, zoom and selection."""
        w, saved = self.window, self._saved
        if not self.active or saved is None:
            return
        self.active = False
        w.view.viewport().removeEventFilter(self)
        w.removeEventFilter(self)
        self._unscale()
        style.set_high_contrast(False)
        self._restyle()
        document = w.document
        for signal, slot in ((document.notifier.links_changed, self._refresh_band),
                             (document.notifier.links_added, self._refresh_band),
                             (document.notifier.links_removed, self._on_removed),
                             (document.gap_reports.gap_report_changed, self._refresh_band),
                             (w.scene.links_selection_changed, self._follow_selection),
                             (w.view.interactions.editing_changed, self._on_editing)):
            signal.disconnect(slot)
        for act in self._presenter_keys():
            act.setEnabled(False)
        view = w.view
        for key in MOVE_KEYS:
            view.canvas_actions[key].setEnabled(True)
        if self._band_bar is not None:
            w.removeToolBar(self._band_bar)
            self._band_bar.deleteLater()
        self._band_bar, self.band = None, None
        w.setWindowState(saved["window_state"])
        w.restoreGeometry(saved["geometry"])
        w.restoreState(saved["state"])
        w.menuBar().setVisible(saved["menu"])
        w.statusBar().setVisible(saved["status"])
        view.setHorizontalScrollBarPolicy(saved["bars"][0])
        view.setVerticalScrollBarPolicy(saved["bars"][1])
        view.setTransform(saved["transform"])
        view.horizontalScrollBar().setValue(saved["scroll"][0])
        view.verticalScrollBar().setValue(saved["scroll"][1])
        view.keep_fitted = saved["fitted"]
        self._saved = None
        self.focused_id = None
        self.focused_changed.emit(None)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The map's size changed (bars hidden, full screen reached): zoom for the new size;
        the window closes: leave presenter mode."""
        if self.active and watched is self.window and event.type() == QEvent.Type.Close:
            self.leave()
        elif self.active and event.type() == QEvent.Type.Resize and watched is not self.window:
            self.focus(self.focused_id)
        return False

    def _fill_screen(self) -> None:
        """Give the window the whole screen if it is full screen in name only."""
        w = self.window
        screen = w.screen().geometry()
        if self.active and w.isFullScreen() and w.geometry() != screen:
            w.setGeometry(screen)

    def _restyle(self) -> None:
        """Repaint the map in the current colours (cards cache their pictures)."""
        scene = self.window.scene
        for card in scene.cards():
            card.update()
        for arrow in scene.arrows():
            arrow.restyle()
        for lane in scene.lanes():
            lane.update()

    # ------------------------------------------------------------------ stepping
    def order(self) -> list[str]:
        """The links stepped through: chain order, only the unassessed ones if so toggled."""
        project = self.window.document.project
        order = chain_order(project)
        if self.discuss_next:
            known = set(order)
            order = [i for i in self.discussion_order() if i in known]
        if self.only_unassessed:
            order = [i for i in order if project.links[i].status == LinkStatus.UNASSESSED]
        return order

    def step(self, delta: int) -> None:
        """Right/Space (+1), Left (−1): the next / previous link of :meth:`order` (wraps)."""
        order = self.order()
        if not order:
            self._refresh_band()
            return
        full = order if self.discuss_next else chain_order(self.window.document.project)
        current = self.window.scene.selected_link_ids()
        current = current[-1] if current else self.focused_id
        if current not in full:
            self.focus(order[0] if delta > 0 else order[-1])
            return
        at = full.index(current)
        chosen = set(order)
        for k in range(1, len(full) + 1):
            candidate = full[(at + delta * k) % len(full)]
            if candidate in chosen:
                self.focus(candidate)
                return

    def toggle_discuss_next(self) -> None:
        """D: step through the links most divided by the votes first / in chain order."""
        self.discuss_next = not self.discuss_next
        self.act_discuss_next.setChecked(self.discuss_next)
        if self.active:
            order = self.order()
            if order:
                self.focus(order[0] if self.discuss_next or self.focused_id not in order
                           else self.focused_id)
            self._refresh_band()

    def toggle_unassessed(self) -> None:
        """A: step through every link / only the links still to assess."""
        self.only_unassessed = not self.only_unassessed
        order = self.order()
        if self.focused_id not in order and order:
            self.step(1)
        self._refresh_band()

    # ------------------------------------------------------------------ the focused link
    def focus(self, link_id: str | None) -> None:
        """Discuss ``link_id``: select it, zoom (neighbours in view, names large enough),
        centre it and draw it larger."""
        self._unscale()
        self.focused_id = link_id
        scene, view = self.window.scene, self.window.view
        card = scene.card(link_id) if link_id is not None else None
        if card is None:
            self._zoom(scene.content_rect(), None)
            self._refresh_band()
            self.focused_changed.emit(None)
            return
        scene.select_links([link_id])
        project = self.window.document.project
        area = card.sceneBoundingRect()
        for other in set(project.upstream_of(link_id)) | set(project.downstream_of(link_id)):
            neighbour = scene.card(other)
            if neighbour is not None:
                area = area.united(neighbour.sceneBoundingRect())
        zoom = self._zoom(area.adjusted(-30, -30, 30, 30))
        scale = max(1.0, FOCUS_NAME_PX * HEADROOM / (style.card_font().pixelSize() * zoom))
        others = [other.sceneBoundingRect() for other in scene.cards() if other is not card]
        card.setTransformOriginPoint(best_origin(card, scale, others))
        self._scaled, self._scaled_z = card, card.zValue()
        card.setScale(scale)
        card.setZValue(50)
        shadow = QGraphicsDropShadowEffect()
        shadow.setBlurRadius(28)
        shadow.setOffset(0, 6)
        shadow.setColor(QColor(0, 0, 0, 120))
        card.setGraphicsEffect(shadow)
        self._centre(area, enlarged_rect(card, card.transformOriginPoint(), scale), zoom)
        self._refresh_band()
        self.focused_changed.emit(link_id)

    def _zoom(self, area: QRectF) -> float:
        """Zoom to show ``area`` (never below the readable zoom, nor past the maximum)."""
        view = self.window.view
        size = view.viewport().size()
        least = MIN_NAME_PX * HEADROOM / style.card_font().pixelSize()
        fit = min(size.width() / max(area.width(), 1.0), size.height() / max(area.height(), 1.0))
        zoom = max(least, min(fit, max(least, MAX_PRESENTER_ZOOM)))
        view.setTransform(QTransform.fromScale(zoom, zoom))
        view.keep_fitted = False
        view.centerOn(area.center())
        return zoom

    def _centre(self, area: QRectF, big: QRectF, zoom: float) -> None:
        """Centre the view as near the neighbourhood ``area``'s centre as keeps the enlarged
        card ``big`` well inside the screen, and the stage headers too where the card and its
        neighbours stay in view."""
        view = self.window.view
        size = view.viewport().size()
        half_w, half_h = size.width() / zoom / 2, size.height() / zoom / 2
        margin = 40.0
        x = _clamp(area.center().x(), big.right() + margin - half_w, big.left() - margin + half_w,
                   big.center().x())
        low, high = big.bottom() + margin - half_h, big.top() - margin + half_h
        y = _clamp(area.center().y(), low, high, big.center().y())
        # the stage headers in view too, where that keeps the card and its neighbours in view
        with_headers = half_h - HEADER_CLEARANCE
        if low <= with_headers <= high and area.bottom() <= with_headers + half_h:
            y = with_headers
        view.centerOn(x, y)

    def _unscale(self) -> None:
        card, self._scaled = self._scaled, None
        if card is not None and card.scene() is not None:
            card.setGraphicsEffect(None)
            card.setScale(1.0)
            card.setZValue(self._scaled_z)

    def _on_editing(self, editing: bool) -> None:
        """While a name is typed (N, F2, C) the presenter's keys are text: A, T, Space, the
        arrows and Escape (which cancels the editor) go to it."""
        for act in self._presenter_keys():
            act.setEnabled(self.active and not editing)
        if self.active and not editing:  # the view has just turned its keys back on
            for key in MOVE_KEYS:
                self.window.view.canvas_actions[key].setEnabled(False)

    def _follow_selection(self, ids: list) -> None:
        """One other link selected (Tab, a click, Find): it becomes the link discussed."""
        if self.active and len(ids) == 1 and ids[0] != self.focused_id:
            self.focus(ids[0])

    def _on_removed(self, ids: tuple) -> None:
        if self._scaled is not None and self._scaled.link_id in ids:
            self._scaled = None
        if self.focused_id in ids:
            self.focused_id = None
        self._refresh_band()

    # ------------------------------------------------------------------ band and timer
    def _refresh_band(self, *_args: object) -> None:
        if self.band is None:
            return
        document = self.window.document
        report = document.gap_reports.published() or document.gap_reports.report()
        self.band.show_counts(document.project, report.completeness if report else None)
        order = self.order()
        index = order.index(self.focused_id) if self.focused_id in order else -1
        self.band.show_position(index, len(order), self.only_unassessed)

    def _show_timer(self) -> None:
        if self.band is not None:
            self.band.show_timer(self.timer.text())

    def _timer_finished(self) -> None:
        if self.band is not None:
            self.band.signal_end()
        else:
            self.window.statusBar().showMessage(_t("The agenda timer has ended."), 15000)

    def ask_timer(self) -> None:
        """View > Agenda Timer… (T while presenting): set the timer of the agenda item."""
        ask_timer(self.window, self.timer)
        self._show_timer()
