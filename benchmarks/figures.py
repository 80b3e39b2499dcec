"""One benchmark figure per process: ``python -m benchmarks.figures FIGURE PROJECT.vchain``.

Prints one JSON line ``{"value": ..., "reference": ..., "unit": "ms", "rss_mb": ..., "runs": n}``.
The reference is measured in the same process on the same data with the plain library only:

* scene figures (open, frames, drag, retag): the same number of plain ``QGraphicsRectItem`` +
  ``QGraphicsSimpleTextItem`` (cards) and ``QGraphicsPathItem`` (flows), see
  :mod:`benchmarks.reference`; open also counts ``json.load`` of the file;
* save: ``json.dumps`` of the same data + write;
* Excel: the same cells written with plain openpyxl (``ws.append``) and saved;
* startup: a bare QApplication + QMainWindow shown (:mod:`benchmarks.startup`);
* RSS: a separate process holding the plain reference scene.

Timings are in milliseconds: medians of repeated runs after one warm-up, with the number of runs
capped by a time budget so the whole benchmark stays under 3 minutes on a 2-core machine. What
runs in the figure's process is timed as process CPU time, save, Excel export and startup as wall
time (see :data:`CLOCK_NOTE`).
The application is driven only through :mod:`benchmarks.appdriver`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import appdriver as drv
from .directory_figure import figure_directory  # noqa: F401 - run by name from main()
from .matching_figure import figure_matching  # noqa: F401 - run by name from main()
from .report_figure import figure_report  # noqa: F401 - run by name from main()
from .sync_figure import figure_join, figure_remote_retag  # noqa: F401 - run by name
from .reference import actual_size, app, fit, paint, peak_rss_mb, reference_scene
from .sizes import allow_from_environment

ROOT = Path(__file__).resolve().parent.parent


#: Event loop after each retag: longer than the debounce delays of what follows a change (the
#: document's gap report 100 ms, minimap 300 ms), so that all of it is done and counted.
RETAG_SETTLE_MS = 400


#: Why in-process figures use CPU time: painting, building and analysing run on one thread, so
#: on a quiet machine the process CPU time equals the wall time; on a machine shared with other
#: busy processes the wall time also counts the waits for a core (+/-50 % here), the CPU time
#: hardly. Save and Excel export (which fsync) and startup (a whole process) use wall time.
CLOCK_NOTE = "in-process figures: process CPU time; save, Excel, startup: wall time"


def ms(seconds: float) -> float:
    """Seconds → milliseconds."""
    return seconds * 1000.0


def median_ms(func, repeats: int = 15, budget_s: float = 1.5,
              clock=time.process_time) -> tuple[float, int]:
    """Median time of ``func()`` in ms after one warm-up: ``repeats`` runs, fewer (at least 3)
    if they would take more than ``budget_s`` seconds. ``clock`` is the process CPU time by
    default (see :data:`CLOCK_NOTE`). Returns (median ms, runs)."""
    func()
    times: list[float] = []
    spent = 0.0
    while len(times) < repeats and (len(times) < 3 or spent < budget_s):
        start = clock()
        func()
        times.append(clock() - start)
        spent += times[-1]
    return ms(statistics.median(times)), len(times)


def load_json(path: Path) -> dict:
    """The project file as a JSON dict."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def opened(path: Path):
    """A main window with ``path`` open, panels ensured, canvas 1600x900, every item built (what
    the canvas builds after its first paint too); (window, panels)."""
    window = drv.new_window()
    drv.open_file(window, path)
    drv.wait_until_built(window)
    panels = drv.ensure_panels(window)
    drv.canvas_view(window)
    return window, panels


# ---------------------------------------------------------------------- figures
def figure_open(path: Path) -> dict:
    """File > Open in a shown window (load + model + scene + docks + fit + first paint of the
    1600x900 canvas), vs json.load + plain items + fit + first paint in a 1600x900 view. It is
    the first file opened in the process: lazy imports are included. ``built_ms``: CPU time
    until the canvas has also built, from the event loop, the cards and arrows it builds after
    its first paint (the reference builds everything before its paint)."""
    window = drv.new_window()
    start, start_cpu = time.perf_counter(), time.process_time()
    drv.open_file(window, path)
    view = drv.canvas_view(window)  # before the first paint: the canvas is painted once
    panels = drv.ensure_panels(window)
    drv.fit_all(window)
    paint(view)
    value, wall = ms(time.process_time() - start_cpu), ms(time.perf_counter() - start)
    drv.wait_until_built(window)  # what the canvas builds after its first paint, input served
    built = ms(time.process_time() - start_cpu)
    start, start_cpu = time.perf_counter(), time.process_time()
    ref_view, _, _ = reference_scene(load_json(path))
    fit(ref_view)
    paint(ref_view)
    reference = ms(time.process_time() - start_cpu)
    return {"value": value, "reference": reference, "wall_ms": wall,
            "reference_wall_ms": ms(time.perf_counter() - start), "panels": panels,
            "built_ms": built, "reference_built_ms": reference}


