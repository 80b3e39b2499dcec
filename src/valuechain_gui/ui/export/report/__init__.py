"""The PDF report (the board dossier): cover, map, the chain at a glance, the gap chart, the plan,
alliances, votes and changes, laid out with Qt on A4 pages (see :mod:`.pdf`)."""
