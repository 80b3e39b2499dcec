"""flow_graph: the chain as a networkx graph (nodes: link ids, edges: flows)."""

from __future__ import annotations

from valuechain_gui.analysis.graph import bits_to_indices, flow_graph
from valuechain_gui.model import LinkStatus

from .chains import M, S, chain, lid


def test_flow_graph_has_links_as_nodes_and_flows_as_edges():
    p = chain([("A", 0, S, False), ("B", 1, M, False, True), ("C", 2, S, True)],
              [("A", "B"), ("B", "C"), ("C", "A")])
    graph = flow_graph(p)
    assert list(graph.nodes) == list(p.links)
    assert set(graph.edges) == {(lid(p, "A"), lid(p, "B")), (lid(p, "B"), lid(p, "C")),
                                (lid(p, "C"), lid(p, "A"))}
    b = graph.nodes[lid(p, "B")]
    assert (b["name"], b["status"], b["strategic"], b["end_market"]) == (
        "B", LinkStatus.MISSING, True, False)


def test_bits_to_indices():
    assert bits_to_indices(0) == []
    assert bits_to_indices(0b101001) == [0, 3, 5]
    assert bits_to_indices(1 << 4999) == [4999]