def figure_rss(path: Path) -> dict:
    """Peak RSS after opening in the app, vs a process holding the plain reference scene."""
    window, panels = opened(path)
    drv.fit_all(window)
    paint(window.view)
    value = peak_rss_mb()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "benchmarks.reference", str(path)],
                         capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    return {"value": value, "reference": float(out.stdout.strip().splitlines()[-1]),
            "unit": "MiB", "panels": panels}


def _frames(path: Path, fitted: bool) -> dict:
    window, panels = opened(path)
    view = window.view
    if fitted:
        drv.fit_all(window)
    else:
        drv.actual_size(window)
    value, runs = median_ms(lambda: paint(view))
    ref_view, _, _ = reference_scene(load_json(path))
    if fitted:
        fit(ref_view)
    else:
        actual_size(ref_view)
    reference, _ = median_ms(lambda: paint(ref_view))
    return {"value": value, "reference": reference, "runs": runs,
            "zoom": round(view.transform().m11(), 4)}


def figure_frame_100(path: Path) -> dict:
    """Full repaint of a 1600x900 canvas at 100 % zoom, centred on the middle of the map."""
    return _frames(path, fitted=False)


def figure_frame_fit(path: Path) -> dict:
    """Full repaint of a 1600x900 canvas fitted on the whole map (level of detail applies)."""
    return _frames(path, fitted=True)


def _mouse(view):
    """A function ``send(kind, pos, button, buttons)`` posting real mouse events to the viewport."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()

    def send(kind, pos, button, buttons):
        event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                            button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    return send


def _timed_steps(step, count: int, skip: int, view=None,
                 settle_ms: int = 0) -> tuple[float, float]:
    """Median ms of ``step()`` + event loop over ``count - skip`` steps, (without, with) the
    repaint: the first half runs with the view's viewport updates disabled (the work of the step:
    events, item moves, scene index), the second half with them (work + repaint). With
    ``settle_ms``, the event loop runs that long, untimed, after each step, so that work the
    application deliberately defers (debounced panels) happens between steps, not inside one."""
    from PySide6.QtTest import QTest

    qapp = app()
    results = []
    for repaint in (False, True):
        if view is not None:
            view.viewport().setUpdatesEnabled(repaint)
        times = []
        for _ in range(count):
            begin = time.process_time()
            step()
            qapp.processEvents()
            times.append(time.process_time() - begin)
            if settle_ms:
                QTest.qWait(settle_ms)
        results.append(ms(statistics.median(times[skip:])))
    return results[0], results[1]


def figure_drag_step(path: Path) -> dict:
    """One mouse-move step while dragging a 50-flow hub at 100 %: a real mouse-move event sent
    to the viewport, then the event loop runs. ``value`` is the step without repainting (repaints
    are coalesced to the screen's refresh and measured by the frame figures); ``with_repaint``
    includes the repaint. The app routes the hub's 50 flows again round the cards (the
    orthogonal router over the card index), the others stay. Reference: move the hub's plain rect
    and re-route its 50 plain paths (straight lines)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QPainterPath

    from .synthetic import hub_id

    window, panels = opened(path)
    view = window.view
    project = drv.project_of(window)
    hub = hub_id(project)
    drv.actual_size(window)
    drv.centre_on_link(window, hub)
    paint(view)
    card = drv.card_of(window, hub)
    start_pos = view.mapFromScene(card.sceneBoundingRect().center() + QPointF(-20, 8))
    send = _mouse(view)
    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start_pos, left, left)
    app().processEvents()
    pos = QPointF(start_pos)
    steps = iter(range(10**6))

    def step():
        nonlocal pos
        pos += QPointF(2 if next(steps) % 2 else 1, 1)
        send(QEvent.Type.MouseMove, pos.toPoint(), Qt.MouseButton.NoButton, left)

    value, with_repaint = _timed_steps(step, 20, 3, view)
    moved = card.pos()
    send(QEvent.Type.MouseButtonRelease, pos.toPoint(), left, Qt.MouseButton.NoButton)
    app().processEvents()

    data = load_json(path)
    ref_view, rects, paths = reference_scene(data)
    rect = rects[[link["id"] for link in data["links"]].index(hub)]
    mine = [(item, flow["upstream"] == hub) for item, flow in zip(paths, data["flows"])
            if hub in (flow["upstream"], flow["downstream"])]
    actual_size(ref_view, rect.sceneBoundingRect().center())
    paint(ref_view)

    def ref_step():
        rect.moveBy(1, 1)
        centre = rect.sceneBoundingRect().center()
        for item, outgoing in mine:
            other = item.path().pointAtPercent(1.0 if outgoing else 0.0)
            p = QPainterPath(centre if outgoing else other)
            p.lineTo(other if outgoing else centre)
            item.setPath(p)

    reference, ref_repaint = _timed_steps(ref_step, 20, 3, ref_view)
    return {"value": value, "reference": reference, "with_repaint": with_repaint,
            "reference_with_repaint": ref_repaint, "flows": len(mine),
            "card_during_drag": [round(moved.x(), 1), round(moved.y(), 1)],
            "model_position_after_release": list(project.links[hub].position),
            "panels": panels}


