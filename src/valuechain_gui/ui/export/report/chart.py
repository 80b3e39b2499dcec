"""The chart of the report: the gaps ranked by criticality score, one horizontal bar each, in
the status colours and patterns of the map (weak: the weak tint with a dashed border; missing:
the missing tint hatched, dotted border), with the numbers of the fix-together sets after a
name. Drawn with QPainter in the device units of the PDF writer (vector)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from valuechain_gui.io.report.dossier import Dossier
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style

#: Text of the chart (points).
LABEL_PT = 10
TITLE_PT = 15
#: Numbers of fix-together sets written after a name at most (then "…").
MAX_SETS = 4
#: Share of the width given to the gaps' names.
NAME_SHARE = 0.46


def _pen(status: LinkStatus, unit: float) -> QPen:
    """The status border pen of the cards, at a width in points."""
    pen = QPen(style.status_pen(status))
    pen.setWidthF(1.2 * unit)
    return pen


def _hatch(painter: QPainter, rect: QRectF, unit: float) -> None:
    color = QColor(style.STATUS_COLOR[LinkStatus.MISSING])
    color.setAlpha(150)
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(QPen(color, 0.8 * unit))
    step = 4.0 * unit
    x = rect.left() - rect.height()
    while x < rect.right():
        painter.drawLine(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
        x += step
    painter.restore()


def paint_bar(painter: QPainter, rect: QRectF, status: LinkStatus, unit: float) -> None:
    """A bar (or a legend sample) of ``status``: fill, hatching for missing, status border."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.status_brush(status))
    painter.drawRect(rect)
    if status == LinkStatus.MISSING:
        _hatch(painter, rect, unit)
    painter.setPen(_pen(status, unit))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def sets_height(lines: list[str], width: float, font: QFont, device: object,
                unit: float) -> float:
    """Height the fix-together lines take under the chart (device units), title included."""
    label = QFont(font)
    label.setPointSizeF(LABEL_PT)
    metrics = QFontMetricsF(label, device)  # type: ignore[arg-type]
    height = QFontMetricsF(_title_font(font), device).lineSpacing() + 16 * unit  # type: ignore
    for line in lines:
        height += metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt.TextFlag.TextWordWrap,
                                       line).height() + 3 * unit
    return height


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setPointSizeF(TITLE_PT)
    title.setBold(True)
    return title


def paint_chart(painter: QPainter, area: QRectF, dossier: Dossier, font: QFont,
                unit: float, with_sets: bool = False) -> None:
    """Draw the chart's title, legend, bars and notes into ``area`` (device units; ``unit`` is
    one point in device units); ``with_sets`` adds the fix-together sets under the bars."""
    sets = dossier.fix_together if with_sets else None
    title = _title_font(font)
    label = QFont(font)
    label.setPointSizeF(LABEL_PT)
    device = painter.device()
    metrics = QFontMetricsF(label, device)
    title_metrics = QFontMetricsF(title, device)
    painter.setFont(title)
    painter.setPen(QColor("#1f4e79"))
    y = area.top()
    painter.drawText(QPointF(area.left(), y + title_metrics.ascent()), dossier.chart_title)
    y += title_metrics.lineSpacing() + 8 * unit
    painter.setFont(label)
    for line in dossier.chart_note:
        box = painter.boundingRect(QRectF(area.left(), y, area.width(), 10 * area.height()),
                                   Qt.TextFlag.TextWordWrap, line)
        painter.setPen(QColor("#4a5663"))
        painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
        y += box.height() + 3 * unit
    y += 6 * unit
    y = _legend(painter, QPointF(area.left(), y), dossier, metrics, unit) + 10 * unit
    y = _bars(painter, QRectF(area.left(), y, area.width(), area.bottom() - y), dossier,
              metrics, unit)
    if sets is not None:
        _paint_lines(painter, QRectF(area.left(), y + 16 * unit, area.width(), area.bottom() - y),
                     sets.title, sets.lines, font, unit)


