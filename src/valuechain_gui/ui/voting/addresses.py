"""Where the voting page can be served: the laptop's LAN addresses, loopback, a free port.

The room's phones reach the laptop on its address on the room's network (Wi-Fi, Ethernet);
loopback (127.0.0.1) is for trying the page on the laptop itself. IPv4 only: it is what a
phone's address bar and a QR code of a short address handle everywhere.
"""

from __future__ import annotations

import socket

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

LOOPBACK = "127.0.0.1"


def lan_addresses() -> list[tuple[str, str]]:
    """``(address, interface name)`` of every IPv4 address of an interface that is up and not
    loopback, in interface order (the first is the likeliest room network)."""
    found: list[tuple[str, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol \
                    and not ip.isLoopback():
                found.append((ip.toString(), interface.humanReadableName()))
    return found


def free_port(host: str = LOOPBACK) -> int:
    """A port free on ``host`` now (the system's choice); the server binds it right after."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def short_address(url: str) -> str:
    """What the room types if it cannot scan: ``http://HOST:PORT/?t=TOKEN`` without ``http://``."""
    return url.split("://", 1)[-1]
