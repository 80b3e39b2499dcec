"""The shared secrets of the servers: a fresh random token, or one kept in a file.

One set of rules for the voting page (``workshop serve``: every request of the page and of
scripts carries the token, ``Authorization: Bearer TOKEN``, the page reading it from the address
in the QR code) and for the co-editing relay (``serve``) and its clients (``sync``): at least 32
printable ASCII characters, surrounding whitespace stripped, a missing file created with a fresh
256-bit token readable by its owner only. A client only reads its copy (:func:`read_token`).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from .errors import ValueChainError

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


def read_token(path: str | os.PathLike[str]) -> str:
    """The token held by ``path`` (a client's copy: never created).

    Raises:
        TokenFileError: ``token_missing`` for a missing file, and those of
            :func:`read_or_create_token`; the message names the file.
    """
    if not Path(path).exists():
        raise TokenFileError("token_missing", "no such token file", file=str(path),
                             path=str(path))
    return read_or_create_token(path)
