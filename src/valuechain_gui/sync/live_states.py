"""The states and reasons a live co-editing session reports (see :mod:`.live`), apart from it
so that the window can word them without loading the network stack at start-up."""

CONNECTING = "connecting"
CONNECTED = "connected"
OFFLINE = "offline"
REFUSED = "refused"

#: Reasons given with ``offline`` (the session retries) / ``refused`` (it stops).
UNREACHABLE = "unreachable"
LOST = "lost"
WRONG_TOKEN = "wrong_token"
BAD_ROOM = "bad_room"
ROOM_REFUSED = "room_refused"
TOO_MANY = "too_many"