def run_event_loop(duration_ms: int) -> None:
    """Run the event loop for ``duration_ms`` as the application runs it: ``QEventLoop.exec``,
    which sleeps until the next timer or event. (``QTest.qWait`` polls instead, handling events
    then sleeping 10 ms, again and again: ~3 ms of CPU per 400 ms even in a bare Qt process, where
    the application's loop spends ~0.3 ms.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(duration_ms, loop.quit)
    loop.exec()


def qtest_wait(duration_ms: int) -> None:
    """``QTest.qWait(duration_ms)``: the polling wait the retag figure used before 2026-12-05."""
    from PySide6.QtTest import QTest

    QTest.qWait(duration_ms)


def _settled_cpu_ms(step, count: int, settle_ms: int,
                    wait=run_event_loop) -> tuple[float, float]:
    """Run ``step()`` ``count`` times; each time the event loop runs for ``settle_ms`` after it
    (``wait(settle_ms)``), so that deferred work (debounced panels, overview picture) is done.
    Returns the medians of (CPU ms of the process for the step and everything it caused, wall
    ms of ``step()`` plus one pass of the event loop)."""
    qapp = app()
    cpu, wall = [], []
    for _ in range(count):
        begin_cpu, begin = time.process_time(), time.perf_counter()
        step()
        qapp.processEvents()
        wall.append(time.perf_counter() - begin)
        wait(settle_ms)
        cpu.append(time.process_time() - begin_cpu)
    return ms(statistics.median(cpu[1:])), ms(statistics.median(wall[1:]))


def figure_retag(path: Path) -> dict:
    """Tag one link missing/weak alternately through the undo stack, the link centred at 100 %.

    ``value``: CPU time of the process from the push until everything it causes is done: model,
    canvas (repaint included), plan dock, gap panel and the plan's suggested priorities (both
    show the one report the document publishes after a short debounce), overview minimap;
    measured as process CPU time over the step and :data:`RETAG_SETTLE_MS` of event loop run as
    the application runs it (:func:`run_event_loop`), so idle waiting is not counted and a busy
    shared machine disturbs it less than wall time.
    ``sync_ms``: wall time of the push plus one pass of the event loop (what delays the card's
    new colour). ``gaps_ms``: one ``GapAnalyzer.report`` after a retag, handed the retagged
    link as the document's publisher hands it (it runs one for the panel and the plan).
    ``polled_ms`` / ``reference_polled_ms``: the same measure over ``QTest.qWait``'s polling
    loop instead, as the figure was measured before 2026-12-05 (the polling itself costs ~3 ms
    of CPU per 400 ms), for comparison with earlier results.
    Reference: one plain rect's brush changed, measured the same way."""
    from PySide6.QtGui import QBrush, QColor

    from valuechain_gui.analysis.gaps import GapAnalyzer
    from valuechain_gui.model import LinkStatus

    window, panels = opened(path)
    project = drv.project_of(window)
    link_id = next(i for i, link in project.links.items() if link.status == LinkStatus.WEAK)
    drv.actual_size(window)
    drv.centre_on_link(window, link_id)
    paint(window.view)
    stack = drv.undo_stack_of(window)
    flip = iter(range(10**6))
    statuses = [LinkStatus.MISSING, LinkStatus.WEAK]

    def step():
        stack.push(drv.status_command(project, [link_id], statuses[next(flip) % 2]))

    value, sync = _settled_cpu_ms(step, 9, RETAG_SETTLE_MS)
    polled, _ = _settled_cpu_ms(step, 8, RETAG_SETTLE_MS, wait=qtest_wait)  # even: the
    # link ends as the figure left it (final_status)
    analyzer = GapAnalyzer(project)
    analyzer.report()
    gaps = []
    for _ in range(4):
        step()
        begin = time.process_time()
        analyzer.report({link_id})
        gaps.append(time.process_time() - begin)
    final = project.links[link_id].status

    data = load_json(path)
    ref_view, rects, _ = reference_scene(data)
    rect = rects[[link["id"] for link in data["links"]].index(link_id)]
    actual_size(ref_view, rect.sceneBoundingRect().center())
    paint(ref_view)
    colours = [QBrush(QColor("#e33")), QBrush(QColor("#fc3"))]

    def ref_step():
        rect.setBrush(colours[next(flip) % 2])

    reference, ref_sync = _settled_cpu_ms(ref_step, 5, RETAG_SETTLE_MS)
    ref_polled, _ = _settled_cpu_ms(ref_step, 5, RETAG_SETTLE_MS, wait=qtest_wait)
    return {"value": value, "reference": reference, "sync_ms": sync,
            "reference_sync_ms": ref_sync, "gaps_ms": ms(statistics.median(gaps)),
            "polled_ms": polled, "reference_polled_ms": ref_polled,
            "final_status": str(final), "panels": panels}


