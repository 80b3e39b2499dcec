"""The flows of a Project: the graph between links (a part of :class:`~.project.Project`).

Mixed into :class:`~valuechain_gui.model.project.Project`, which holds the state
(``links``, ``flows``, the adjacency ``_out``/``_in``) and the other operations; kept apart so
that each file has one job. Invariants: flows join existing, distinct links, no duplicate, at
most :data:`~valuechain_gui.limits.MAX_FLOWS` in all and
:data:`~valuechain_gui.limits.MAX_FLOWS_PER_LINK` per link.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import ModelError
from ..limits import MAX_FLOWS, MAX_FLOWS_PER_LINK
from . import doors
from .entities import Flow, Link
from .events import EventKind


class FlowOperations:
    """Queries and undoable operations on flows (see the module docstring)."""

    links: dict[str, Link]
    flows: dict[tuple[str, str], Flow]
    flows_revision: int
    _out: dict[str, set[str]]
    _in: dict[str, set[str]]

    if TYPE_CHECKING:
        def link(self, link_id: str) -> Link: ...
        def _emit(self, kind: EventKind, ids: tuple = (), fields: tuple[str, ...] = ()) -> None: ...

    def upstream_of(self, link_id: str) -> list[str]:
        """Ids of links with a flow into ``link_id`` (unordered set as list)."""
        return sorted(self._in.get(link_id, ()))

    def downstream_of(self, link_id: str) -> list[str]:
        """Ids of links ``link_id`` flows into."""
        return sorted(self._out.get(link_id, ()))

    def flows_of(self, link_id: str) -> list[Flow]:
        """Flows touching ``link_id`` (in and out)."""
        keys = [(u, link_id) for u in self._in.get(link_id, ())]
        keys += [(link_id, d) for d in self._out.get(link_id, ())]
        return [self.flows[k] for k in keys]

    def _insert_flow(self, flow: Flow, index: int | None = None) -> None:
        if index is None or index >= len(self.flows):
            self.flows[flow.key] = flow
        else:
            items = list(self.flows.items())
            items.insert(index, (flow.key, flow))
            self.flows = dict(items)
        self._out.setdefault(flow.upstream, set()).add(flow.downstream)
        self._in.setdefault(flow.downstream, set()).add(flow.upstream)

    def _check_flow(self, upstream: str, downstream: str) -> None:
        self.link(upstream)
        self.link(downstream)
        if upstream == downstream:
            raise ModelError("self_flow", "A link cannot flow into itself.")
        if (upstream, downstream) in self.flows:
            raise ModelError("duplicate_flow", "This flow already exists.")

    def add_flow(self, upstream: str, downstream: str, is_return: bool = False) -> Flow:
        """Add a flow upstream → downstream (a return flow when ``is_return``); ModelError
        ``self_flow``, ``duplicate_flow``, ``unknown_link``."""
        self._check_flow(upstream, downstream)
        flow = Flow(upstream, downstream, is_return=bool(is_return))
        self.restore_flows([(len(self.flows), flow)])
        return flow

    def set_return_flows(self, changes: dict[tuple[str, str], bool]) -> dict[tuple[str, str], bool]:
        """Mark flows as return flows (True) or plain flows (False); returns the old values, for
        undo. Flows already so marked are left alone; one ``FLOW_CHANGED`` event lists the others.

        Raises ModelError ``unknown_flow`` (nothing changed then).
        """
        for key in changes:
            if tuple(key) not in self.flows:
                raise ModelError("unknown_flow", "No flow {up} → {down}.", up=key[0], down=key[1])
        old: dict[tuple[str, str], bool] = {}
        changed: list[tuple[str, str]] = []
        for key, value in changes.items():
            flow = self.flows[tuple(key)]
            old[flow.key] = flow.is_return
            if flow.is_return != bool(value):
                flow.is_return = bool(value)
                changed.append(flow.key)
        if changed:
            self.flows_revision += 1
            self._emit(EventKind.FLOW_CHANGED, tuple(changed), ("is_return",))
        return old

    def remove_flows(self, keys: Iterable[tuple[str, str]]) -> list[tuple[int, Flow]]:
        """Remove flows by key; returns ``[(index, flow)]`` for :meth:`restore_flows`."""
        keys = list(dict.fromkeys((k[0], k[1]) for k in keys))
        for key in keys:
            if key not in self.flows:
                raise ModelError("unknown_flow", "No flow {up} → {down}.", up=key[0], down=key[1])
        removed = self._remove_flow_keys(keys)
        self.flows_revision += 1
        return removed

    def _remove_flow_keys(self, keys: list[tuple[str, str]]) -> list[tuple[int, Flow]]:
        if not keys:
            return []
        order = {key: i for i, key in enumerate(self.flows)}
        removed = sorted(((order[k], self.flows[k]) for k in keys), key=lambda pair: pair[0])
        for _, flow in removed:
            del self.flows[flow.key]
            self._out[flow.upstream].discard(flow.downstream)
            self._in[flow.downstream].discard(flow.upstream)
        self._emit(EventKind.FLOW_REMOVED, tuple(flow.key for _, flow in removed))
        return removed

    def restore_flows(self, flows: list[tuple[int, Flow]]) -> None:
        """Insert flows at their indices (the inverse of :meth:`remove_flows`).

        Raises ModelError: ``unknown_link``, ``self_flow``, ``duplicate_flow``, ``too_many``
        (past :data:`~valuechain_gui.limits.MAX_FLOWS` or
        :data:`~valuechain_gui.limits.MAX_FLOWS_PER_LINK`); nothing is added then.
        """
        if not flows:
            return
        for _, flow in flows:
            self._check_flow(flow.upstream, flow.downstream)
        if len(self.flows) + len(flows) > MAX_FLOWS:
            raise doors.too_many("flows", len(self.flows) + len(flows), MAX_FLOWS)
        added = Counter(end for _, flow in flows for end in flow.key)
        for link_id, count in added.items():
            total = len(self._in.get(link_id, ())) + len(self._out.get(link_id, ())) + count
            if total > MAX_FLOWS_PER_LINK:
                raise doors.too_many("link_flows", total, MAX_FLOWS_PER_LINK)
        for index, flow in sorted(flows, key=lambda pair: pair[0]):
            self._insert_flow(flow, index)
        self.flows_revision += 1
        self._emit(EventKind.FLOW_ADDED, tuple(flow.key for _, flow in flows))
