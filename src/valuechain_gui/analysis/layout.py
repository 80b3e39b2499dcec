"""Auto-layout of the map: return flows named, links in sub-columns of their stage's lane, rows
ordered to reduce flow crossings. No Qt.

A link always stays in its stage's lane. The layout is a layered drawing (after Sugiyama, Tagawa &
Toda, 1981) whose layers are **sub-columns**:

0. Return flows (:mod:`.returns`): flows to an earlier stage, and inside a stage the fewest
   flows that close a cycle. They are left out of the layering and of the ordering (they are
   drawn apart, along a return channel), so every other flow can run left to right.
1. Sub-columns: inside each stage, a link's sub-column is the length of the longest chain of
   (non-return) flows inside the stage that leads to it; a link that only starts such chains
   is moved right next to its first successor. A lane has as many sub-columns as its longest
   internal chain (at least one), and lanes follow each other: sub-column ``c`` of the whole
   map is at ``x = c · column_step + margin`` (:class:`~valuechain_gui.geometry.CardGrid`).
   Every non-return flow then goes to a sub-column strictly to the right.
2. The chain is split into its separate pieces (weakly connected components, found with
   networkx). Pieces are stacked top to bottom, largest first, with one empty row between them,
   so they never interleave; links without any flow are gathered in a last block, in the first
   sub-column of their lane.
3. In each piece, a first order per sub-column comes from a depth-first walk from the piece's
   sources (so a chain's successive links start on neighbouring rows).
4. Barycenter sweeps: left to right, each sub-column is sorted by the mean row of each link's
   neighbours in sub-columns already placed on its left; then right to left with the neighbours
   on the right. Links with no such neighbour keep their row. The order with the fewest
   crossings is kept (up to :data:`MAX_SWEEPS` sweeps; stops after :data:`PATIENCE` without
   improvement); crossings are counted exactly for a piece of up to 100 flows (a workshop map),
   and only between neighbouring sub-columns for bigger pieces (exact counting is quadratic).
5. For pieces of up to 100 flows, a last local search swaps neighbouring cards of a sub-column
   while that removes crossings, within a fixed budget of flow-pair comparisons ("transpose",
   Gansner et al., "A technique for drawing directed graphs", IEEE TSE 1993).
6. Vertical placement: keeping each sub-column's order, every link is drawn towards the mean
   row of its neighbours (a least-squares fit under "one link per row, order kept", computed by
   pooling adjacent violators), so that flows run as level as possible; for small pieces it is
   kept only if it adds no crossing.
7. A map much taller than a screen is wide has its tallest single-sub-column lanes folded into
   more sub-columns (:mod:`.balance`), and steps 2 to 6 are run again.

One card per (sub-column, row), and a sub-column is a card plus its margins wide: no two cards
overlap. The card size and gaps come from :func:`valuechain_gui.geometry.card_grid` (the one the
canvas draws with), or from the ``grid`` given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..geometry import CardGrid, card_grid
from .balance import balance
from .returns import return_flows

if TYPE_CHECKING:
    from ..model import Project

MAX_SWEEPS = 8
PATIENCE = 3
EXACT_LIMIT = 100  # pieces with more flows judge an order by neighbouring-lane crossings only
TRANSPOSE_BUDGET = 60_000  # most flow pairs the transpose step may compare (keeps it < ~0.2 s)


def _pieces(project: Project) -> tuple[list[list[str]], list[str]]:
    """Weakly connected pieces with at least one flow (largest first) and the isolated links."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(project.links)
    graph.add_edges_from(project.flows)
    order = {link_id: i for i, link_id in enumerate(project.links)}
    pieces, isolated = [], []
    for component in nx.connected_components(graph):
        members = sorted(component, key=order.__getitem__)
        if len(members) == 1:
            isolated.append(members[0])
        else:
            pieces.append(members)
    pieces.sort(key=lambda piece: (-len(piece), order[piece[0]]))
    isolated.sort(key=order.__getitem__)
    return pieces, isolated


