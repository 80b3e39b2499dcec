"""The project's settings: choices the working group makes about how its chain is analysed.

The **territory** the matching measures a partner's scope from (``country``, an ISO 3166-1
alpha-2 code, default ``"FR"``; ``region``, free text: a partner in the same region is regional,
in the same country national, elsewhere in the EU/EEA European, else international); and the two
**status weights** of the gap analysis's criticality score
(docs/gap_analysis.md): a gap's score is multiplied by the weight of its status, so that a
missing link (nobody on the territory does it) outranks a weak one (present but insufficient) at
the same position in the chain. Defaults: missing 1.0, weak 0.6. Each weight is a number from
0 to 1 (a larger one could push a score past 100).

:class:`ProjectSettings` is immutable: a change replaces the whole value through
:meth:`Project.update_meta(settings=...) <valuechain_gui.model.project.Project.update_meta>`,
so undo restores the previous value exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ModelError
from .enums import LinkStatus

#: Default weight of a missing link's criticality score.
DEFAULT_MISSING_WEIGHT = 1.0
#: Default weight of a weak link's criticality score.
DEFAULT_WEAK_WEIGHT = 0.6
#: Names of the weight fields, as written in the project file's ``settings`` object.
WEIGHT_FIELDS = ("missing_weight", "weak_weight")


@dataclass(frozen=True)
class ProjectSettings:
    """How the project's chain is analysed.

    Attributes:
        missing_weight: factor (0..1) of the criticality score of a missing link.
        weak_weight: factor (0..1) of the criticality score of a weak link.
        country: ISO code of the pôle's country (the matching's scopes), default "FR".
        region: the pôle's region (free text, as partners' regions are written), default "".
        extra: keys of the file's ``settings`` object this version does not know (kept, written
            back on save).

    Raises:
        ModelError: ``bad_weight`` (params ``field``, ``value``) when a weight is not a finite
            number from 0 to 1.
    """

    missing_weight: float = DEFAULT_MISSING_WEIGHT
    weak_weight: float = DEFAULT_WEAK_WEIGHT
    country: str = "FR"
    region: str = ""
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        for name in WEIGHT_FIELDS:
            value = getattr(self, name)
            if (isinstance(value, bool) or not isinstance(value, (int, float))
                    or not math.isfinite(value) or not 0.0 <= value <= 1.0):
                raise ModelError("bad_weight", "The {field} must be a number from 0 to 1, "
                                 "not {value}.", field=name.replace("_", " "), value=value)
            object.__setattr__(self, name, float(value))
        for name in ("country", "region"):
            if not isinstance(getattr(self, name), str):
                raise ModelError("bad_text", "{field} expects text, not {given}.", field=name,
                                 given=type(getattr(self, name)).__name__)

    def status_weight(self, status: LinkStatus) -> float:
        """The factor of a gap of ``status`` (1.0 for a status that is not a gap)."""
        if status == LinkStatus.MISSING:
            return self.missing_weight
        if status == LinkStatus.WEAK:
            return self.weak_weight
        return 1.0

    def with_weights(self, missing: float, weak: float) -> ProjectSettings:
        """A copy with other status weights (``extra`` kept); ModelError ``bad_weight``."""
        return replace(self, missing_weight=missing, weak_weight=weak)


__all__ = ["DEFAULT_MISSING_WEIGHT", "DEFAULT_WEAK_WEIGHT", "ProjectSettings", "WEIGHT_FIELDS"]