def figure_layout(path: Path) -> dict:
    """View > Auto-layout pushed as one undoable command, event loop run (no reference)."""
    qapp = app()
    window, panels = opened(path)
    project = drv.project_of(window)
    begin = time.process_time()
    drv.undo_stack_of(window).push(drv.layout_command(project))
    qapp.processEvents()
    value = ms(time.process_time() - begin)
    return {"value": value, "reference": None, "panels": panels}


def figure_save(path: Path) -> dict:
    """save_project (atomic: temp file, fsync, verify, backup) vs json.dumps + write."""
    from valuechain_gui.io.project.file import load_project, save_project

    project = load_project(path)
    data = load_json(path)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bench.vchain"
        value, runs = median_ms(lambda: save_project(project, target), 7, clock=time.perf_counter)
        plain = Path(tmp) / "plain.json"

        def ref():
            with open(plain, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, ensure_ascii=False, indent=1))

        reference, _ = median_ms(ref, 7, clock=time.perf_counter)
    return {"value": value, "reference": reference, "runs": runs}


def figure_excel(path: Path) -> dict:
    """export_action_plan (no map picture) vs the same cells written with plain openpyxl."""
    import openpyxl

    from valuechain_gui.io.excel.export import export_action_plan
    from valuechain_gui.io.project.file import load_project

    project = load_project(path)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "plan.xlsx"
        export_action_plan(project, target)
        written = openpyxl.load_workbook(target)
        sheets = [[list(row) for row in ws.iter_rows(values_only=True)] for ws in written]
        cells = sum(len(row) for rows in sheets for row in rows)

        def plain() -> None:
            book = openpyxl.Workbook()
            book.remove(book.active)
            for i, rows in enumerate(sheets):
                ws = book.create_sheet(f"S{i}")
                for row in rows:
                    ws.append(row)
            book.save(Path(tmp) / "plain.xlsx")

        values, references = [], []
        for _ in range(2):  # interleaved, best of 2: a busy machine disturbs both alike
            begin = time.perf_counter()
            export_action_plan(project, target)
            values.append(time.perf_counter() - begin)
            begin = time.perf_counter()
            plain()
            references.append(time.perf_counter() - begin)
    return {"value": ms(min(values)), "reference": ms(min(references)), "cells": cells}


def figure_startup(path: Path) -> dict:
    """Wall time from process start to the main window's first paint, best of 3, vs a bare
    QMainWindow (size-independent: ``path`` is not used).

    As an installed application starts: with its modules' compiled bytecode. A checkout run
    with ``PYTHONDONTWRITEBYTECODE`` (or never run before) would compile every module of the
    package from source at each start (~0.3 s here); the probes keep their bytecode in a
    throw-away cache (``PYTHONPYCACHEPREFIX``, outside the source tree), filled by one untimed
    start of each before the timed ones."""
    import valuechain_gui

    # the package this process runs (a PYTHONPATH given to the benchmark included), not
    # whichever one the virtual environment installed
    package_root = str(Path(valuechain_gui.__file__).resolve().parent.parent)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([package_root, str(ROOT)]),
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="vcg-bench-config-"),
               PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="vcg-bench-pyc-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(which: str) -> float:
        subprocess.run([sys.executable, "-m", "benchmarks.startup", which], check=True,
                       env=env, cwd=ROOT, capture_output=True)  # untimed: fills the cache
        values = []
        for _ in range(3):
            begin = time.perf_counter()
            subprocess.run([sys.executable, "-m", "benchmarks.startup", which], check=True,
                           env=env, cwd=ROOT, capture_output=True)
            values.append(time.perf_counter() - begin)
        return ms(min(values))

    return {"value": run("app"), "reference": run("reference")}


def main(argv: list[str]) -> int:
    """``FIGURE PROJECT``: run one figure and print its JSON line."""
    figure, path = argv[0], Path(argv[1])
    allow_from_environment()  # before the model is imported (growth figures past the limit)
    record = globals()[f"figure_{figure}"](path)
    record.setdefault("unit", "ms")
    record["rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(record))
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown of large scenes: not part of any figure


if __name__ == "__main__":
    main(sys.argv[1:])
