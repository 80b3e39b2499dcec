"""The relay's secret: read from a file, or created there the first time.

A token is any string of at least :data:`MIN_TOKEN_LENGTH` printable ASCII characters (space to
tilde; whitespace around it is stripped). The workshop's voting page reads its token file the
same way, with the same error codes (``token_file``, ``bad_token``). A missing file gets a fresh random token of 256 bits (URL-safe
text), written with mode 0600 so that only its owner can read it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from ..errors import ValueChainError

MIN_TOKEN_LENGTH = 32


class TokenError(ValueChainError):
    """The token file cannot be read or holds no acceptable token."""


def _acceptable(token: str) -> bool:
    return len(token) >= MIN_TOKEN_LENGTH and all(32 <= ord(c) <= 126 for c in token)


def read_or_create_token(path: str | os.PathLike[str]) -> str:
    """The token held by ``path``, created (mode 0600) if the file does not exist.

    Raises:
        TokenError: unreadable file, or its content is not a token (too short, not printable
            ASCII); the message names the file.
    """
    target = Path(path)
    try:
        token = target.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        token = secrets.token_urlsafe(32)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise TokenError("token_file", "cannot write the token file {path}: {reason}",
                             path=str(target), reason=exc.strerror or str(exc)) from None
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(token + "\n")
        return token
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not ASCII text"
        raise TokenError("token_file", "cannot read the token file {path}: {reason}",
                         path=str(target), reason=reason) from None
    if not _acceptable(token):
        raise TokenError("bad_token", "the token file {path} must hold at least {count} "
                         "printable ASCII characters", path=str(target), count=MIN_TOKEN_LENGTH)
    return token


def read_token(path: str | os.PathLike[str]) -> str:
    """The token held by ``path`` (a client's copy: never created).

    Raises:
        TokenError: missing or unreadable file, or not a token; the message names the file.
    """
    if not Path(path).exists():
        raise TokenError("token_missing", "{path}: no such token file", path=str(path))
    return read_or_create_token(path)
