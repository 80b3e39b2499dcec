"""valuechain_gui: map a target market's value chain and turn its gaps into an action plan.

Packages:
    model     the pure-Python domain (Project, Stage, Link, Flow, Action, Partner); no Qt.
    analysis  networkx views of the chain (layering, gap criticality, completeness); no Qt.
    io        project file, spreadsheet import, Excel export; no Qt.
    ui        the Qt application.
"""

__version__ = "0.1.0"
