"""The documented limits of a project, in one place (no Qt; read by the model, io/ and ui/).

A project file past one of these limits is refused when it is opened, with a message naming the
file and the place, before the expensive work (parsing, building, drawing, exporting) is done;
the model refuses an edit that would go past them, so that whatever the application saves, it can
open again. The figures are far above what a working group draws (the worked example has 27
links; the benchmark's largest chain has 5,000) and low enough that opening, checking, exporting
and drawing a project at the limits stays within seconds and a few hundred megabytes.
"""

from __future__ import annotations

#: Largest project file opened or saved, in bytes (100 MB). A 10,000-link chain with long notes
#: on every link is under this size; the JSON parser needs several times the file's size in
#: memory, so a larger file is refused before it is read.
MAX_FILE_BYTES = 100_000_000

#: Most JSON objects and lists (``{`` and ``[``) a project file may hold: 1,000,000. Counted on
#: the raw bytes before parsing (an upper bound: brackets inside texts count too), because
#: millions of empty objects in an unknown key would take gigabytes of memory to parse.
MAX_JSON_CONTAINERS = 1_000_000

#: Most links (maillons) in a project.
MAX_LINKS = 10_000

#: Most flows in a project (in all).
MAX_FLOWS = 50_000

#: Most flows touching one link (upstream and downstream together).
MAX_FLOWS_PER_LINK = 500

#: Most stages (lanes) in a project.
MAX_STAGES = 200

#: Most actions in the plan (live, achieved and obsolete together).
MAX_ACTIONS = 20_000

#: Most partners a project cites (the copies of directory entries it carries).
MAX_PARTNERS = 5_000

#: Most links of one partner's own map (as many as a project may hold).
MAX_PARTNER_MAP_LINKS = MAX_LINKS

#: Most alliances (partner × action pipeline entries) in a project.
MAX_ALLIANCES = 20_000

#: Most dated stage changes, and most operations, of one alliance.
MAX_ALLIANCE_ENTRIES = 1_000

#: Most correspondence decisions (our link ↔ a partner's link, confirmed or rejected).
MAX_CORRESPONDENCES = 100_000

#: Most snapshots a project keeps (the state of the chain at past workshops): 50, a workshop a
#: quarter for over twelve years.
MAX_SNAPSHOTS = 50

#: Most records (stages, links, flows and actions) all the snapshots of a project hold together:
#: 200,000, e.g. 50 snapshots of a 1,000-link, 2,000-flow chain; it keeps a project's file within
#: :data:`MAX_FILE_BYTES` and :data:`MAX_JSON_CONTAINERS` whatever the snapshots.
MAX_SNAPSHOT_RECORDS = 200_000

#: Longest label of a snapshot, in characters.
MAX_SNAPSHOT_LABEL = 200

#: Most items in one list of names: a link's actors, the working group's participants.
MAX_NAMES_PER_LIST = 1_000

#: Largest absolute value of a link's position (x or y), in scene pixels: ±1,000,000. A card is
#: about 200 pixels wide, so this leaves room for thousands of cards side by side; positions
#: must be finite numbers within these bounds.
MAX_COORDINATE = 1_000_000.0

#: Largest picture of the map drawn, in pixels (width × height): 12 million (48 MB of 32-bit
#: pixels; about 5 s for 2,000 links).
MAX_PICTURE_PIXELS = 12_000_000

#: Longest side of a picture of the map, in pixels; a map far taller than wide is drawn
#: narrower rather than taller than this.
MAX_PICTURE_SIDE = 20_000

#: Most ballots one link's votes keep (one per participant): 500, more than any room holds.
MAX_BALLOTS_PER_LINK = 500

#: Most ballots all the links' votes of a project keep together: 100,000 (a few megabytes
#: in the file, within :data:`MAX_JSON_CONTAINERS`).
MAX_BALLOTS = 100_000

#: Longest comment of a ballot, in characters (one line typed on a phone).
MAX_VOTE_COMMENT = 280

#: Longest anonymous participant id (the page makes a 32-character one) and longest first
#: name a participant types, in characters.
MAX_PARTICIPANT_ID = 64
MAX_VOTER_NAME = 40