def _bars(painter: QPainter, area: QRectF, dossier: Dossier, metrics: QFontMetricsF,
          unit: float) -> float:
    """The bars, one row each under ``area``'s top; returns the bottom of the last."""
    y = area.top()
    name_w = area.width() * NAME_SHARE
    bar_left = area.left() + name_w + 8 * unit
    bar_w = area.right() - bar_left - 30 * unit
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    for bar, (text, row_h) in zip(dossier.bars, _labels(dossier, metrics, name_w, unit)):
        painter.setPen(QColor(style.TEXT_COLOR))
        painter.drawText(QRectF(area.left(), y, name_w, row_h), flags, text)
        height = min(row_h - 6 * unit, 16 * unit)
        rect = QRectF(bar_left, y + (row_h - height) / 2, max(unit, bar_w * bar.score / 100),
                      height)
        paint_bar(painter, rect, bar.status, unit)
        painter.setPen(QColor(style.TEXT_COLOR))
        base = y + (row_h + metrics.ascent() - metrics.descent()) / 2
        painter.drawText(QPointF(rect.right() + 4 * unit, base), f"{round(bar.score)}")
        y += row_h
    return y


def _labels(dossier: Dossier, metrics: QFontMetricsF, width: float, unit: float
            ) -> list[tuple[str, float]]:
    """Each bar's label (rank, name, fix-together sets; on two lines at most, the name
    shortened only past that) and the height of its row."""
    rows = []
    flags = Qt.TextFlag.TextWordWrap
    for bar in dossier.bars:
        numbers = [str(n) for n in bar.sets[:MAX_SETS]] + (["…"] if len(bar.sets) > MAX_SETS
                                                            else [])
        sets = f" [{', '.join(numbers)}]" if bar.sets else ""
        text = f"{bar.rank}. {bar.name}{sets}"
        box = metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text)
        if box.height() > 2.5 * metrics.lineSpacing():
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight,
                                      1.7 * width - metrics.horizontalAdvance(sets))
            text = f"{bar.rank}. {name}{sets}"
            box = metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text)
        rows.append((text, max(22 * unit, box.height() + 6 * unit)))
    return rows


def chart_height(dossier: Dossier, font: QFont, device: object, width: float,
                 unit: float) -> float:
    """The height the chart takes (device units) at ``width``: title, notes, legend, bars."""
    label = QFont(font)
    label.setPointSizeF(LABEL_PT)
    metrics = QFontMetricsF(label, device)  # type: ignore[arg-type]
    height = QFontMetricsF(_title_font(font), device).lineSpacing() + 8 * unit  # type: ignore
    for line in dossier.chart_note:
        height += metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt.TextFlag.TextWordWrap,
                                       line).height() + 3 * unit
    height += 6 * unit + metrics.height() + 10 * unit
    return height + sum(h for _, h in _labels(dossier, metrics, width * NAME_SHARE, unit))


def _paint_lines(painter: QPainter, area: QRectF, title: str, lines: list[str], font: QFont,
                 unit: float) -> None:
    painter.setFont(_title_font(font))
    painter.setPen(QColor("#1f4e79"))
    title_metrics = QFontMetricsF(_title_font(font), painter.device())
    painter.drawText(QPointF(area.left(), area.top() + title_metrics.ascent()), title)
    y = area.top() + title_metrics.lineSpacing() + 4 * unit
    label = QFont(font)
    label.setPointSizeF(LABEL_PT)
    painter.setFont(label)
    painter.setPen(QColor(style.TEXT_COLOR))
    for line in lines:
        box = painter.boundingRect(QRectF(area.left(), y, area.width(), 1e7),
                                   Qt.TextFlag.TextWordWrap, line)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
        y += box.height() + 3 * unit


def _legend(painter: QPainter, at: QPointF, dossier: Dossier, metrics: QFontMetricsF,
            unit: float) -> float:
    """The samples of the gap statuses with their words and counts; returns the bottom."""
    x, y = at.x(), at.y()
    sample = QRectF(0, 0, 22 * unit, 11 * unit)
    for status, text, count in dossier.status_counts:
        if status not in (LinkStatus.WEAK, LinkStatus.MISSING):
            continue
        paint_bar(painter, sample.translated(x, y + (metrics.height() - sample.height()) / 2),
                  status, unit)
        painter.setPen(QColor(style.TEXT_COLOR))
        words = f"{text} ({count})"
        painter.drawText(QPointF(x + sample.width() + 5 * unit, y + metrics.ascent()), words)
        x += sample.width() + 5 * unit + metrics.horizontalAdvance(words) + 18 * unit
    return y + metrics.height()
