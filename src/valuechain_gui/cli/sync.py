"""``valuechain-gui sync PROJECT.vchain --relay ws://HOST:PORT --token-file FILE [--room NAME]``:
merge a project file with a room of the relay, headless (see :mod:`valuechain_gui.sync.share`).

Exit codes: 0 merged and saved; 1 refused, unreachable, or a bad file (with the reason).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, say

NAME = "sync"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``sync`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="merge a project file with a co-editing room")
    parser.add_argument("project", type=Path)
    parser.add_argument("--relay", required=True, help="ws://HOST:PORT or wss://HOST")
    parser.add_argument("--token-file", type=Path, required=True)
    parser.add_argument("--room", default=None, help="default: the project's id")
    parser.add_argument("--timeout", type=float, default=10.0, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Merge and save; 0 ok (errors are raised and reported by the caller with exit 1)."""
    import asyncio

    from ..sync.share import sync_file
    from ..token_file import read_token

    token = read_token(args.token_file)
    project = asyncio.run(sync_file(args.project, args.relay, token, args.room, args.timeout))
    say(f"{args.project}: merged with room {args.room or project.extra.get('id')} "
        f"({len(project.links)} links)")
    return EXIT_OK
