"""Co-editing: the project mirrored into a pycrdt (Yjs) document, a WebSocket relay of rooms, and
the headless ``sync`` of a project file with a room. Qt-free.

* :mod:`.mirror`: project ↔ Y document (one Y map per collection, keyed by the stable ids);
* :mod:`.rebuild`: a whole, valid project from a Y document (what is half-present is dropped);
* :mod:`.replica`: a project bound to a Y document (local edits out as update bytes, remote
  updates in as model operations), what the app keeps while co-editing;
* :mod:`.share`: the project file's share data (its ``id`` and the stored CRDT base);
* :mod:`.token`: the relay's secret (read or created with mode 0600);
* :mod:`.relay`: the relay (pycrdt-websocket's ASGI server on uvicorn, one SQLite store a room);
* :mod:`.client`: connect a document to a room and wait until both sides hold the same state.
"""
