"""Bridge from the Qt-free model observer to Qt signals.

:class:`ProjectNotifier` subscribes to :meth:`Project.subscribe` and re-emits every
:class:`~valuechain_gui.model.ModelEvent` as the Qt signal ``changed``, so that widgets connect to a
signal (queued across threads, disconnected when they die) instead of holding raw callbacks.
:func:`rebind` moves a slot from the notifier of the document a panel showed to the new one's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

from valuechain_gui.model import ModelEvent, Project


class ProjectNotifier(QObject):
    """Re-emits a project's model events as ``changed(ModelEvent)``.

    Args:
        project: the :class:`Project` to follow.
        parent: optional QObject parent (the notifier dies with it; it then stops listening).

    Call :meth:`detach` when the project is replaced (e.g. File > Open) so the old project no longer
    calls into Qt. Events are emitted synchronously, in the order the model produced them.
    """

    changed = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._unsubscribe = project.subscribe(self._on_event)

    def _on_event(self, event: ModelEvent) -> None:
        try:
            self.changed.emit(event)
        except RuntimeError:  # the C++ object is gone: stop listening
            self.detach()

    def detach(self) -> None:
        """Stop following the project (idempotent)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def rebind(old_signal: SignalInstance | None, new_signal: SignalInstance,
           slot: Callable[..., Any]) -> None:
    """Stop calling ``slot`` from ``old_signal`` and connect it to ``new_signal`` (a panel that
    stops following the old document and follows the new one).

    ``old_signal`` may be None (nothing followed yet); a source already deleted or a slot that
    was not connected to it is ignored (the RuntimeError/TypeError of ``disconnect``).
    """
    if old_signal is not None:
        try:
            old_signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
    new_signal.connect(slot)
