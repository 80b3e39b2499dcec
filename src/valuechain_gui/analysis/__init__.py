"""networkx views of the chain: layering, gap criticality, completeness. No Qt."""
