"""The participants' voting: the ballot box, its web server and page (no Qt).

The app runs :class:`~.server.VotingServer` off the GUI thread and reads the :class:`BallotBox`
it fills; ``valuechain-gui workshop serve`` runs the same server without a window. The server is
imported from :mod:`.server` by who starts it: its web stack (uvicorn, starlette, asyncio) is not
loaded with this package, which the window imports while it starts.
"""

from .ballot_box import BallotBox, BallotError
from ..token_file import new_token, read_or_create_token

__all__ = ["BallotBox", "BallotError", "new_token", "read_or_create_token"]
