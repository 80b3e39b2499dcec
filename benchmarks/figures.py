"""One benchmark figure per process: ``python -m benchmarks.figures FIGURE PROJECT.vchain``.

Prints one JSON line ``{"value": ..., "reference": ..., "unit": "ms", "rss_mb": ...}``. The
reference is measured in the same process on the same data with the plain library only:

* scene figures: the same number of plain ``QGraphicsRectItem`` + ``QGraphicsSimpleTextItem``
  (cards) and ``QGraphicsPathItem`` (flows) in a ``QGraphicsScene``/``QGraphicsView``;
* save: ``json.dumps`` of the same data + write; open also counts ``json.load``;
* Excel: the same cells written with plain openpyxl (``ws.append``) and saved;
* startup: a bare QApplication + QMainWindow shown (in ``benchmarks.startup``).

Timings are medians of repeated runs (``REPEATS``) after one warm-up, in milliseconds.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEW_W, VIEW_H = 1600, 900
REPEATS = 15


def ms(seconds: float) -> float:
    """Seconds → milliseconds."""
    return seconds * 1000.0


def median_ms(func, repeats: int = REPEATS) -> float:
    """Median wall time of ``func()`` in ms over ``repeats`` runs after one warm-up."""
    func()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return ms(statistics.median(times))


def peak_rss_mb() -> float:
    """Peak resident set size of this process, MiB (Linux ru_maxrss is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def app():
    """The QApplication (created once)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


# ---------------------------------------------------------------------- reference scene
def reference_scene(data: dict):
    """A plain scene with one rect + simple text per link and one path per flow; returns view."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
    from PySide6.QtWidgets import (QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene,
                                   QGraphicsSimpleTextItem, QGraphicsView)

    from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH

    scene = QGraphicsScene()
    centres = {}
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
    view.resize(VIEW_W, VIEW_H)
    view.show()
    return view, paths


def paint(view) -> None:
    """Force one full synchronous paint of the view's viewport."""
    view.viewport().grab()


def fit(view) -> None:
    """Fit the whole scene in the view."""
    from PySide6.QtCore import Qt

    view.fitInView(view.scene().itemsBoundingRect(), Qt.KeepAspectRatio)


def actual_size(view) -> None:
    """100 % zoom centred on the content."""
    from PySide6.QtGui import QTransform

    view.setTransform(QTransform())
    view.centerOn(view.scene().itemsBoundingRect().center())


# ---------------------------------------------------------------------- the application
def app_window(path: Path):
    """Open ``path`` in the real main window (canvas, plan dock, gaps panel); returns it."""
    from valuechain_gui.ui.main_window import MainWindow

    window = MainWindow()
    window.open_path(path)
    window.resize(VIEW_W + 400, VIEW_H + 200)
    window.show()
    return window


def app_view(window):
    """The canvas view of the window, resized to exactly 1600x900."""
    view = window.view
    view.setFixedSize(VIEW_W, VIEW_H)
    return view


def figure_open(path: Path) -> dict:
    """Load + model + scene + first paint, app vs json.load + plain items + paint."""
    app()
    start = time.perf_counter()
    window = app_window(path)
    paint(app_view(window))
    value = ms(time.perf_counter() - start)
    start = time.perf_counter()
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    view, _ = reference_scene(data)
    fit(view)
    paint(view)
    reference = ms(time.perf_counter() - start)
    return {"value": value, "reference": reference}


def figure_rss(path: Path) -> dict:
    """Peak RSS after opening in the app, vs a process holding the plain reference scene."""
    app()
    window = app_window(path)
    paint(app_view(window))
    value = peak_rss_mb()
    code = ("import json,sys; sys.path.insert(0, %r); from benchmarks import figures as f; f.app();"
            "d=json.load(open(%r, encoding='utf-8')); v,_=f.reference_scene(d); f.fit(v); f.paint(v);"
            "print(f.peak_rss_mb())" % (str(Path(__file__).resolve().parent.parent), str(path)))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {"value": value, "reference": float(out.stdout.strip().splitlines()[-1]), "unit": "MiB"}


def _frames(path: Path, place) -> dict:
    app()
    window = app_window(path)
    view = app_view(window)
    place(view)
    value = median_ms(lambda: paint(view))
    with open(path, encoding="utf-8") as handle:
        ref_view, _ = reference_scene(json.load(handle))
    place(ref_view)
    reference = median_ms(lambda: paint(ref_view))
    return {"value": value, "reference": reference}


def figure_frame_100(path: Path) -> dict:
    """Full repaint of a 1600x900 view at 100 % zoom."""
    return _frames(path, actual_size)


def figure_frame_fit(path: Path) -> dict:
    """Full repaint of a 1600x900 view fitted on the whole map (level of detail applies)."""
    return _frames(path, fit)


def figure_drag_step(path: Path) -> dict:
    """One mouse-move step while dragging a 50-flow hub: real mouse events on the viewport."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.synthetic import hub_id

    qapp = app()
    window = app_window(path)
    view = app_view(window)
    hub = hub_id(window.document.project)
    view.center_on_link(hub)
    paint(view)
    card = window.scene.card(hub)
    start_pos = view.mapFromScene(card.sceneBoundingRect().center() + QPointF(0, 8))
    viewport = view.viewport()

    def send(kind, pos, buttons):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                            Qt.LeftButton, buttons, Qt.NoModifier)
        QApplication.sendEvent(viewport, event)

    send(QEvent.MouseButtonPress, start_pos, Qt.LeftButton)
    times = []
    pos = QPointF(start_pos)
    for step in range(40):
        pos += QPointF(2 if step % 2 else 1, 1)
        begin = time.perf_counter()
        send(QEvent.MouseMove, pos.toPoint(), Qt.LeftButton)
        qapp.processEvents()
        times.append(time.perf_counter() - begin)
    send(QEvent.MouseButtonRelease, pos.toPoint(), Qt.NoButton)
    value = ms(statistics.median(times[5:]))

    # reference: move one plain rect and re-route 50 plain paths
    from PySide6.QtGui import QPainterPath

    with open(path, encoding="utf-8") as handle:
        ref_view, paths = reference_scene(json.load(handle))
    rect = ref_view.scene().items()[0]
    some = paths[:50]

    def ref_step():
        rect.moveBy(1, 1)
        centre = rect.sceneBoundingRect().center()
        for item in some:
            p = QPainterPath(centre)
            p.lineTo(item.path().pointAtPercent(1.0))
            item.setPath(p)
        qapp.processEvents()

    reference = median_ms(ref_step, 35)
    return {"value": value, "reference": reference}


def figure_retag(path: Path) -> dict:
    """Tag one link weak→missing→weak through the undo stack; model, scene, plan, gaps update."""
    from valuechain_gui.model import LinkStatus
    from valuechain_gui.ui.commands import SetStatusCommand

    qapp = app()
    window = app_window(path)
    paint(app_view(window))
    project = window.document.project
    link_id = next(i for i, link in project.links.items() if link.status == LinkStatus.WEAK)
    stack = window.document.undo_stack
    statuses = [LinkStatus.MISSING, LinkStatus.WEAK]
    times = []
    for i in range(20):
        begin = time.perf_counter()
        stack.push(SetStatusCommand(project, [link_id], statuses[i % 2]))
        qapp.processEvents()
        times.append(time.perf_counter() - begin)
    value = ms(statistics.median(times[2:]))
    from PySide6.QtGui import QBrush, QColor

    with open(path, encoding="utf-8") as handle:
        ref_view, _ = reference_scene(json.load(handle))
    rect = ref_view.scene().items()[-1]
    colours = [QBrush(QColor("#e33")), QBrush(QColor("#fc3"))]
    flip = iter(range(10**6))

    def ref_step():
        rect.setBrush(colours[next(flip) % 2])
        qapp.processEvents()

    return {"value": value, "reference": median_ms(ref_step)}


def figure_layout(path: Path) -> dict:
    """Auto-layout pushed as one undoable command (reference: networkx topological generations)."""
    import networkx as nx

    from valuechain_gui.analysis.layout import layout_positions
    from valuechain_gui.ui.commands import LayoutCommand

    qapp = app()
    window = app_window(path)
    project = window.document.project
    begin = time.perf_counter()
    window.document.undo_stack.push(LayoutCommand(project, layout_positions(project)))
    qapp.processEvents()
    value = ms(time.perf_counter() - begin)
    graph = nx.DiGraph(list(project.flows))
    begin = time.perf_counter()
    list(nx.topological_generations(nx.condensation(graph)))
    return {"value": value, "reference": ms(time.perf_counter() - begin)}


def figure_save(path: Path) -> dict:
    """save_project vs json.dumps + write of the same data."""
    from valuechain_gui.io.project_file import load_project, save_project

    project = load_project(path)
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bench.vchain"
        value = median_ms(lambda: save_project(project, target), 7)
        plain = Path(tmp) / "plain.json"

        def ref():
            with open(plain, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, ensure_ascii=False, indent=1))

        reference = median_ms(ref, 7)
    return {"value": value, "reference": reference}


def figure_excel(path: Path) -> dict:
    """export_action_plan vs the same cells written with plain openpyxl."""
    import openpyxl

    from valuechain_gui.io.excel_export import export_action_plan
    from valuechain_gui.io.project_file import load_project

    project = load_project(path)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "plan.xlsx"
        begin = time.perf_counter()
        export_action_plan(project, target)
        value = ms(time.perf_counter() - begin)
        written = openpyxl.load_workbook(target)
        sheets = [[list(row) for row in ws.iter_rows(values_only=True)] for ws in written]
        begin = time.perf_counter()
        book = openpyxl.Workbook()
        book.remove(book.active)
        for i, rows in enumerate(sheets):
            ws = book.create_sheet(f"S{i}")
            for row in rows:
                ws.append(row)
        book.save(Path(tmp) / "plain.xlsx")
        reference = ms(time.perf_counter() - begin)
    return {"value": value, "reference": reference}


def figure_startup(path: Path) -> dict:
    """Wall time from process start to the main window shown, app vs bare Qt window."""
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=root)

    def run(which: str) -> float:
        values = []
        for _ in range(3):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-m", "benchmarks.startup", which], check=True,
                           env=env, cwd=root, capture_output=True)
            values.append(time.perf_counter() - begin)
        return ms(min(values))

    return {"value": run("app"), "reference": run("reference")}


def main(argv: list[str]) -> int:
    """``FIGURE PROJECT``: run one figure and print its JSON line."""
    figure, path = argv[0], Path(argv[1])
    record = globals()[f"figure_{figure}"](path)
    record.setdefault("unit", "ms")
    record["rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(record))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown of large scenes: not part of any figure


if __name__ == "__main__":
    main(sys.argv[1:])
