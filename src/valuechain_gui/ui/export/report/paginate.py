"""Cutting the report's text parts into pages, a table only between two rows, its header row
repeated on each page.

QTextDocument's own pagination splits a tall row over two pages and draws it on both (clipped
on screen, but still in the PDF's text, so a search finds it twice); here each page is a
document of its own holding whole rows only. A page is laid out with as many rows as fitted on
the last one, then with more while there is room, or again with those that fit (the rows' ends
are read from the layout): mostly once per page.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtGui import QTextDocument, QTextTable

from valuechain_gui.io.report.dossier import Dossier, Section, Table
from .html import section_html, table_html

#: Share of a page filled at most (headings are measured apart; margins may add a little).
FILL = 0.98
#: A part of the flow: HTML that is not cut, or a table cut between rows.
Item = str | Table


def section_items(section: Section, level: int = 3) -> list[Item]:
    """A section as items: its title and lines (kept with the table's first row), its table."""
    if section.table is None:  # a list of lines: the page may end between two of them
        first = section_html(Section(section.title, section.lines[:1]), level)
        return [first, *(f"<p>{escape(line)}</p>" for line in section.lines[1:])]
    return [section_html(Section(section.title, section.lines), level), section.table]


def _height(doc: QTextDocument) -> float:
    return doc.documentLayout().documentSize().height()


def _rows_fitting(doc: QTextDocument, room: float) -> tuple[int, float]:
    """How many body rows of the document's last table end within ``room`` (device units),
    and the height of one of them on average."""
    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    table = tables[-1]
    tops = []
    for row in range(table.rows()):
        blocks = [table.cellAt(row, col).firstCursorPosition().block()
                  for col in range(table.columns())]
        tops.append(min(layout.blockBoundingRect(block).top() for block in blocks))
    bottoms = tops[1:] + [layout.frameBoundingRect(table).bottom()]
    fitting = sum(1 for bottom in bottoms[1:] if bottom <= room)
    body = len(bottoms) - 1
    average = (bottoms[-1] - bottoms[0]) / body if body else 0.0
    return fitting, average


class _Pager:
    """Fills pages: the parts placed on the current page, those waiting for their table (a
    heading stays with its table's first rows), and the documents of the finished pages."""

    def __init__(self, room: float, make: Callable[[str], QTextDocument]) -> None:
        self.room = room
        self.make = make
        self.pages: list[QTextDocument] = []
        self.placed: list[str] = []
        self.waiting: list[str] = []
        self.used = 0.0  # height of placed + waiting (measured or estimated)
        self.guess = 20  # rows tried first on a page: as many as fitted on the last one

    def text(self, html: str) -> None:
        """A heading or paragraph: on this page if it fits, else on the next one."""
        height = _height(self.make(html))
        if self.used and self.used + height > self.room:
            self.placed += self.waiting
            self.waiting = []
            self.close()
        self.waiting.append(html)
        self.used += height

    def close(self, doc: QTextDocument | None = None) -> None:
        """End the page with what is placed (``doc``: its document, when already made)."""
        self.pages.append(doc or self.make("".join(self.placed)))
        self.placed, self.used = [], sum(_height(self.make(h)) for h in self.waiting)

    def table(self, table: Table) -> None:
        """A table, cut between rows, its header on each page."""
        if not table.rows:
            self.text(table_html(table))
            return
        start = 0
        while start < len(table.rows):
            left = len(table.rows) - start
            count = min(self.guess, left)
            head = "".join(self.placed + self.waiting)
            chunk = table_html(Table(table.headers, table.rows[start:start + count],
                                     table.widths))
            doc = self.make(head + chunk)
            fitting, average = _rows_fitting(doc, self.room)
            spare = self.room - _height(doc)
            if fitting == count < left and average and spare >= average:
                self.guess = count + int(spare // average)  # room for more: try again
                continue
            if fitting == 0 and self.placed:  # not one row under its heading: next page
                self.close()
                continue
            fitting = max(fitting, 1)  # a row taller than a page: alone, it overflows
            if fitting < count:
                chunk = table_html(Table(table.headers, table.rows[start:start + fitting],
                                         table.widths))
                doc = self.make(head + chunk)
            start += fitting
            self.guess = fitting
            self.placed += [*self.waiting, chunk]
            self.waiting = []
            if start < len(table.rows):
                self.close(doc)
            else:
                self.used = _height(doc)

    def finish(self) -> list[QTextDocument]:
        """The documents of all pages."""
        self.placed += self.waiting
        self.waiting = []
        if self.placed:
            self.close()
        return self.pages


def paginate(flow: list[Item], page_height: float,
             make: Callable[[str], QTextDocument]) -> list[QTextDocument]:
    """One document per page of ``flow`` (``make`` builds a document laid out at page width)."""
    pager = _Pager(page_height * FILL, make)
    for item in flow:
        if isinstance(item, str):
            pager.text(item)
        else:
            pager.table(item)
    return pager.finish()


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
