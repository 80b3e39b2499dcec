"""The co-editing figures, measured at the model + replica level (no window, no canvas).

* ``join``: a fresh client receiving a room's whole state (one Y update of the project) until
  its project is ready (:meth:`~valuechain_gui.sync.replica.Replica.joined`: the document built
  from the update, the project rebuilt and validated, the replica bound), vs opening the same
  file (:func:`~valuechain_gui.io.project.file.load_project`). Target: at most 2×. Both pause
  the garbage collector the same way (:mod:`~valuechain_gui.io.project.collector`). Where the time
  goes, each step's median CPU time: ``apply_ms`` (the Y update applied to a fresh document,
  pycrdt), ``read_ms`` (the document's records read and decoded, vs the file read and parsed),
  ``repair_ms`` (the rebuild's repairs), ``build_ms`` (limits, validation and the model's
  build: the same code for both); and, printed apart, ``shown_ms``: joining until the map is
  painted in a window vs File > Open until it is (what a user waits for in each case).
* ``remote_retag``: :meth:`~valuechain_gui.sync.replica.Replica.apply_remote_update` of one
  retag made by another replica, on a replica bound to the whole project, vs the same retag made
  locally (:meth:`~valuechain_gui.model.Project.set_status` + ``flush_local``). Both CPU time,
  links tagged missing/weak alternately (their actions exist after the warm-up), medians of 41,
  in microseconds. Target: at most 2×. The app's repaint of the card is in the ``retag`` figure, not here.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import tempfile
import time
from pathlib import Path

#: Retags timed each way (medians).
RUNS = 41


def _cpu_ms(func) -> float:
    """Process CPU time of one ``func()`` in ms, the garbage of earlier runs collected first."""
    gc.collect()
    begin = time.process_time()
    func()
    return (time.process_time() - begin) * 1000


def figure_join(path: Path) -> dict:
    """Joining a room holding the project of ``path`` vs opening ``path``."""
    from valuechain_gui.io.project.file import load_project
    from valuechain_gui.sync.replica import Replica

    state = Replica(load_project(path)).state()
    joins, opens = [], []

    def join() -> None:
        Replica.joined(state).close()

    for turn in range(6):  # interleaved (a busy machine disturbs both alike); first: warm-up
        joined, opened = _cpu_ms(join), _cpu_ms(lambda: load_project(path))
        if turn:
            joins.append(joined)
            opens.append(opened)
    return {"value": statistics.median(joins), "reference": statistics.median(opens), "runs": 5,
            "state_kb": round(len(state) / 1024), **_join_steps(state, path),
            **_until_shown(state, path)}


def _until_shown(state: bytes, path: Path) -> dict:
    """CPU ms until the map is painted in a 1600x900 window, as a user waits for it (printed
    under the table, not the target): ``shown_ms``, a room joined as the app shows it
    (:meth:`Replica.joined`, its project in a new document of the window, fit, first paint)
    vs ``reference_shown_ms``, File > Open of the file in a new window (fit, first paint; no
    panel attached on either side). Medians of 3, interleaved, after one warm-up of each. The
    project stays in its window, as it does for a user: unlike the target row, where both
    sides free what they built inside the timing, no freeing is counted here."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from valuechain_gui.sync.replica import Replica
    from valuechain_gui.ui.document.document import Document

    from . import appdriver as drv
    from .reference import paint

    def joined(window) -> None:
        replica = Replica.joined(state)
        window.set_document(Document(replica.project, None, unsaved=True))
        replica.close()  # (the app keeps it: following edits costs nothing until one comes)

    times: dict[str, list[float]] = {"shown_ms": [], "reference_shown_ms": []}
    with tempfile.TemporaryDirectory() as folder:
        copies = [Path(folder) / f"{turn}{path.suffix}" for turn in range(4)]
        for copy in copies:  # one each: the windows before still lock theirs
            shutil.copyfile(path, copy)
        for turn, copy in enumerate(copies):
            def opened(window, copy=copy) -> None:
                drv.open_file(window, copy)

            for key, show in (("shown_ms", joined), ("reference_shown_ms", opened)):
                window = drv.new_window()
                gc.collect()
                begin = time.process_time()
                show(window)
                view = drv.canvas_view(window)
                drv.fit_all(window)
                paint(view)
                if turn:
                    times[key].append((time.process_time() - begin) * 1000)
                window.hide()
                window.deleteLater()  # (not closed: a joined map would ask to be saved)
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {key: round(statistics.median(values), 1) for key, values in times.items()}


def _join_steps(state: bytes, path: Path) -> dict:
    """Median CPU ms of each step of a join (and of an open, as ``reference_*``), 5 runs."""
    from pycrdt import Doc

    from valuechain_gui.io.project import codec
    from valuechain_gui.io.project.collector import collector_paused
    from valuechain_gui.sync.mirror import read_records
    from valuechain_gui.sync.rebuild import project_data

    steps: dict[str, list[float]] = {}

    def timed(name: str, func):
        begin = time.process_time()
        result = func()
        steps.setdefault(name, []).append((time.process_time() - begin) * 1000)
        return result

    def apply() -> Doc:
        doc = Doc()
        doc.apply_update(state)
        return doc

    for _ in range(5):
        gc.collect()
        with collector_paused():
            doc = timed("apply_ms", apply)
            unsafe: list[bool] = []
            meta, records = timed("read_ms", lambda: read_records(doc, unsafe, {}))
            data = timed("repair_ms", lambda: project_data(meta, records))
            timed("build_ms", lambda: codec.project_from_dict(data, clean=bool(unsafe)))
            raw, may_clean = timed("reference_read_ms",
                                   lambda: codec._parse(path.read_bytes(), str(path)))
            timed("reference_build_ms", lambda: codec._from_raw(raw, str(path), may_clean))
        del doc, meta, records, data, raw
    return {name: round(statistics.median(times), 1) for name, times in steps.items()}


def figure_remote_retag(path: Path) -> dict:
    """A remote retag applied to an open replica vs the same retag made locally."""
    from valuechain_gui.io.project.file import load_project
    from valuechain_gui.model import LinkStatus
    from valuechain_gui.sync.replica import Replica

    mine = Replica(load_project(path))
    theirs = Replica.joined(mine.state())
    link_id = list(mine.project.links)[len(mine.project.links) // 2]
    statuses = [LinkStatus.MISSING, LinkStatus.WEAK]
    turn = [0]

    def retag(replica: Replica) -> bytes | None:
        turn[0] += 1
        replica.project.set_status([link_id], statuses[turn[0] % 2])
        return replica.flush_local()

    for _ in range(2):  # both replicas hold the actions the two statuses create
        theirs.apply_remote_update(retag(mine))
    updates = [retag(mine) for _ in range(RUNS)]
    remote_times, local_times = [], []
    for update in updates:
        begin = time.process_time()
        theirs.apply_remote_update(update)
        remote_times.append(time.process_time() - begin)
    for _ in range(RUNS):
        begin = time.process_time()
        retag(theirs)
        local_times.append(time.process_time() - begin)
    return {"value": statistics.median(remote_times) * 1e6,
            "reference": statistics.median(local_times) * 1e6, "unit": "us",
            "runs": len(remote_times)}