def _adjacent_crossings(lane_of: dict[str, int], row: dict[str, int],
                        flows: list[tuple[str, str]]) -> int:
    """Crossings among flows joining neighbouring lanes (inversion count per lane pair)."""
    by_pair: dict[int, list[tuple[int, int]]] = {}
    for up, down in flows:
        a, b = lane_of[up], lane_of[down]
        if abs(a - b) != 1:
            continue
        left, right = (up, down) if a < b else (down, up)
        by_pair.setdefault(min(a, b), []).append((row[left], row[right]))
    total = 0
    for pairs in by_pair.values():
        pairs.sort()
        size = max(r for _, r in pairs) + 2
        tree = [0] * (size + 1)  # Fenwick tree over right rows
        seen = 0
        for _, right in pairs:  # count earlier pairs whose right row is strictly greater
            i, not_greater = right + 1, 0
            while i > 0:
                not_greater += tree[i]
                i -= i & -i
            total += seen - not_greater
            i = right + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
            seen += 1
    return total


def _crossings(lane_of: dict[str, int], row: dict[str, int],
               flows: list[tuple[str, str]]) -> int:
    """Crossings of a piece: exact (all flows, straight arrows) for up to ``EXACT_LIMIT`` flows,
    else only among flows joining neighbouring lanes (O(E log E))."""
    if len(flows) > EXACT_LIMIT:
        return _adjacent_crossings(lane_of, row, flows)
    return _segment_crossings([(u, d, (lane_of[u], row[u]), (lane_of[d], row[d]))
                               for u, d in flows])


def _order_piece(forward: list[tuple[str, str]], members: list[str], lane_of: dict[str, int],
                 lane_count: int) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """Order of one piece: for each sub-column (``lane_of``: link → sub-column), its links top
    to bottom (barycenter sweeps); and the piece's non-return flows (of ``forward``)."""
    member_set = set(members)
    succ: dict[str, list[str]] = {m: [] for m in members}
    pred: dict[str, list[str]] = {m: [] for m in members}
    flows = [key for key in forward if key[0] in member_set]
    for up, down in flows:
        succ[up].append(down)
        pred[down].append(up)
    # first order: depth-first from the sources (then from whatever a loop left unvisited)
    visit: dict[str, int] = {}
    starts = [m for m in members if not pred[m]] + sorted(members, key=lane_of.__getitem__)
    for start in starts:
        stack = [start]
        while stack:
            v = stack.pop()
            if v in visit:
                continue
            visit[v] = len(visit)
            stack.extend(reversed([w for w in succ[v] if w not in visit]))
    lanes: list[list[str]] = [[] for _ in range(lane_count)]
    for m in sorted(members, key=visit.__getitem__):
        lanes[lane_of[m]].append(m)
    neighbours = {m: succ[m] + pred[m] for m in members}
    row = {m: i for lane in lanes for i, m in enumerate(lane)}
    best = [list(lane) for lane in lanes]
    best_count = _crossings(lane_of, row, flows)
    stale = 0
    for sweep in range(MAX_SWEEPS):
        forward = sweep % 2 == 0
        for index in (range(lane_count) if forward else range(lane_count - 1, -1, -1)):
            lane = lanes[index]
            keys = {}
            for m in lane:
                near = [row[n] for n in neighbours[m]
                        if (lane_of[n] < index if forward else lane_of[n] > index)]
                keys[m] = (sum(near) / len(near) if near else row[m], row[m])
            lane.sort(key=keys.__getitem__)
            for i, m in enumerate(lane):
                row[m] = i
        count = _crossings(lane_of, row, flows)
        if count < best_count:
            best, best_count, stale = [list(lane) for lane in lanes], count, 0
        else:
            stale += 1
        if best_count == 0 or stale >= PATIENCE:
            break
    if best_count and len(flows) <= EXACT_LIMIT:
        _transpose(best, lane_of, flows)
    return best, flows


