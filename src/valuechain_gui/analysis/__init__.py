"""networkx views of the chain: layering, gap criticality, completeness. No Qt.

Import from the modules: ``from valuechain_gui.analysis.gaps import GapAnalyzer, analyse``,
``from valuechain_gui.analysis.layout import layout_positions``. networkx is imported lazily inside
the functions that need it, so importing this package stays cheap.
"""
