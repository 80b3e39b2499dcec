"""The plain-Qt reference of the scene figures: what Qt itself costs for the same map.

:func:`reference_scene` builds, from the project file's JSON, one ``QGraphicsRectItem`` with a
child ``QGraphicsSimpleTextItem`` (the name) per link and one ``QGraphicsPathItem`` (a straight
line between card centres) per flow, in a plain ``QGraphicsScene`` shown in a plain
``QGraphicsView`` of 1600x900 pixels, with Qt's default settings (BSP index, no caching, no
antialiasing). Nothing else: no model, no observer, no level of detail. The application's figures
are divided by these to give a ratio that does not depend on the machine's speed.
"""

from __future__ import annotations

import os
import resource

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Size of the measured view, pixels (the "frame at 100 % zoom (1600x900)" figure).
VIEW_W, VIEW_H = 1600, 900


def app():
    """The QApplication of this process (created on first call), painting on the GUI thread as
    the application's window does (:func:`valuechain_gui.ui.shell.qt_platform.paint_on_gui_thread`,
    which ``run_app`` calls); the plain references measured in the same process paint so too."""
    from PySide6.QtWidgets import QApplication

    from valuechain_gui.ui.shell.qt_platform import paint_on_gui_thread

    if QApplication.instance() is None:
        paint_on_gui_thread()
    return QApplication.instance() or QApplication([])


def peak_rss_mb() -> float:
    """Peak resident set size of this process, MiB.

    Reads ``VmHWM`` from ``/proc/self/status`` (Linux; it starts afresh at ``exec``), else
    ``ru_maxrss`` (KiB on Linux), which a process started with fork + exec inherits from its
    parent, so a small child of a big process would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def reference_scene(data: dict):
    """A plain scene of ``data`` (the project file's JSON dict) shown in a 1600x900 view.

    Returns ``(view, rects, paths)``: the ``QGraphicsView``, the link rect items in link order
    and the flow path items in flow order.
    """
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
    from PySide6.QtWidgets import (QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene,
                                   QGraphicsSimpleTextItem, QGraphicsView)

    from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH

    app()
    scene = QGraphicsScene()
    centres = {}
    rects = []
    brush, pen = QBrush(QColor("#cde")), QPen(QColor("#333"))
    for link in data["links"]:
        x, y = link["position"]
        rect = QGraphicsRectItem(0, 0, CARD_WIDTH, CARD_HEIGHT)
        rect.setPos(x, y)
        rect.setBrush(brush)
        rect.setPen(pen)
        text = QGraphicsSimpleTextItem(link["name"], rect)
        text.setPos(6, 6)
        scene.addItem(rect)
        rects.append(rect)
        centres[link["id"]] = QPointF(x + CARD_WIDTH / 2, y + CARD_HEIGHT / 2)
    paths = []
    for flow in data["flows"]:
        path = QPainterPath(centres[flow["upstream"]])
        path.lineTo(centres[flow["downstream"]])
        item = QGraphicsPathItem(path)
        item.setPen(pen)
        scene.addItem(item)
        paths.append(item)
    view = QGraphicsView(scene)
    view._bench_scene = scene  # the view does not own its scene: keep it alive
    view.resize(VIEW_W, VIEW_H)
    view.show()
    return view, rects, paths


def paint(view) -> None:
    """One full synchronous paint of the view's viewport (``QWidget.grab``)."""
    view.viewport().grab()


def fit(view) -> None:
    """Fit the whole scene in the view."""
    from PySide6.QtCore import Qt

    view.fitInView(view.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)


def actual_size(view, centre=None) -> None:
    """100 % zoom, centred on ``centre`` (a QPointF; default the middle of the content)."""
    from PySide6.QtGui import QTransform

    view.setTransform(QTransform())
    view.centerOn(centre if centre is not None else view.scene().itemsBoundingRect().center())


def main() -> None:
    """``python -m benchmarks.reference FILE``: print the peak RSS (MiB) after showing it."""
    import json
    import sys

    with open(sys.argv[1], encoding="utf-8") as handle:
        view, _, _ = reference_scene(json.load(handle))
    fit(view)
    paint(view)
    print(peak_rss_mb())
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
