"""The base of every undo command that changes the model, and a push that raises refusals.

Why: with PySide6 (checked on 6.11), when a Python ``QUndoCommand.redo`` raises, Qt still runs
``QUndoStack.push`` to its end: the failed command is ON the stack, the document reads as
modified, and undoing it undoes something that never happened (e.g. Undo "Connect" on an
existing flow deletes that flow). Letting the error cross Qt is not safe either: ``push`` then
calls more Python overrides (``id``, ``mergeWith``, the destructor) with a Python error pending,
which corrupted memory in the test suite (a segmentation fault in a later garbage collection).

So a refused edit never reaches Qt: :func:`~valuechain_gui.ui.document.edit.push_checked` (the
one push of the document's edit façade, :class:`~valuechain_gui.ui.document.edit.DocumentEdit`)
first runs :meth:`ModelCommand.apply_first`; a refusal raises there, before ``push``, and the
façade turns it into a status message. An applied command is then pushed with its first ``redo``
skipped (it has already been done). Letting Qt drop a refused command instead (an obsolete
command, which ``push`` deletes) crashed: a property test of random edit sequences replayed a
sequence whose fourth push after three obsolete ones ended in a segmentation fault inside
``QUndoStack.push`` (PySide6 6.11), and never once the refusals stayed out of Qt.

As a last resort, a command pushed some other way whose first ``redo`` is refused keeps the
refusal in :attr:`ModelCommand.refusal` and makes itself obsolete, so that the stack at least
stays as it was; Qt may then offer it to the previous command's ``mergeWith``: mergeable
commands check :func:`refused` first.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from valuechain_gui.errors import ModelError


class ModelCommand(QUndoCommand):
    """A QUndoCommand whose refused first ``redo`` leaves nothing on the stack.

    Subclasses implement :meth:`apply` (what ``redo`` does, every time) and ``undo``. A
    :class:`~valuechain_gui.errors.ModelError` raised by the first :meth:`apply` is stored in
    :attr:`refusal` and makes the command obsolete (Qt deletes it instead of pushing it); the
    model must have changed nothing (its operations check before they change). Push with
    :func:`~valuechain_gui.ui.document.edit.push_checked` or through
    :class:`~valuechain_gui.ui.document.edit.DocumentEdit`.
    """

    #: the model's refusal of the first redo, or None (set on the instance)
    refusal: ModelError | None = None
    _applied_once = False
    _skip_next_redo = False

    def apply(self) -> None:
        """Do the command on the model (first time and every redo). Raises ModelError if refused."""
        raise NotImplementedError

    def apply_first(self) -> None:
        """Do the command for the first time, before it is pushed; the ``redo`` that ``push``
        then calls does nothing. Raises ModelError when the model refuses (nothing changed)."""
        self.apply()
        self._applied_once = True
        self._skip_next_redo = True

    def redo(self) -> None:
        """Qt's redo: :meth:`apply` (skipped once after :meth:`apply_first`); a refused first
        apply is kept in :attr:`refusal` and makes the command obsolete."""
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        if self._applied_once:
            self.apply()
            return
        try:
            self.apply()
        except ModelError as error:
            self.refusal = error
            self.setObsolete(True)
            return
        self._applied_once = True


def refused(command: QUndoCommand) -> bool:
    """True when ``command`` is a :class:`ModelCommand` the model refused (never to be merged)."""
    return isinstance(command, ModelCommand) and command.refusal is not None


__all__ = ["ModelCommand", "refused"]
