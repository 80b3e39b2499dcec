"""Plain records the sample descriptions use for what is not a model record.

:class:`Cited` is a partner the sample's plan cites for an action, with the stage its alliance
has reached: :func:`make_samples.build_sample` cites the partner in the project (once, with the
id a migrated version 2 file would give it) and adds the alliance.
"""

from __future__ import annotations

from typing import NamedTuple

from valuechain_gui.model import CooperationStage, Governance, PartnerKind


class Cited(NamedTuple):
    """A partner cited for an action: name, ISO country, kind, alliance stage, governance."""

    name: str
    country: str
    kind: PartnerKind = PartnerKind.CLUSTER
    stage: CooperationStage = CooperationStage.IDENTIFIED
    governance: Governance | None = None