def _monotone_fit(targets: list[float]) -> list[float]:
    """Non-decreasing sequence closest (least squares) to ``targets``: pool adjacent violators."""
    blocks: list[list[float]] = []  # [mean, weight]
    for value in targets:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, weight = blocks.pop()
            blocks[-1][0] = (blocks[-1][0] * blocks[-1][1] + mean * weight) / (blocks[-1][1] + weight)
            blocks[-1][1] += weight
    fitted: list[float] = []
    for mean, weight in blocks:
        fitted.extend([mean] * int(weight))
    return fitted


def _place_piece(lanes: list[list[str]], flows: list[tuple[str, str]],
                 lane_of: dict[str, int]) -> dict[str, int]:
    """Rows of a piece's links, keeping each lane's order: each link is drawn towards the mean
    row of its neighbours so that flows run as level as possible (rows ≥ 0, one link per row).

    Each lane is fitted with :func:`_monotone_fit` on ``desired row − index`` (which keeps the
    order and leaves no two links on one row); lanes are visited left to right, right to left,
    then twice more with all neighbours.
    """
    row = {m: i for lane in lanes for i, m in enumerate(lane)}
    compact = dict(row)
    neighbours: dict[str, list[str]] = {m: [] for m in row}
    for up, down in flows:
        neighbours[up].append(down)
        neighbours[down].append(up)
    count = len(lanes)
    passes = [(range(count), -1), (range(count - 1, -1, -1), 1),
              (range(count), 0), (range(count - 1, -1, -1), 0)]
    for order, side in passes:
        for index in order:
            lane = lanes[index]
            if not lane:
                continue
            desired = []
            for i, m in enumerate(lane):
                near = [row[n] for n in neighbours[m] if lane_of[n] != index
                        and (side == 0 or (lane_of[n] - index) * side > 0)]
                desired.append((sum(near) / len(near) if near else row[m]) - i)
            fitted = _monotone_fit(desired)
            for i, m in enumerate(lane):
                row[m] = max(0, round(fitted[i])) + i
            for i in range(1, len(lane)):  # rounding and the floor at 0 keep rows distinct
                row[lane[i]] = max(row[lane[i]], row[lane[i - 1]] + 1)
    low = min(row.values())
    row = {m: r - low for m, r in row.items()}
    if len(flows) <= EXACT_LIMIT and _crossings(lane_of, row, flows) > _crossings(
            lane_of, compact, flows):
        return compact
    return row


def _transpose(lanes: list[list[str]], lane_of: dict[str, int],
               flows: list[tuple[str, str]]) -> None:
    """Swap neighbouring cards of a lane while that removes crossings (in place; small pieces).

    Only the flows touching the two swapped links change, and they can only cross flows whose
    lane span overlaps theirs, so a trial costs O(their flows × flows over those lanes). Points
    are (lane, row): an affine image of the card centres, so crossings are the same.
    """
    row = {m: i for lane in lanes for i, m in enumerate(lane)}
    touching: dict[str, list[tuple[str, str]]] = {m: [] for m in row}
    by_lane: dict[int, set[tuple[str, str]]] = {}
    for flow in flows:
        touching[flow[0]].append(flow)
        touching[flow[1]].append(flow)
        lo, hi = sorted((lane_of[flow[0]], lane_of[flow[1]]))
        for lane in range(lo, hi + 1):
            by_lane.setdefault(lane, set()).add(flow)

    def crosses(f: tuple[str, str], g: tuple[str, str]) -> bool:
        (u1, d1), (u2, d2) = f, g
        if u1 == u2 or u1 == d2 or d1 == u2 or d1 == d2:
            return False
        ax, ay, bx, by = lane_of[u1], row[u1], lane_of[d1], row[d1]
        cx, cy, dx, dy = lane_of[u2], row[u2], lane_of[d2], row[d2]
        return (_orientation(ax, ay, bx, by, cx, cy) * _orientation(ax, ay, bx, by, dx, dy) < 0
                and _orientation(cx, cy, dx, dy, ax, ay) * _orientation(cx, cy, dx, dy, bx, by) < 0)

    spent = 0

    def local(u: str, v: str) -> int:
        nonlocal spent
        mine = list(dict.fromkeys(touching[u] + touching[v]))
        mine_set = set(mine)
        total = sum(crosses(f, g) for i, f in enumerate(mine) for g in mine[i + 1:])
        for f in mine:
            lo, hi = sorted((lane_of[f[0]], lane_of[f[1]]))
            near = set().union(*(by_lane.get(lane, ()) for lane in range(lo, hi + 1)))
            spent += len(near)
            total += sum(crosses(f, g) for g in near if g not in mine_set)
        return total

    for _ in range(MAX_SWEEPS):
        improved = False
        for lane in lanes:
            for i in range(len(lane) - 1):
                u, v = lane[i], lane[i + 1]
                if spent > TRANSPOSE_BUDGET:
                    return
                if not touching[u] and not touching[v]:
                    continue
                before = local(u, v)
                row[u], row[v] = row[v], row[u]
                if local(u, v) < before:
                    lane[i], lane[i + 1] = v, u
                    improved = True
                else:
                    row[u], row[v] = row[v], row[u]
        if not improved:
            break


