"""Sentences about the gap analysis written into documents (the workbook, ``check``). No Qt.

Words come from :mod:`valuechain_gui.words`, in the document's language:

* :func:`joint_line`: one end market's joint what-if, e.g. ``to reach Farms: fix Sensors and
  Integration; strengthen Software`` (``pour atteindre Farms : combler Sensors et Integration ;
  renforcer Software``): the missing links of the cheapest route first, then its weak links,
  each in route order (upstream first).
* :func:`end_markets_text`: the end markets the analysis used, saying when none is marked and
  the links with no downstream flow were taken.
* :func:`weights_text`: the project's status weights, e.g. ``missing 1, weak 0.6``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...words import word

if TYPE_CHECKING:
    from ...analysis.gaps import GapReport
    from ...analysis.joint import JointFix
    from ...model import Project, ProjectSettings


def and_list(language: str, names: Sequence[str]) -> str:
    """``"A"``, ``"A and B"``, ``"A, B and C"`` (``"A, B et C"`` in French)."""
    items = list(names)
    if len(items) < 2:
        return "".join(items)
    return word(language, "list.and", first=", ".join(items[:-1]), last=items[-1])


def joint_line(language: str, project: Project, fix: JointFix) -> str:
    """The joint what-if of one end market as one sentence (no final full stop)."""
    name = project.links[fix.end_market].name
    parts = []
    if fix.missing:
        parts.append(word(language, "gaps.joint.fix", links=and_list(
            language, [project.links[i].name for i in fix.missing])))
    if fix.weak:
        parts.append(word(language, "gaps.joint.strengthen", links=and_list(
            language, [project.links[i].name for i in fix.weak])))
    return word(language, "gaps.joint.line", market=name,
                fixes=word(language, "gaps.joint.separator").join(parts))


def end_markets_text(language: str, project: Project, report: GapReport) -> str:
    """The end markets' names, comma-separated; when derived, with the rule that chose them."""
    names = ", ".join(project.links[i].name for i in report.end_markets)
    if report.end_markets_derived and names:
        return word(language, "xl.summary.end_markets_derived", links=names)
    return names


def weight_number(language: str, value: float) -> str:
    """A weight with at most two decimals, no trailing zeros, decimal comma in French."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def weights_text(language: str, settings: ProjectSettings) -> str:
    """``"missing 1, weak 0.6"`` (``"manquant 1, faible 0,6"``)."""
    return word(language, "xl.summary.status_weights_value",
                missing=weight_number(language, settings.missing_weight),
                weak=weight_number(language, settings.weak_weight))


__all__ = ["and_list", "end_markets_text", "joint_line", "weight_number", "weights_text"]
