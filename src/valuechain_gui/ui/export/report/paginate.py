"""Cutting the report's text parts into pages, a table only between two rows, its header row
repeated on each page.

QTextDocument's own pagination splits a tall row over two pages and draws it on both (clipped
on screen, but still in the PDF's text, so a search finds it twice); here each page is a
document of its own holding whole rows only. Heights are measured once: each heading or
paragraph alone, each table laid out in full (its rows' tops read from the layout).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument, QTextTable

from valuechain_gui.io.report.dossier import Dossier, Section, Table
from .html import section_html, table_html

#: Share of a page filled at most (the parts are measured apart; margins may add a little).
FILL = 0.95
#: Rows laid out at once to measure them.
CHUNK = 60
#: A part of the flow: HTML that is not cut, or a table cut between rows.
Item = str | Table


def section_items(section: Section, level: int = 3) -> list[Item]:
    """A section as items: its title and lines (kept with the table's first row), its table."""
    head = section_html(Section(section.title, section.lines), level)
    return [head, section.table] if section.table is not None else [head]


def _height(doc: QTextDocument) -> float:
    return doc.documentLayout().documentSize().height()


def _row_heights(table: Table, make: Callable[[str], QTextDocument]) -> tuple[float, list[float]]:
    """The header row's height and each row's (device units), laying the table out in chunks
    of :data:`CHUNK` rows (a table of thousands of rows lays out slowly in one piece)."""
    if len(table.rows) <= CHUNK:
        return _chunk_heights(table, make)
    header_h = 0.0
    heights: list[float] = []
    for start in range(0, len(table.rows), CHUNK):
        header_h, part = _chunk_heights(
            Table(table.headers, table.rows[start:start + CHUNK], table.widths), make)
        heights += part
    return header_h, heights


def _chunk_heights(table: Table, make: Callable[[str], QTextDocument]
                   ) -> tuple[float, list[float]]:
    doc = make(table_html(table))
    layout = doc.documentLayout()
    frames = doc.rootFrame().childFrames()
    found = next((f for f in frames if isinstance(f, QTextTable)), None)
    total = _height(doc)
    if found is None or not table.rows:
        return total, []
    tops = []
    for row in range(found.rows()):
        cells = [found.cellAt(row, col).firstCursorPosition().block()
                 for col in range(found.columns())]
        tops.append(min(layout.blockBoundingRect(block).top() for block in cells))
    ends = tops[1:] + [total]
    heights = [end - top for top, end in zip(tops, ends)]
    return tops[1] if len(tops) > 1 else total, heights[1:]


def paginate(flow: list[Item], page_height: float,
             make: Callable[[str], QTextDocument]) -> list[str]:
    """The HTML of each page of ``flow`` (``make`` builds a document laid out at page width)."""
    room = page_height * FILL
    pages: list[str] = []
    current: list[str] = []
    used = 0.0

    def flush() -> None:
        nonlocal current, used
        if current:
            pages.append("".join(current))
        current, used = [], 0.0

    pending = ""  # a heading waiting for the first rows of its table
    pending_h = 0.0
    for item in flow:
        if isinstance(item, str):
            if pending:
                current.append(pending)
                used += pending_h
            pending, pending_h = item, _height(make(item))
            continue
        header_h, heights = _row_heights(item, make)
        start = 0
        while start < len(item.rows) or (start == 0 and not item.rows):
            need = pending_h + header_h + (heights[start] if heights else 0.0)
            if used and used + need > room:
                flush()
            if pending:
                current.append(pending)
                used += pending_h
                pending, pending_h = "", 0.0
            used += header_h
            end = start
            while end < len(item.rows) and (end == start or used + heights[end] <= room):
                used += heights[end]
                end += 1
            current.append(table_html(Table(item.headers, item.rows[start:end], item.widths)))
            if end >= len(item.rows):
                break
            flush()
            start = end
    if pending:
        if used and used + pending_h > room:
            flush()
        current.append(pending)
    flush()
    return pages


def glance_flow(dossier: Dossier) -> list[Item]:
    """The chain at a glance: completeness, counts per status and per stage."""
    first, *rest = dossier.glance
    return [*section_items(first, 2), *(i for s in rest for i in section_items(s))]


def rest_flows(dossier: Dossier, *, with_sets_apart: bool = True) -> list[list[Item]]:
    """Everything after the chart, one flow per part that starts a new page: the sets to fix
    together (unless the chart's page shows them) with the plan, then the alliances, the votes
    and the changes when there is something to show."""
    first: list[Item] = []
    if dossier.fix_together is not None and with_sets_apart:
        first += section_items(dossier.fix_together, 2)
    first.append(section_html(Section(dossier.plan_title), 2))
    for section in dossier.plan:
        first += section_items(section)
    return [first] + [section_items(s, 2) for s in (dossier.alliances, dossier.votes,
                                                     dossier.changes) if s is not None]
