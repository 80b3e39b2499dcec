"""``valuechain-gui open [PROJECT] [--lang] [--screenshot OUT.png]``: the application window.

The default command: a first argument that is not a command is a file to open. Qt is imported
only when the command runs, so the rest of the command line works without a display.

Co-editing from the command line (File > Share for Co-editing… does the same):
``--share ws://HOST:PORT --token-file FILE [--room ROOM] [--name NAME]`` opens PROJECT and
shares it (the room defaults to the project's id; its address is printed for the partner);
``--join ws://HOST:PORT/ROOM --token-file FILE [--name NAME]`` opens the room's map.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import LANGUAGES, fail, usage, wrong_suffix

NAME = "open"
#: What ``--screenshot`` writes (the format follows the extension).
SCREENSHOT_SUFFIXES = (".png", ".jpg", ".jpeg")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``open`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="open the application (default command)")
    parser.add_argument("project", nargs="?", type=Path,
                        help="a .vchain project to open (a spreadsheet: the import is offered)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open, save a picture of the whole window to OUT.png (or .jpg), "
                             "and exit")
    parser.add_argument("--share", metavar="ws://HOST:PORT",
                        help="share the project live in a room of this co-editing relay")
    parser.add_argument("--join", metavar="ws://HOST:PORT/ROOM",
                        help="open a map shared in this room of a co-editing relay")
    parser.add_argument("--token-file", type=Path, metavar="FILE",
                        help="the relay's token (with --share or --join)")
    parser.add_argument("--room", help="the room to share in (default: the project's id)")
    parser.add_argument("--name", help="the name the others see (default: your login)")


def run(args: argparse.Namespace) -> int:
    """Open the application window (Qt imported here only); a spreadsheet offers its import."""
    if args.screenshot is not None and wrong_suffix(args.screenshot, SCREENSHOT_SUFFIXES):
        return usage(NAME, f"--screenshot writes a picture ending in "
                           f"{', '.join(SCREENSHOT_SUFFIXES)}, not {args.screenshot.name!r}")
    if args.project is not None and args.screenshot is not None:  # nobody to offer the import
        from ..io.project.file_kind import refuse_spreadsheet_as_project

        refuse_spreadsheet_as_project(args.project)
    share = None
    if args.share or args.join or args.token_file or args.room or args.name:
        share = _share_request(args)
        if isinstance(share, int):
            return share
    from ..ui.shell.app import run_app

    return run_app(project=args.project, lang=args.lang, screenshot=args.screenshot,
                   share=share)


def _share_request(args: argparse.Namespace) -> dict[str, object] | int:
    """What ``--share``/``--join`` ask (relay, room, token, name, join), or an exit code."""
    import getpass
    from urllib.parse import unquote, urlsplit

    if bool(args.share) == bool(args.join):
        return usage(NAME, "--token-file, --room and --name go with either --share or --join")
    if args.token_file is None:
        return usage(NAME, "--share and --join need --token-file FILE (the relay's token)")
    if args.screenshot is not None:
        return usage(NAME, "--screenshot does not go with --share or --join")
    address = urlsplit(args.join or args.share)
    room = unquote(address.path.strip("/"))
    if address.scheme not in ("ws", "wss") or not address.netloc:
        return usage(NAME, f"expected ws://HOST:PORT, not {args.join or args.share!r}")
    if args.join and (not room or args.room or args.project is not None):
        return usage(NAME, "--join takes the room's address ws://HOST:PORT/ROOM, and no "
                           "project or --room (the room's map is opened)")
    if args.share and room:
        return usage(NAME, "--share takes the relay's address ws://HOST:PORT (the room: --room)")
    from ..errors import ValueChainError
    from ..sync.token import read_token

    try:
        token = read_token(args.token_file)
    except ValueChainError as error:
        return fail(str(error))
    return {"relay": f"{address.scheme}://{address.netloc}", "room": room or args.room or "",
            "token": token, "name": args.name or getpass.getuser(), "join": bool(args.join)}
