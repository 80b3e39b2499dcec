"""The participants' voting: the ballot box, its web server and page (no Qt).

The app runs :class:`VotingServer` off the GUI thread and reads the :class:`BallotBox` it fills;
``valuechain-gui workshop serve`` runs the same server without a window.
"""

from .ballot_box import BallotBox, BallotError
from .server import VotingServer
from ..token_file import new_token, read_or_create_token

__all__ = ["BallotBox", "BallotError", "VotingServer", "new_token", "read_or_create_token"]
