"""The interface's words for changes: a badge for a changed card and a line of the panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from valuechain_gui.analysis.changes import Change, ChangeKind
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.text.labels import link_status_label

_CONTEXT = "Changes"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def badge_text(changes: list[Change]) -> str:
    """The badge of one card from its changes: "was missing", "new", "renamed", "moved"...,
    joined with " · " (the status first)."""
    words = []
    for change in sorted(changes, key=lambda c: c.kind != ChangeKind.STATUS_CHANGED):
        if change.kind == ChangeKind.STATUS_CHANGED:
            words.append(_t("was {status}").format(
                status=link_status_label(LinkStatus(change.old))))
        elif change.kind == ChangeKind.LINK_ADDED:
            words.append(_t("new"))
        elif change.kind == ChangeKind.LINK_RENAMED:
            words.append(_t("renamed"))
        elif change.kind == ChangeKind.LINK_MOVED:
            words.append(_t("moved"))
        elif change.kind == ChangeKind.STRATEGIC_SET:
            words.append(_t("now strategic"))
        elif change.kind == ChangeKind.STRATEGIC_CLEARED:
            words.append(_t("was strategic"))
    return " · ".join(words)


def change_text(change: Change) -> str:
    """One line of the changes panel."""
    name, old, new = change.name, change.old, change.new
    kind = change.kind
    if kind == ChangeKind.STATUS_CHANGED:
        return _t("Status changed: {name}, {old} → {new}").format(
            name=name, old=link_status_label(LinkStatus(old)),
            new=link_status_label(LinkStatus(new)))
    texts = {
        ChangeKind.LINK_ADDED: _t("Link added: {name} ({new})"),
        ChangeKind.LINK_REMOVED: _t("Link removed: {name} ({old})"),
        ChangeKind.LINK_RENAMED: _t("Link renamed: {old} → {new}"),
        ChangeKind.LINK_MOVED: _t("Link moved: {name}, {old} → {new}"),
        ChangeKind.STRATEGIC_SET: _t("Now strategic: {name}"),
        ChangeKind.STRATEGIC_CLEARED: _t("No longer strategic: {name}"),
        ChangeKind.FLOW_ADDED: _t("Flow added: {name}"),
        ChangeKind.FLOW_REMOVED: _t("Flow removed: {name}"),
        ChangeKind.ACTION_ADDED: _t("Action added: {name} ({new})"),
        ChangeKind.ACTION_ACHIEVED: _t("Action achieved: {name} ({new})"),
        ChangeKind.ACTION_OBSOLETE: _t("Action obsolete: {name} ({new})"),
        ChangeKind.ACTION_REMOVED: _t("Action removed: {name} ({new})"),
    }
    return texts[kind].format(name=name, old=old, new=new)
