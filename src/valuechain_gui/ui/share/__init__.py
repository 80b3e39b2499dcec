"""File > Share for Co-editing…: several pôles editing one map live through the relay.

* :mod:`.session`: the share of one window (the replica, the live connection, local edits out,
  remote edits in, Stop Sharing);
* :mod:`.bridge`: the live connection's callbacks (network thread) as queued Qt signals;
* :mod:`.dialog`: where to share (relay, room, token, one's name), share or join;
* :mod:`.status`: the people connected and the connection's state in the status bar;
* :mod:`.overlay`: the others' selections outlined on the map, in their colours;
* undo keeps undoing only one's own edits safely: ``ui/document/shared_undo.py`` (the history
  is cleared when a partner's edit touches what it would undo).
"""
