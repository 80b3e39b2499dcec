"""The link card: a link (maillon) drawn as a rounded box in its stage's lane.

A card shows the link's name (wrapped on up to three lines, elided with "…", full text in the
tooltip) on a plain background, its status by colour *and* border, shape and glyph of the status
marker in its left column (a missing link's hatching is a band along that left edge, never under
the name; see :mod:`.style`), a star for strategic links and a flag for end markets in its right
column, an optional criticality badge as a tab on its top edge, and a connection handle on its
right edge (drag it
to another card to add a flow: the canvas interactions start the drag, see
:func:`handle_hit_radius`). Its position is the model's ``Link.position``; while dragged it moves
visually and the drag interaction makes one "Move" edit on release.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.model import Link, LinkStatus
from valuechain_gui.ui.text.labels import link_status_label
from .. import style

if TYPE_CHECKING:
    from valuechain_gui.analysis.routing import CardIndex
    from .flow_item import FlowArrow
    from .scene import ChainScene

PAD = 8.0
LEFT_COLUMN = 26.0  # the status marker (and a missing link's hatched band)
RIGHT_COLUMN = 18.0  # the strategic star and end-market flag, when the link has one
MARKER_SIZE = 16.0
TEXT_MARGIN_Y = 4.0
MAX_LINES = 3
#: Screen pixels around the drawn handle that still start a connection (at any zoom).
HANDLE_SLOP_PX = 3.0
#: ...but never more than this many scene pixels (zoomed far out the handle is not drawn).
MAX_HANDLE_SLOP = 8.0
_POSITION_CHANGED = QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged
_SELECTED_CHANGED = QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged


def _break_word(word: str, width: float, metrics: QFontMetricsF) -> tuple[str, str] | None:
    """Split a word wider than ``width`` into a head that fits and the rest: after its last
    hyphen that fits, else with a hyphen added (at least 3 letters on each side); None when
    even that does not fit."""
    for pos in range(len(word) - 1, 0, -1):
        if word[pos - 1] == "-" and metrics.horizontalAdvance(word[:pos]) <= width:
            return word[:pos], word[pos:]
    fits = [pos for pos in range(len(word) - 3, 2, -1)
            if metrics.horizontalAdvance(word[:pos] + "-") <= width]
    for pos in fits:  # a syllable break first: vowel | consonant + vowel ("communica-tions")
        if (_is_vowel(word[pos - 1]) and word[pos].isalpha() and not _is_vowel(word[pos])
                and _is_vowel(word[pos + 1])):
            return word[:pos] + "-", word[pos:]
    return (word[:fits[0]] + "-", word[fits[0]:]) if fits else None


def _is_vowel(char: str) -> bool:
    """Whether ``char`` is a vowel (accents ignored: é, è, ê, à... are vowels)."""
    return unicodedata.normalize("NFD", char.lower())[:1] in "aeiouy"


def wrap_name(name: str, width: float, lines: int = MAX_LINES) -> tuple[list[str], bool]:
    """Split ``name`` into at most ``lines`` lines fitting ``width`` pixels of the card font.

    A word longer than a line is broken across lines (after a hyphen, or with one added), so a
    short name of one long word ("Télécommunications") is never cut while lines are free.
    Returns (lines, elided): the last line ends with "…" when the name did not fit.
    """
    metrics = QFontMetricsF(style.card_font())
    words = name.split()
    out: list[str] = []
    current = ""
    elided = False
    i = 0
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            i += 1
            continue
        if not current:  # one word longer than the line: break it, else cut it
            parts = _break_word(word, width, metrics)
            if parts is None:
                current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
                elided = elided or current != word
                i += 1
            else:
                current, words[i] = parts
        out.append(current)
        current = ""
        if len(out) == lines:
            break
    if current and len(out) < lines:
        out.append(current)
    if i < len(words):
        rest = " ".join([out[-1]] + words[i:]) if out else " ".join(words[i:])
        out[-1:] = [metrics.elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)]
        elided = True
    return out or [""], elided


def handle_hit_radius(scale: float) -> float:
    """Radius (scene pixels) around a handle's centre where a press starts a connection, at view
    scale ``scale``: the drawn disc and its outline, plus :data:`HANDLE_SLOP_PX` screen pixels."""
    slop = HANDLE_SLOP_PX / scale if scale > 0 else MAX_HANDLE_SLOP
    return style.HANDLE_RADIUS + 0.75 + min(slop, MAX_HANDLE_SLOP)


class LinkCard(QGraphicsRectItem):
    """The graphics item of one link. ``link_id`` is its model id; ``arrows`` its flows.

    It is a :class:`QGraphicsRectItem` (with no pen or brush of its own) only so that Qt computes
    its bounding rectangle in C++: with a device-coordinate cache a card then costs no Python
    call per frame, which matters when thousands are visible (zoomed out).
    """

    Type = QGraphicsItem.UserType + 1

    def __init__(self, link: Link) -> None:
        r = style.HANDLE_RADIUS + 2
        super().__init__(QRectF(-r, -r, CARD_WIDTH + 2 * r, CARD_HEIGHT + 2 * r))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.link_id = link.id
        self.arrows: list[FlowArrow] = []
        self.index: CardIndex | None = None  # the scene's card index, kept up to date on moves
        self.status = LinkStatus.UNASSESSED
        self.strategic = False
        self.end_market = False
        self.badge: int | None = None
        self._lines: list[str] = []
        self._hover = False
        self._wrapped: tuple | None = None  # what the lines were wrapped for
        self.link = link
        # geometry first, flags last: changes made before ItemSendsGeometryChanges is set cost
        # no Python itemChange call (5,000 cards are built when a large map opens)
        self.setPos(*link.position)
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.refresh(link)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)

    def type(self) -> int:  # noqa: A003 - Qt's name
        return self.Type

    # ------------------------------------------------------------------ data
    def refresh(self, link: Link) -> None:
        """Take the link's name, status and flags from the model (the tooltip is built when
        the pointer enters the card)."""
        self.link = link
        self.status = link.status
        self.strategic, self.end_market = link.strategic, link.end_market
        self.update()

    @property
    def lines(self) -> list[str]:
        """The name wrapped to the text column; wrapped when first drawn with its text (a map of
        thousands of links opens zoomed out, where cards show no text)."""
        link = self.link
        wrapped = (link.name, style.card_font().pixelSize(), self.strategic or self.end_market)
        if wrapped != self._wrapped:
            self._wrapped = wrapped
            self._lines, _ = wrap_name(link.name, self.text_rect().width())
        return self._lines

    def text_rect(self) -> QRectF:
        """Where the name is written, item coordinates: between the marker column and, when the
        link has a star or a flag, the right column."""
        right = RIGHT_COLUMN if (self.strategic or self.end_market) else PAD
        return QRectF(LEFT_COLUMN + 4, TEXT_MARGIN_Y, CARD_WIDTH - LEFT_COLUMN - 4 - right,
                      CARD_HEIGHT - 2 * TEXT_MARGIN_Y)

    def tooltip_text(self) -> str:
        """Full name, status, flags and actors of the link, one per line."""
        link = self.link
        tip = [link.name, QCoreApplication.translate("Canvas", "Status: {status}").format(
            status=link_status_label(link.status))]
        if link.strategic:
            tip.append(QCoreApplication.translate("Canvas", "Strategic link"))
        if link.end_market:
            tip.append(QCoreApplication.translate("Canvas", "End market"))
        if link.actors:
            tip.append(QCoreApplication.translate("Canvas", "Actors: {actors}").format(
                actors=", ".join(link.actors)))
        return "\n".join(tip)

    def set_badge(self, rank: int | None) -> None:
        """Show a criticality rank badge (1 = most critical), or none."""
        if rank != self.badge:
            self.badge = rank
            self.update()

    # ------------------------------------------------------------------ geometry
    def shape(self) -> QPainterPath:
        """The card and its whole handle disc (winding fill: with Qt's default odd-even fill
        the half of the disc over the card was a hole, and a press there went to a flow)."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addRoundedRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT), style.CARD_RADIUS,
                            style.CARD_RADIUS)
        path.addEllipse(self.handle_center(), style.HANDLE_RADIUS + 2, style.HANDLE_RADIUS + 2)
        return path

    @staticmethod
    def handle_center() -> QPointF:
        """Centre of the connection handle, item coordinates (middle of the right edge)."""
        return QPointF(CARD_WIDTH, CARD_HEIGHT / 2)

    def on_handle(self, pos: QPointF, scale: float = 1.0) -> bool:
        """Whether item position ``pos`` is on the connection handle seen at view ``scale``."""
        d = pos - self.handle_center()
        return d.x() * d.x() + d.y() * d.y() <= handle_hit_radius(scale) ** 2

    def out_point(self) -> QPointF:
        """Scene point where outgoing flows start."""
        p = self.pos()
        return QPointF(p.x() + CARD_WIDTH, p.y() + CARD_HEIGHT / 2)

    def in_point(self) -> QPointF:
        """Scene point where incoming flows end."""
        p = self.pos()
        return QPointF(p.x(), p.y() + CARD_HEIGHT / 2)

    def scene_rect_tuple(self) -> tuple[float, float, float, float]:
        """The card's rectangle (without its handle), scene coordinates: (x, y, w, h)."""
        p = self.pos()
        return (p.x(), p.y(), CARD_WIDTH, CARD_HEIGHT)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: N802
        if change == _POSITION_CHANGED:
            if self.index is not None:
                self.index.set(self.link_id, self.scene_rect_tuple())
            scene = self.scene()
            deferred = getattr(scene, "deferred_arrows", None)
            if deferred is not None:  # many cards moving at once: routed when all have moved
                deferred.update(self.arrows)
            else:
                for arrow in self.arrows:
                    arrow.update_geometry()
        elif change == _SELECTED_CHANGED:
            self.setZValue(11 if value else 10)
        return value  # what QGraphicsItem.itemChange returns, without a call into C++

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene: ChainScene | None = self.scene()  # type: ignore[assignment]
        full = scene is None or scene.full_detail
        exporting = scene is not None and scene.exporting
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        rect = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        selected = self.isSelected() and not exporting and not (
            scene is not None and scene.drawing_overview)
        if lod < style.LOW_DETAIL and not full:
            painter.setPen(QPen(QColor(style.SELECTION_COLOR), 4) if selected
                           else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.status_color(self.status)))
            painter.drawRect(rect)
            if self.status == LinkStatus.MISSING:  # the hatching survives in grayscale
                painter.setBrush(QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(rect)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        radius = style.CARD_RADIUS
        style.paint_status_body(painter, rect, self.status, radius)
        if selected:
            painter.setPen(QPen(QColor(style.SELECTION_COLOR), 7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), radius + 2, radius + 2)
        painter.setPen(style.status_pen(self.status))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = style.status_pen(self.status).widthF() / 2
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)
        # left column: the status marker (shape + glyph + colour)
        style.paint_status_marker(painter, QPointF(LEFT_COLUMN / 2, 4 + MARKER_SIZE / 2 + 1),
                                  MARKER_SIZE, self.status)
        # right column: strategic star, end-market flag
        painter.setFont(style.glyph_font())
        mark = QRectF(CARD_WIDTH - RIGHT_COLUMN - 1, 4, RIGHT_COLUMN, 18)
        if self.strategic:
            painter.setPen(QColor(style.STRATEGIC_COLOR))
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "\u2605")
            mark.translate(0, 20)
        if self.end_market:
            painter.setPen(QColor(style.text_color()))
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "\u2691")
        if self.badge is not None:  # a tab on the top edge
            badge = QRectF(CARD_WIDTH - RIGHT_COLUMN - 40, -8, 34, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#30343b"))
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"#{self.badge}")
        painter.setFont(style.card_font())
        painter.setPen(QColor(style.text_color()))
        line_h = QFontMetricsF(style.card_font()).lineSpacing()
        text = self.text_rect()
        y = text.top() + max(0.0, (text.height() - line_h * len(self.lines)) / 2)
        for line in self.lines:
            painter.drawText(QRectF(text.left(), y, text.width(), line_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, line)
            y += line_h
        if (self._hover or selected) and not exporting:
            painter.setPen(QPen(QColor(style.SELECTION_COLOR), 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(self.handle_center(), style.HANDLE_RADIUS, style.HANDLE_RADIUS)
            painter.setBrush(QColor(style.SELECTION_COLOR))
            painter.drawEllipse(self.handle_center(), 2.5, 2.5)

    # ------------------------------------------------------------------ interaction
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.setToolTip(self.tooltip_text())
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        scale = view_scale(event.widget())
        self.setCursor(Qt.CursorShape.CrossCursor if self.on_handle(event.pos(), scale)
                       else Qt.CursorShape.ArrowCursor)
        super().hoverMoveEvent(event)


def view_scale(viewport: QWidget | None) -> float:
    """The zoom of the view whose viewport is ``viewport`` (an event's ``widget()``), else 1."""
    view = viewport.parentWidget() if viewport is not None else None
    return view.transform().m11() if isinstance(view, QGraphicsView) else 1.0
