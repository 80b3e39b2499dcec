"""The relay's secret: the names the co-editing side uses, from :mod:`valuechain_gui.token_file`
(one set of rules for the relay, its clients and the voting page; the code lives there)."""

from __future__ import annotations

from ..token_file import MIN_TOKEN_CHARS as MIN_TOKEN_LENGTH
from ..token_file import TokenFileError as TokenError
from ..token_file import read_or_create_token, read_token

__all__ = ["MIN_TOKEN_LENGTH", "TokenError", "read_or_create_token", "read_token"]