@dataclass(frozen=True)
class LayoutPlan:
    """What the auto-layout decides: where each card goes, and which flows are return flows.

    Attributes:
        positions: link id → top-left corner of its card (scene pixels).
        columns: link id → its sub-column in the whole map (0 = leftmost).
        return_flows: keys of the flows that are return flows (every other flow goes right).
    """

    positions: dict[str, tuple[float, float]]
    columns: dict[str, int]
    return_flows: frozenset[tuple[str, str]]

    def return_marks(self, project: Project) -> dict[tuple[str, str], bool]:
        """Flow key → whether it is a return flow, for the flows whose mark changes."""
        return {key: key in self.return_flows for key, flow in project.flows.items()
                if flow.is_return != (key in self.return_flows)}


def _columns(project: Project, forward: list[tuple[str, str]]) -> dict[str, int]:
    """Link id → sub-column of the whole map (see the module docstring, step 1)."""
    stage_index = {stage.id: i for i, stage in enumerate(project.stages)}
    links = project.links
    stage_of = {m: stage_index.get(link.stage_id, 0) for m, link in links.items()}
    succ: dict[str, list[str]] = {}
    pred: dict[str, list[str]] = {}
    for up, down in forward:
        if stage_of[up] == stage_of[down]:
            succ.setdefault(up, []).append(down)
            pred.setdefault(down, []).append(up)
    # longest chain inside the stage (Kahn's order: the flows inside a stage are acyclic here)
    depth = {m: 0 for m in links}
    waiting = {m: len(pred.get(m, ())) for m in links}
    ready = [m for m in links if not waiting[m]]
    topo: list[str] = []
    while ready:
        v = ready.pop()
        topo.append(v)
        for w in succ.get(v, ()):
            depth[w] = max(depth[w], depth[v] + 1)
            waiting[w] -= 1
            if not waiting[w]:
                ready.append(w)
    for v in reversed(topo):  # a link that only starts chains goes next to its first successor
        if succ.get(v) and not pred.get(v):
            depth[v] = min(depth[w] for w in succ[v]) - 1
    widths = [1] * max(len(project.stages), 1)
    for m, d in depth.items():
        widths[stage_of[m]] = max(widths[stage_of[m]], d + 1)
    first = [0] * len(widths)
    for i in range(1, len(widths)):
        first[i] = first[i - 1] + widths[i - 1]
    return {m: first[stage_of[m]] + depth[m] for m in links}


def _rows(project: Project, forward: list[tuple[str, str]], column: dict[str, int]
          ) -> dict[str, int]:
    """Link id → row, for the whole map (see the module docstring, steps 2 to 6)."""
    column_count = max(column.values(), default=0) + 1
    pieces, isolated = _pieces(project)
    placed: dict[str, int] = {}
    offset = 0
    for members in pieces:
        lanes, flows = _order_piece(forward, members, column, column_count)
        rows = _place_piece(lanes, flows, column)
        for m, r in rows.items():
            placed[m] = offset + r
        offset += max(rows.values()) + 2  # one empty row between pieces
    filled: dict[int, int] = {}
    for m in isolated:
        placed[m] = filled.get(column[m], offset)
        filled[column[m]] = placed[m] + 1
    return placed


