"""The relay's secret, read from a file with the voting page's rules.

The relay (``serve``) and the voting page (``workshop serve``) read their token files the same
way — :func:`~valuechain_gui.workshop.tokens.read_or_create_token`: at least 32 printable ASCII
characters, whitespace stripped, a missing file created with a fresh 256-bit token (mode 0600).
A client (``sync``) only reads its copy: :func:`read_token` never creates one.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..workshop.tokens import MIN_TOKEN_CHARS as MIN_TOKEN_LENGTH
from ..workshop.tokens import TokenFileError as TokenError
from ..workshop.tokens import read_or_create_token


def read_token(path: str | os.PathLike[str]) -> str:
    """The token held by ``path`` (a client's copy: never created).

    Raises:
        TokenError: missing or unreadable file, or not a token; the message names the file.
    """
    if not Path(path).exists():
        raise TokenError("token_missing", "no such token file", file=str(path),
                         path=str(path))
    return read_or_create_token(path)


__all__ = ["MIN_TOKEN_LENGTH", "TokenError", "read_or_create_token", "read_token"]
