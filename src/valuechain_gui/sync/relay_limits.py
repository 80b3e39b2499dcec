"""Limits shared by the relay and its clients."""

#: The largest WebSocket message the relay accepts (a room's whole state for a large map fits).
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
#: Messages a connection may send per second, on average over :data:`RATE_WINDOW_S`.
MAX_MESSAGES_PER_SECOND = 200
RATE_WINDOW_S = 5.0
#: Refused connections (wrong token) per second from one address, on average over the window,
#: past which that address is answered 429 without its token being compared.
MAX_REFUSALS_PER_SECOND = 20
