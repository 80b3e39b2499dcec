"""Translated texts of the alliance pipeline: operation kinds, and a card's text.

Through ``QCoreApplication.translate`` with the fixed context ``"AllianceLabels"`` so lupdate
extracts every literal; the cooperation stages and governances reuse the plan's labels
(:mod:`valuechain_gui.ui.plan.labels`), so the board and the plan say the same words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from valuechain_gui.model import Alliance, CooperationStage, OperationKind, Project
from valuechain_gui.ui.plan.labels import governance_label, to_qdate


def _t(text: str) -> str:
    return QCoreApplication.translate("AllianceLabels", text)


def operation_label(value: OperationKind) -> str:
    """B2B meetings / business trip / ... (the operations run with a partner)."""
    return {
        OperationKind.B2B_MEETINGS: _t("B2B meetings"),
        OperationKind.BUSINESS_TRIP: _t("business trip"),
        OperationKind.LICENSING: _t("licensing"),
        OperationKind.EXCHANGE: _t("researcher or student exchange"),
        OperationKind.JOINT_CALL: _t("joint call for projects"),
        OperationKind.JOINT_EVENT: _t("joint event"),
        OperationKind.SHARED_PLATFORM: _t("shared platform"),
        OperationKind.JOINT_TRADE_FAIR: _t("joint presence at a trade fair"),
    }[value]


def date_text(value: date | None) -> str:
    """A date in the interface's short format ("" for None)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def validation_text(alliance: Alliance) -> str:
    """Who validated the alliance and when ("" before the *validated* stage, or when neither is
    recorded)."""
    stages = list(CooperationStage)
    if stages.index(alliance.stage) < stages.index(CooperationStage.VALIDATED):
        return ""
    who, when = alliance.validated_by, date_text(alliance.validated_on)
    if who and when:
        return _t("Validated by {who} on {date}").format(who=who, date=when)
    if who:
        return _t("Validated by {who}").format(who=who)
    return _t("Validated on {date}").format(date=when) if when else ""


def card_text(project: Project, alliance: Alliance) -> str:
    """The lines of an alliance's card: partner (country), link, who validated it and when,
    next step and date, governance."""
    partner = project.partners[alliance.partner_id]
    action = project.actions.get(alliance.action_id)
    name = f"{partner.name} ({partner.country})" if partner.country else partner.name
    lines = [name]
    if action is not None:
        lines.append(_t("Link: {link}").format(link=project.action_link_name(action)))
    validated = validation_text(alliance)
    if validated:
        lines.append(validated)
    if alliance.next_step or alliance.next_date:
        step = alliance.next_step or _t("next step")
        when = date_text(alliance.next_date)
        lines.append(_t("Next: {step} – {date}").format(step=step, date=when) if when
                     else _t("Next: {step}").format(step=step))
    if alliance.governance is not None:
        lines.append(_t("Governance: {governance}").format(
            governance=governance_label(alliance.governance)))
    return "\n".join(lines)
