"""Typed errors shared by the Qt-free layers.

Every error carries a stable ``code`` and its ``params`` so that the Qt layer can render it
with ``tr()`` in the user's language, plus an English ``template`` used by the command line.
Where the error comes from a file, ``file`` and ``location`` (a JSON path such as
``links[3].status`` or a spreadsheet place ``row 7, column "Statut"``) say where.
"""

from __future__ import annotations

from typing import Any


class ValueChainError(Exception):
    """Base class of every error the application reports to a user.

    Args:
        code: stable identifier, e.g. ``"duplicate_link_name"``; the UI maps it to a tr() text.
        template: English message with ``{name}`` placeholders filled from ``params``.
        file: path of the file concerned, if any.
        location: where in the file (JSON path, ``ROW:COLUMN``), if any.
        **params: values for the template.
    """

    def __init__(
        self,
        code: str,
        template: str,
        *,
        file: str | None = None,
        location: str | None = None,
        **params: Any,
    ) -> None:
        self.code = code
        self.template = template
        self.file = file
        self.location = location
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message alone, without file or location (str)."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    def __str__(self) -> str:
        prefix = ":".join(p for p in (self.file, self.location) if p)
        return f"{prefix}: {self.message}" if prefix else self.message


class ModelError(ValueChainError):
    """An operation would break a model invariant (duplicate name, unknown id, self-flow...)."""
