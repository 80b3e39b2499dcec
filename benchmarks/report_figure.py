"""The report figure: the PDF report (board dossier) of the synthetic chain.

The synthetic chain has no plan; as a workshop would, one action is added per gap (a local
reinforcement per weak link, an alliance search per missing link), so that the plan's tables
run over many pages. Value: wall time of writing the report (gathering, map, chart, tables,
PDF), one run. Reference: the map alone as a one-page PDF (``render``), the floor of any
report with the map in it. Target: at most 10 s at 5,000 links.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def figure_report(path: Path) -> dict:
    """Write the report of the chain at ``path`` (with one action per gap) vs its map PDF."""
    from valuechain_gui.io.project.file import load_project
    from valuechain_gui.model import Action, ActionKind, LinkStatus
    from valuechain_gui.ui.export.render import ensure_app, pdf_bytes
    from valuechain_gui.ui.export.report.pdf import write_report

    ensure_app()
    project = load_project(path)
    kinds = {LinkStatus.WEAK: ActionKind.LOCAL_REINFORCEMENT,
             LinkStatus.MISSING: ActionKind.ALLIANCE_SEARCH}
    for link in list(project.links.values()):
        if link.status in kinds:
            project.add_action(Action(link.id, kinds[link.status], title=f"Plan {link.name}"))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "report.pdf"
        begin = time.perf_counter()
        write_report(project, target, lang="en")
        value = time.perf_counter() - begin
        size = target.stat().st_size
    begin = time.perf_counter()
    pdf_bytes(project)
    reference = time.perf_counter() - begin
    return {"value": round(value * 1000, 1), "reference": round(reference * 1000, 1),
            "actions": len(project.actions), "pdf_kb": round(size / 1024)}
