"""The typed error of the Excel action-plan export (no writer import, so it is cheap to import)."""

from __future__ import annotations

from ...errors import ValueChainError


class ExportError(ValueChainError):
    """The workbook could not be built from what was given (nothing is written).

    ``code`` is ``bad_map_image`` (the map picture is not a readable PNG; ``params``: ``reason``)
    or ``unknown_language`` (``params``: ``language``). Failures to write the file are
    :class:`~valuechain_gui.io.project.atomic.SaveError`.
    """
