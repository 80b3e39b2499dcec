"""The Évolution / Changes sheet of the workbook: what changed since a comparison basis.

One row per change (:func:`valuechain_gui.analysis.changes.compare`): the change as a sentence,
the link (or action, or flow) concerned, and the value before and after (statuses as the
workbook's words, names and stages as they are). Under the table, the basis it was compared
with (its label and date).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...analysis.changes import ChangeKind, change_line, compare
from ...model.snapshots import Snapshot, chain_state
from .tables import Column

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

    from ...model import Project
    from .safety import SafetyCounters
    from .values import Words


def changes_table(project: Project, basis: Snapshot, words: Words
                  ) -> tuple[list[Column], list[list[Any]]]:
    """Columns and rows of the Changes sheet: ``project`` now against ``basis``."""
    columns = [Column(words("xl.col.change"), max_width=60),
               Column(words("xl.col.what"), max_width=36),
               Column(words("xl.col.before"), max_width=24),
               Column(words("xl.col.after"), max_width=24)]
    rows: list[list[Any]] = []
    for change in compare(basis.state, chain_state(project)):
        before, after = change.old, change.new
        if change.kind == ChangeKind.STATUS_CHANGED:
            before, after = words.enum("link_status", before), words.enum("link_status", after)
        elif change.kind in (ChangeKind.FLOW_ADDED, ChangeKind.FLOW_REMOVED):
            before = after = ""
        elif change.kind.startswith("action"):
            before, after = "", ""
        rows.append([change_line(words.language, change), change.name, before, after])
    return columns, rows


def write_basis(ws: Worksheet, basis: Snapshot, words: Words, rows: int,
                counters: SafetyCounters) -> None:
    """The line naming the basis, one empty row under the table (header + ``rows`` rows, at
    least one)."""
    from .safety import write_cell

    write_cell(ws, max(rows, 1) + 2, 0, words("xl.changes.basis", label=basis.label,
                                              date=basis.taken.isoformat()), None, counters)
