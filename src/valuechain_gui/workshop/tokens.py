"""The voting session's secret: a fresh random token per session, or one kept in a file.

Every request of the page and of scripts carries it (``Authorization: Bearer TOKEN``; the page
reads it from the address in the QR code), so that only the people in the room vote.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from ..errors import ValueChainError

#: Shortest token accepted from a file, in characters (printable ASCII).
MIN_TOKEN_CHARS = 32


class TokenFileError(ValueChainError):
    """A token file that cannot be read or written, or holds no acceptable token."""


def new_token() -> str:
    """A fresh random token: 32 random bytes (256 bits) as 43 URL-safe characters."""
    return secrets.token_urlsafe(32)


def acceptable(token: str) -> bool:
    """Whether ``token`` has at least :data:`MIN_TOKEN_CHARS` characters, all printable ASCII
    (space to tilde; no control character, nothing beyond ASCII)."""
    return len(token) >= MIN_TOKEN_CHARS and all(32 <= ord(c) <= 126 for c in token)


def read_or_create_token(path: str | os.PathLike[str]) -> str:
    """The token in the file ``path`` (surrounding whitespace stripped); if the file does not
    exist, a :func:`new_token` written to it with mode 0600 (readable by its owner only).

    Raises:
        TokenFileError: ``token_file`` when the file cannot be read or created; ``bad_token``
            when its token is shorter than :data:`MIN_TOKEN_CHARS` or not printable ASCII.
    """
    path = Path(path)
    try:
        token = path.read_bytes().decode("ascii", errors="replace").strip()
    except FileNotFoundError:
        token = new_token()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(token + "\n")
        except OSError as exc:
            raise TokenFileError("token_file", "cannot write this token file: {reason}",
                                 file=str(path), path=str(path),
                                 reason=exc.strerror or str(exc)) from None
        return token
    except OSError as exc:
        raise TokenFileError("token_file", "cannot read this token file: {reason}",
                             file=str(path), path=str(path),
                             reason=exc.strerror or str(exc)) from None
    if not acceptable(token):
        raise TokenFileError("bad_token", "a token file must hold at least {count} printable "
                             "ASCII characters", file=str(path),
                             path=str(path), count=MIN_TOKEN_CHARS)
    return token
