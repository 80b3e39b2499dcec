"""Texts of the "Critical gaps" panel built from the analysis, in the interface language.

* :func:`end_markets_text`: the header line naming the end markets the analysis used; when none is
  marked, it says that the links with no downstream flow were taken.
* :func:`joint_text`: the joint what-if, one line per end market no path reaches without a gap
  (``To reach Farms: fix Sensors and Software; strengthen Integration``).

Each returns ``(text, tooltip)``: the text lists at most :data:`MAX_SHOWN` items (names or lines),
the tooltip all of them, so a chain with hundreds of end markets keeps a small panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from valuechain_gui.analysis.gaps import GapReport
    from valuechain_gui.analysis.joint import JointFix
    from valuechain_gui.model import Project

#: Items (end-market names, joint lines: one per end market) shown before "and N more".
MAX_SHOWN = 6
#: Items listed in a tooltip at most.
MAX_TIP = 60


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("GapsDock", text, disambiguation, n)


def and_list(names: Sequence[str]) -> str:
    """``"A"``, ``"A and B"``, ``"A, B and C"`` in the interface language."""
    items = list(names)
    if len(items) < 2:
        return "".join(items)
    return _t("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def _cut(items: list[str], limit: int) -> list[str]:
    if len(items) <= limit:
        return items
    return items[:limit] + [_t("… and %n more end market(s)", "", len(items) - limit)]


def end_markets_text(project: Project, report: GapReport) -> tuple[str, str]:
    """The header line about the end markets (``""`` when there is none: a note says why)."""
    names = [project.links[i].name for i in report.end_markets if i in project.links]
    if not names:
        return "", ""
    shown = ", ".join(_cut(names, MAX_SHOWN))
    if report.end_markets_derived:
        text = _t("End markets (none is marked: the ends of the chain, return flows set "
                  "aside): {names}").format(names=shown)
    else:
        text = _t("End markets: {names}").format(names=shown)
    return text, "\n".join(_cut(names, MAX_TIP))


def joint_line(project: Project, fix: JointFix) -> str:
    """One end market's joint what-if as a sentence."""
    links = project.links
    market = links[fix.end_market].name
    missing = and_list([links[i].name for i in fix.missing])
    weak = and_list([links[i].name for i in fix.weak])
    if missing and weak:
        return _t("To reach {market}: fix {missing}; strengthen {weak}").format(
            market=market, missing=missing, weak=weak)
    if missing:
        return _t("To reach {market}: fix {missing}").format(market=market, missing=missing)
    return _t("To reach {market}: strengthen {weak}").format(market=market, weak=weak)


def joint_text(project: Project, fixes: Sequence[JointFix]) -> tuple[str, str]:
    """The joint what-if block under the table: a title, then one line per end market."""
    lines = [joint_line(project, fix) for fix in fixes if fix.end_market in project.links]
    if not lines:
        return "", ""
    title = _t("Gaps to fix together (joint what-if: the route with the fewest missing, then "
               "weak links):")
    text = "\n".join([title, *("• " + line for line in _cut(lines, MAX_SHOWN))])
    return text, "\n".join(_cut(lines, MAX_TIP))


__all__ = ["MAX_SHOWN", "and_list", "end_markets_text", "joint_line", "joint_text"]
