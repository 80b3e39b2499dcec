"""The report's text pages as HTML for a QTextDocument: the cover, the chain at a glance, and the
sections after the chart (fix-together sets, plan, alliances, votes, changes), cut into pages
by :mod:`.paginate`.

Sizes are in points (the document is laid out for the PDF writer itself, so a point is a point
on paper); nothing is smaller than :data:`BODY_PT` but the footer, which is 9 pt too. Tables use
``<thead>`` so that a table running over pages repeats its header row on each.
"""

from __future__ import annotations

from html import escape

from valuechain_gui.io.report.dossier import Dossier, Section, Table

#: Body text and table text (points); the smallest text of every page but the map page.
BODY_PT = 10
TABLE_PT = 9.5
HEADER_FILL = "#1f4e79"

STYLE_SHEET = f"""
body {{ font-size: {BODY_PT}pt; color: #1a1a1a; }}
h1 {{ font-size: 22pt; font-weight: bold; color: #1f4e79; margin-bottom: 6pt; }}
h2 {{ font-size: 15pt; font-weight: bold; color: #1f4e79; margin-top: 14pt; margin-bottom: 6pt; }}
h3 {{ font-size: 12pt; font-weight: bold; color: #1f4e79; margin-top: 12pt; margin-bottom: 4pt; }}
p {{ margin-top: 0pt; margin-bottom: 5pt; }}
td {{ font-size: {TABLE_PT}pt; }}
th {{ font-size: {TABLE_PT}pt; font-weight: bold; color: #ffffff; background-color: {HEADER_FILL};
      text-align: left; }}
.label {{ color: #4a5663; font-size: 12pt; }}
.value {{ font-size: 13pt; font-weight: bold; }}
.note {{ color: #4a5663; font-style: italic; }}
"""


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def table_html(table: Table) -> str:
    """A table with a repeated header row, full width, columns at their share of it."""
    head = "".join(f'<th width="{w}%">{_text(h)}</th>'
                   for h, w in zip(table.headers, table.widths))
    rows = []
    for i, row in enumerate(table.rows):
        shade = ' bgcolor="#eef2f7"' if i % 2 else ""
        rows.append(f"<tr{shade}>" + "".join(f"<td>{_text(v)}</td>" for v in row) + "</tr>")
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def section_html(section: Section, level: int = 3) -> str:
    """A section: its title, its lines, its table."""
    parts = [f"<h{level}>{_text(section.title)}</h{level}>"]
    parts += [f"<p>{_text(line)}</p>" for line in section.lines]
    if section.table is not None:
        parts.append(table_html(section.table))
    return "".join(parts)


def cover_html(dossier: Dossier) -> str:
    """The cover: the title, the target market, then each field (blank when the project has
    none), and the share note of the share version."""
    parts = [f"<h1>{_text(dossier.title)}</h1>",
             f'<p style="font-size: 18pt; margin-bottom: 24pt">{_text(dossier.project)}</p>',
             '<table width="100%" border="0" cellspacing="0" cellpadding="6">']
    for label, value in dossier.cover:
        parts.append(f'<tr><td width="32%" class="label">{_text(label)}</td>'
                     f'<td class="value">{_text(value)}</td></tr>')
    parts.append("</table>")
    if dossier.share_note:
        parts.append(f'<p>&nbsp;</p><p class="note">{_text(dossier.share_note)}</p>')
    return "".join(parts)
