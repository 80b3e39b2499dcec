"""Translated labels of the action plan's vocabulary (docs/architecture.md, "Vocabulary"), for widgets.

Each function maps an enum member (or None) of :mod:`valuechain_gui.model.enums` to the text the
interface shows, through ``QCoreApplication.translate`` with the fixed context ``"PlanLabels"``
(so lupdate extracts every literal). Also the locale formatting of dates and euros used by the
plan table and the form (QLocale: the default locale follows the interface language).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from valuechain_gui.model import (
    ActionKind,
    ActionState,
    ActionStatus,
    CooperationStage,
    Governance,
    ObsoleteReason,
    PartnerKind,
    Priority,
    Scope,
    SearchChannel,
)


def priority_label(value: Priority | None) -> str:
    """"high"/"haute"...; "" for None (not set)."""
    return {
        Priority.HIGH: QCoreApplication.translate("PlanLabels", "high"),
        Priority.MEDIUM: QCoreApplication.translate("PlanLabels", "medium"),
        Priority.LOW: QCoreApplication.translate("PlanLabels", "low"),
    }.get(value, "") if value is not None else ""


def status_label(value: ActionStatus) -> str:
    """Progress of an action: proposed, validated, in progress, done, dropped."""
    return {
        ActionStatus.PROPOSED: QCoreApplication.translate("PlanLabels", "proposed"),
        ActionStatus.VALIDATED: QCoreApplication.translate("PlanLabels", "validated"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("PlanLabels", "in progress"),
        ActionStatus.DONE: QCoreApplication.translate("PlanLabels", "done"),
        ActionStatus.DROPPED: QCoreApplication.translate("PlanLabels", "dropped"),
    }[value]


def kind_label(value: ActionKind) -> str:
    """"local reinforcement" or "alliance search"."""
    if value == ActionKind.LOCAL_REINFORCEMENT:
        return QCoreApplication.translate("PlanLabels", "local reinforcement")
    return QCoreApplication.translate("PlanLabels", "alliance search")


def state_label(state: ActionState, reason: ObsoleteReason | None = None) -> str:
    """live / achieved / "obsolete: <why>"."""
    if state == ActionState.LIVE:
        return QCoreApplication.translate("PlanLabels", "live")
    if state == ActionState.ACHIEVED:
        return QCoreApplication.translate("PlanLabels", "achieved")
    if reason is None:
        return QCoreApplication.translate("PlanLabels", "obsolete")
    return QCoreApplication.translate("PlanLabels", "obsolete: {reason}").format(
        reason=reason_label(reason))


def reason_label(reason: ObsoleteReason) -> str:
    """Why an action is obsolete, in words."""
    return {
        ObsoleteReason.LINK_REMOVED: QCoreApplication.translate("PlanLabels", "link removed"),
        ObsoleteReason.LINK_RETAGGED: QCoreApplication.translate("PlanLabels", "link retagged"),
        ObsoleteReason.LINK_STRONG_NOT_DONE: QCoreApplication.translate(
            "PlanLabels", "link strong but action not done"),
    }[reason]


def scope_label(value: Scope | None) -> str:
    """regional / national / European / international; "" for None."""
    if value is None:
        return ""
    return {
        Scope.REGIONAL: QCoreApplication.translate("PlanLabels", "regional"),
        Scope.NATIONAL: QCoreApplication.translate("PlanLabels", "national"),
        Scope.EUROPEAN: QCoreApplication.translate("PlanLabels", "European"),
        Scope.INTERNATIONAL: QCoreApplication.translate("PlanLabels", "international"),
    }[value]


def channel_label(value: SearchChannel) -> str:
    """A search channel in words."""
    return {
        SearchChannel.OBVIOUS_LEADER: QCoreApplication.translate("PlanLabels", "obvious leader"),
        SearchChannel.MARKET_DATA: QCoreApplication.translate("PlanLabels", "market data"),
        SearchChannel.PATENTS: QCoreApplication.translate("PlanLabels", "patents"),
        SearchChannel.PUBLICATIONS: QCoreApplication.translate("PlanLabels", "publications"),
        SearchChannel.TRADE_FAIRS: QCoreApplication.translate(
            "PlanLabels", "trade fairs & congresses"),
        SearchChannel.INTERNATIONAL_OFFICES: QCoreApplication.translate(
            "PlanLabels", "regional international offices"),
        SearchChannel.CLUSTER_NETWORK: QCoreApplication.translate("PlanLabels", "cluster network"),
        SearchChannel.OTHER: QCoreApplication.translate("PlanLabels", "other"),
    }[value]


def partner_kind_label(value: PartnerKind) -> str:
    """cluster / company / lab / agency / network / other."""
    return {
        PartnerKind.CLUSTER: QCoreApplication.translate("PlanLabels", "cluster"),
        PartnerKind.COMPANY: QCoreApplication.translate("PlanLabels", "company"),
        PartnerKind.LAB: QCoreApplication.translate("PlanLabels", "lab"),
        PartnerKind.AGENCY: QCoreApplication.translate("PlanLabels", "agency"),
        PartnerKind.NETWORK: QCoreApplication.translate("PlanLabels", "network"),
        PartnerKind.OTHER: QCoreApplication.translate("PlanLabels", "other"),
    }[value]


def coop_stage_label(value: CooperationStage) -> str:
    """identified / validated / contacted / first joint operations / structured alliance."""
    return {
        CooperationStage.IDENTIFIED: QCoreApplication.translate("PlanLabels", "identified"),
        CooperationStage.VALIDATED: QCoreApplication.translate("PlanLabels", "validated",
                                                               "cooperation stage"),
        CooperationStage.CONTACTED: QCoreApplication.translate("PlanLabels", "contacted"),
        CooperationStage.FIRST_JOINT_OPERATIONS: QCoreApplication.translate(
            "PlanLabels", "first joint operations"),
        CooperationStage.STRUCTURED_ALLIANCE: QCoreApplication.translate(
            "PlanLabels", "structured alliance"),
    }[value]


def governance_label(value: Governance | None) -> str:
    """shared / rotating / neutral third party; "" for None (no alliance structured yet)."""
    if value is None:
        return ""
    return {
        Governance.SHARED: QCoreApplication.translate("PlanLabels", "shared"),
        Governance.ROTATING: QCoreApplication.translate("PlanLabels", "rotating"),
        Governance.NEUTRAL_THIRD_PARTY: QCoreApplication.translate(
            "PlanLabels", "neutral third party"),
    }[value]


# ---------------------------------------------------------------------- dates and money
def to_qdate(value: date | None) -> QDate:
    """A ``datetime.date`` as QDate; None → an invalid QDate."""
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


def from_qdate(value: QDate | date | None) -> date | None:
    """A QDate (or date/None) as ``datetime.date``; an invalid/null QDate → None."""
    if value is None or isinstance(value, date):
        return value
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """The date in the locale's short format (``30/11/2026`` in French); "" for None."""
    if value is None:
        return ""
    return (locale or QLocale()).toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def format_euros(value: float | None, locale: QLocale | None = None) -> str:
    """An amount in euros as the locale writes currency (``12 500,00 €`` in French); "" for None."""
    if value is None:
        return ""
    return (locale or QLocale()).toCurrencyString(float(value), "€")
