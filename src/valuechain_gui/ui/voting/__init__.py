"""Workshop > Open Voting: the room votes on the links from its phones, live on the map."""
