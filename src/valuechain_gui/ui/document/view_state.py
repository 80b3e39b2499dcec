"""What the views of one open document show besides the model: :class:`ViewState`.

The highlight (links kept bright, the others dimmed), the status filter, the rank badges of the
gap analysis and the selected links. One ``ViewState`` per open document, owned by its window;
the canvas and the panels read it and change it through its methods, and follow its signals.
They never talk to each other: the plan panel selects a link here, the canvas shows it.
A change that changes nothing emits nothing, which is what stops a selection echoing back and
forth between the canvas and a panel.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from valuechain_gui.model import LinkStatus


class ViewState(QObject):
    """The view state of one document (see the module docstring).

    Signals:
        highlight_changed(): :attr:`highlight` changed.
        status_filter_changed(): :attr:`status_filter` changed.
        badges_changed(): :attr:`badges` changed.
        selection_changed(list, object): the selected link ids, in selection order, and who
            selected them (the object passed as ``origin``; it need not follow its own change).
        focus_requested(str): a panel asks the views to centre this link.
    """

    highlight_changed = Signal()
    status_filter_changed = Signal()
    badges_changed = Signal()
    selection_changed = Signal(list, object)
    focus_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._highlight: frozenset[str] | None = None
        self._status_filter: frozenset[LinkStatus] | None = None
        self._badges: dict[str, int] | None = None
        self._selection: list[str] = []

    # ------------------------------------------------------------------ reading
    @property
    def highlight(self) -> frozenset[str] | None:
        """The links kept bright (the others dimmed), or None for no highlight."""
        return self._highlight

    @property
    def status_filter(self) -> frozenset[LinkStatus] | None:
        """The statuses kept bright, or None for no filter."""
        return self._status_filter

    @property
    def badges(self) -> dict[str, int] | None:
        """Link id → rank badge shown on its card, or None when badges are hidden."""
        return self._badges

    @property
    def selection(self) -> list[str]:
        """The selected link ids, in the order they were selected."""
        return list(self._selection)

    def is_dimmed(self, link_id: str, status: LinkStatus) -> bool:
        """Whether the highlight or the status filter dims a link with this status."""
        if self._highlight is not None and link_id not in self._highlight:
            return True
        return self._status_filter is not None and status not in self._status_filter

    def dims_anything(self) -> bool:
        """True when a highlight or a status filter is set."""
        return self._highlight is not None or self._status_filter is not None

    # ------------------------------------------------------------------ changing
    def set_highlight(self, link_ids: Iterable[str] | None) -> None:
        """Keep these links bright and dim the others; None clears."""
        value = frozenset(link_ids) if link_ids is not None else None
        if value != self._highlight:
            self._highlight = value
            self.highlight_changed.emit()

    def set_status_filter(self, statuses: Iterable[LinkStatus | str] | None) -> None:
        """Dim links whose status is not in ``statuses``; None clears."""
        value = frozenset(LinkStatus(s) for s in statuses) if statuses is not None else None
        if value != self._status_filter:
            self._status_filter = value
            self.status_filter_changed.emit()

    def set_badges(self, ranks: dict[str, int] | None) -> None:
        """Show a rank badge on the cards listed (link id → rank); None hides them."""
        value = dict(ranks) if ranks is not None else None
        if value != self._badges:
            self._badges = value
            self.badges_changed.emit()

    def select_links(self, link_ids: Iterable[str], origin: object = None) -> None:
        """Make these links the selection (``origin``: who selected them)."""
        value = list(dict.fromkeys(link_ids))
        if value != self._selection:
            self._selection = value
            self.selection_changed.emit(list(value), origin)

    def focus_link(self, link_id: str, origin: object = None) -> None:
        """Select one link and ask the views to centre it."""
        self.select_links([link_id], origin)
        self.focus_requested.emit(link_id)
