"""Problems found while importing a spreadsheet, and the error that stops an import.

A :class:`Problem` says where (file, row as the spreadsheet shows it, column header as written)
and what was expected, in English for the command line, with a stable ``code`` and ``params`` the
Qt layer can render with ``tr()``. :class:`ImportFailed` carries every problem of a failed import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...errors import ValueChainError
from ...text_safety import escape_controls
from ...words import counted

ERROR = "error"
WARNING = "warning"


@dataclass
class Problem:
    """One problem of an import, an error or a warning.

    Attributes:
        severity: ``"error"`` (nothing is imported) or ``"warning"`` (the import goes on).
        file: the spreadsheet's path, as given.
        row: row number as the spreadsheet shows it (1-based, title and header rows counted;
            for a CSV file, the record number, a quoted multi-line cell counting as one row),
            or None for a problem of the whole file.
        column: the column's header as written in the file (trimmed), its letter when it has no
            header, or None.
        message: English text saying what is wrong and what was expected.
        code: stable identifier, e.g. ``"unknown_status"``.
        params: the values the message was built from (for a translated rendering).
    """

    severity: str
    file: str
    row: int | None
    column: str | None
    message: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        """``FILE:ROW:COLUMN: message`` on one line, leaving out the parts that are missing;
        control characters and line breaks (in the file name too) are shown escaped."""
        parts = [self.file]
        if self.row is not None:
            parts.append(str(self.row))
        if self.column is not None:
            parts.append(self.column)
        return escape_controls(":".join(parts) + ": " + self.message)


class ImportFailed(ValueChainError):
    """A spreadsheet could not be imported; nothing was built or written.

    Code ``import_failed``; ``problems`` lists every problem found (errors and warnings), each
    with its place. ``str()`` gives the first error with its place and the number of errors, on
    one line.
    """

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.severity == ERROR]
        first = errors[0] if errors else (self.problems[0] if self.problems else None)
        super().__init__(
            "import_failed",
            "{first} ({errors}; nothing was imported)",
            file=None,
            count=len(errors),
            errors=counted("en", "n.error", len(errors)),
            first=(str(first) if first
                   else escape_controls(f"{file}: the file could not be imported")),
        )
        self.file = file

    def __str__(self) -> str:
        return self.message


def column_letter(index: int) -> str:
    """Spreadsheet letter of the 0-based column ``index`` (0 → ``A``, 26 → ``AA``)."""
    index += 1
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
