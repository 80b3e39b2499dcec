"""Snapshots and what changed: Workshop > Save Snapshot and Compare With…, the comparison shown
on the map (badges on changed cards, removed links ghosted: overlay items of their own) and in
a panel. The comparison itself is Qt-free (:mod:`valuechain_gui.analysis.changes`)."""