def auto_layout(project: Project, grid: CardGrid | None = None) -> LayoutPlan:
    """The auto-layout of ``project`` (see the module docstring); the project is not changed.

    ``grid``: card size and gaps; the map's own (:func:`~valuechain_gui.geometry.card_grid`)
    when None. An empty map gives an empty plan.
    """
    grid = grid or card_grid()
    returns = return_flows(project)
    forward = [key for key in project.flows if key not in returns]
    column = _columns(project, forward)
    stage_index = {stage.id: i for i, stage in enumerate(project.stages)}
    stage_of = {m: stage_index.get(link.stage_id, 0) for m, link in project.links.items()}
    column, rows = balance(column, stage_of, lambda c: _rows(project, forward, c), grid)
    positions = {m: grid.position(column[m], rows[m]) for m in project.links}
    return LayoutPlan(positions, column, frozenset(returns))


def apply_layout(project: Project, plan: LayoutPlan | None = None) -> LayoutPlan:
    """Lay ``project`` out through its operations (card positions, then return-flow marks), for
    the command line and the spreadsheet import (the window does the same in one undo step)."""
    plan = plan or auto_layout(project)
    project.update_links({m: {"position": p} for m, p in plan.positions.items()})
    marks = plan.return_marks(project)
    if marks:
        project.set_return_flows(marks)
    return plan


def layered_order(project: Project) -> dict[str, list[str]]:
    """Stage id → its link ids top to bottom (then left to right), as the auto-layout puts them.

    Every stage of the project is a key (an empty list for a stage without links), in stage order.
    """
    plan = auto_layout(project)
    result: dict[str, list[str]] = {stage.id: [] for stage in project.stages}
    for link_id in sorted(plan.positions, key=lambda m: plan.positions[m][::-1]):
        result.setdefault(project.links[link_id].stage_id, []).append(link_id)
    return result


def layout_positions(project: Project) -> dict[str, tuple[float, float]]:
    """Link id → new top-left corner of its card (scene pixels): :func:`auto_layout`'s positions."""
    return auto_layout(project).positions


def _orientation(ax: float, ay: float, bx: float, by: float, cx: float, cy: float) -> float:
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def _segment_crossings(segments: list[tuple[str, str, tuple[float, float], tuple[float, float]]]
                       ) -> int:
    """Proper crossings among ``(up, down, start point, end point)`` segments sharing no link."""
    total = 0
    for i, (u1, d1, p1, q1) in enumerate(segments):
        for u2, d2, p2, q2 in segments[i + 1:]:
            if u1 == u2 or u1 == d2 or d1 == u2 or d1 == d2:
                continue
            if (_orientation(*p1, *q1, *p2) * _orientation(*p1, *q1, *q2) < 0
                    and _orientation(*p2, *q2, *p1) * _orientation(*p2, *q2, *q1) < 0):
                total += 1
    return total


def count_crossings(project: Project, positions: dict[str, tuple[float, float]]) -> int:
    """Number of pairs of flows whose straight arrows (card centre to card centre) cross.

    Only proper crossings count: flows sharing a link, touching or running along each other do
    not. ``positions``: link id → card top-left (links missing from it use their stored position).
    O(flows²): meant for tests and small maps.
    """
    grid = card_grid()

    def centre(link_id: str) -> tuple[float, float]:
        x, y = positions.get(link_id, project.links[link_id].position)
        return (x + grid.card_width / 2, y + grid.card_height / 2)

    return _segment_crossings([(up, down, centre(up), centre(down)) for up, down in project.flows])


__all__ = ["LayoutPlan", "apply_layout", "auto_layout", "count_crossings", "layered_order",
           "layout_positions"]
