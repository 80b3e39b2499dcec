"""The workbook's cell formats: one XlsxWriter format per distinct set of properties.

XlsxWriter makes a new format (and, when saving, a new entry in the style table) for each
``add_format`` call; the sheets ask :class:`Formats` instead, which makes each distinct
combination of properties (font, fill, alignment, number format) once and hands it back
afterwards. Properties are XlsxWriter's (``bold``, ``font_size``, ``align``, ``valign``,
``text_wrap``, ``num_format``, ``pattern``, ``bg_color``...); :func:`~.printing.font` gives a
font's.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

#: Alignments the sheets use, as XlsxWriter format properties.
TOP_WRAP = {"text_wrap": True, "valign": "top"}
TOP_LEFT = {"align": "left", "valign": "top"}
TOP_CENTRE = {"align": "center", "valign": "top"}
CENTRE_WRAP = {"text_wrap": True, "valign": "vcenter"}


def solid_fill(color: str) -> dict[str, Any]:
    """The properties of a solid fill of ``color`` (``"RRGGBB"``)."""
    return {"pattern": 1, "bg_color": "#" + color}


class Formats:
    """The formats of one workbook, made once per distinct set of properties."""

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._made: dict[frozenset[tuple[str, Any]], Format] = {}

    def get(self, *parts: dict[str, Any]) -> Format:
        """The format with the properties of ``parts`` merged (a later part wins)."""
        props: dict[str, Any] = {}
        for part in parts:
            props.update(part)
        key = frozenset(props.items())
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._workbook.add_format(props)
        return made
