"""``valuechain-gui workshop serve PROJECT.vchain``: the participants' voting page, headless.

Serves the voting page and its JSON API (:mod:`valuechain_gui.workshop`) without a window, every
link open for voting, until SIGTERM or SIGINT (Ctrl+C); then saves the votes received into the
project through the safe save (the file as it is then, read again under the project's lock, so
that edits made meanwhile are kept; votes on links removed meanwhile are dropped). This is not
``serve``, the co-editing relay. Exit 0 when stopped and saved, 1 for a file that cannot be read,
a token file that cannot be used, an address it cannot listen on or a save refused, 2 for bad
usage.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import date
from pathlib import Path
from types import FrameType

from ..model.votes import LinkVotes
from ..errors import ValueChainError
from .common import EXIT_BAD_INPUT, EXIT_OK, load, say

NAME = "workshop"
#: Default port of the voting page.
DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``workshop`` sub-command (``workshop serve``) to the command line."""
    parser = sub.add_parser(NAME, help="workshop tools: 'workshop serve' runs the participants' "
                                       "voting page (not 'serve', the co-editing relay)")
    actions = parser.add_subparsers(dest="workshop_command", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve", help="serve the participants' voting page (phones vote on each link) until "
                      "SIGTERM or Ctrl+C, then save the votes into the project; this is the "
                      "voting page, not the co-editing relay 'serve'",
        description="Serve the participants' voting page and its JSON API for PROJECT, every "
                    "link open for voting. On SIGTERM or SIGINT (Ctrl+C) the votes received are "
                    "saved into PROJECT (safe save). Not to be confused with 'serve', the "
                    "co-editing relay.")
    serve.add_argument("project", type=Path, metavar="PROJECT.vchain")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on: this machine's LAN address for the room's "
                            "phones (default 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port to listen on (default {DEFAULT_PORT}; 0 takes a free one)")
    serve.add_argument("--token-file", type=Path, metavar="FILE",
                       help="read the session's secret from FILE (whitespace stripped, at least "
                            "32 printable ASCII characters); if FILE does not exist, a fresh "
                            "random token is written to it (mode 0600). Default: a fresh token")


def run(args: argparse.Namespace) -> int:
    """Serve until stopped, then save the votes; the exit code."""
    from ..io.project.file_kind import refuse_spreadsheet_as_project
    from ..workshop import BallotBox, new_token, read_or_create_token
    from ..workshop.server import VotingServer

    refuse_spreadsheet_as_project(args.project)
    project = load(args.project)
    token = read_or_create_token(args.token_file) if args.token_file else new_token()
    stage_rank = {stage.id: i for i, stage in enumerate(project.stages)}
    chain = sorted(project.links.values(), key=lambda link: stage_rank.get(link.stage_id, 0))
    box = BallotBox([(link.id, link.name, link.status.value) for link in chain],
                    language=project.language)
    box.load(project.votes)
    box.open_all()
    server = VotingServer(box, args.host, args.port, token)
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        server.start()
        say(f"voting page for {args.project}: {server.url}")
        say("every link is open for voting; stop with Ctrl+C or SIGTERM to save the votes")
        sys.stdout.flush()
        while not stop.wait(1.0):
            pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return _save(args.project, box.all_votes(date.today()))


def _save(path: Path, votes: dict[str, LinkVotes]) -> int:
    """Put ``votes`` into the project file as it is now, under its lock, and save it safely;
    when that fails (the file open in the app, damaged, unwritable), keep them aside."""
    from ..io.project.file import save_project
    from ..io.project.file_lock import ProjectLock

    try:
        lock = ProjectLock(path)  # the file as found now: refused if rewritten before the save
        project = load(path)
        kept = {link_id: v for link_id, v in votes.items() if link_id in project.links}
        if kept == project.votes:
            say(f"{path}: no new vote; the file is unchanged")
            return EXIT_OK
        project.update_meta(votes=kept)
        with lock:
            save_project(project, path)
    except (ValueChainError, OSError) as exc:
        say(exc, err=True)
        if votes:
            aside = _keep_aside(path, votes)
            say(f"{aside}: the votes received were kept in this file (not in the project)",
                err=True)
        return EXIT_BAD_INPUT
    ballots = sum(len(v.ballots) for v in kept.values())
    say(f"{path}: {ballots} vote{'' if ballots == 1 else 's'} on {len(kept)} "
        f"link{'' if len(kept) == 1 else 's'} saved")
    return EXIT_OK


def _keep_aside(path: Path, votes: dict[str, LinkVotes]) -> Path:
    """Write ``votes`` as ``{"votes": [...]}`` (the project file's records) beside ``path``,
    in ``NAME.votes-YYYYMMDD-HHMMSS.json``; its path."""
    import json
    from datetime import datetime

    from ..io.project.atomic import atomic_write_bytes
    from ..io.project.vote_records import link_votes_records

    aside = path.with_name(f"{path.stem}.votes-{datetime.now():%Y%m%d-%H%M%S}.json")
    data = {"votes": link_votes_records(votes.values())}
    atomic_write_bytes(aside, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return aside
