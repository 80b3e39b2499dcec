"""``valuechain-gui serve [--host 127.0.0.1] [--port 8765] --token-file FILE [--store DIR]``:
the co-editing relay (see :mod:`valuechain_gui.sync.relay`).

The token file is read, or created with a fresh random token (mode 0600) if it does not exist.
Rooms are stored in ``DIR`` (default ``./valuechain-rooms``), one SQLite file each. The relay
runs until SIGTERM or Ctrl+C, then writes every room's state and exits 0.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, say

NAME = "serve"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``serve`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="run the co-editing relay")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--token-file", type=Path, required=True)
    parser.add_argument("--store", type=Path, default=Path("valuechain-rooms"))


def run(args: argparse.Namespace) -> int:
    """Serve until stopped; 0 after a clean stop, 1 for a bad token file or an address that
    cannot be bound."""
    import asyncio
    import logging
    import signal

    from ..sync.relay import listening_socket, serve
    from ..token_file import read_or_create_token

    token = read_or_create_token(args.token_file)
    sock = listening_socket(args.host, args.port)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    port = sock.getsockname()[1]
    say(f"relay listening on ws://{args.host}:{port} (rooms stored in {args.store})")
    # uvicorn catches SIGTERM/SIGINT while it serves, then raises them again with the handlers
    # found before it: with these, that second time is a no-op and the rooms get written.
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)
    asyncio.run(serve(sock, token, args.store))
    return EXIT_OK
