"""The base of every undo command that changes the model, and a push that raises refusals.

Why: with PySide6 (checked on 6.11), when a Python ``QUndoCommand.redo`` raises, Qt still runs
``QUndoStack.push`` to its end: the failed command is ON the stack, the document reads as
modified, and undoing it undoes something that never happened (e.g. Undo "Connect" on an
existing flow deletes that flow). Letting the error cross Qt is not safe either: ``push`` then
calls more Python overrides (``id``, ``mergeWith``, the destructor) with a Python error pending,
which corrupted memory in the test suite (a segmentation fault in a later garbage collection).

So :class:`ModelCommand` catches the model's refusal in its first ``redo``, keeps it in
:attr:`ModelCommand.refusal` and marks itself obsolete (``QUndoCommand.setObsolete``): Qt deletes
an obsolete command instead of adding it, and the stack stays exactly as it was.
:func:`~valuechain_gui.ui.document.edit.push_checked` re-raises the refusal after ``push``
returns; the document's edit façade (:class:`~valuechain_gui.ui.document.edit.DocumentEdit`)
turns it into a status message.
Qt may offer a refused command to the previous command's ``mergeWith`` before dropping it:
mergeable commands check :func:`refused` first.
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

    def apply(self) -> None:
        """Do the command on the model (first time and every redo). Raises ModelError if refused."""
        raise NotImplementedError

    def redo(self) -> None:
        """Qt's redo: :meth:`apply`; a refused first apply is kept in :attr:`refusal`, obsolete."""
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
