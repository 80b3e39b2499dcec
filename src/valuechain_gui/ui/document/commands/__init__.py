"""The undoable edits of a project (one QUndoCommand per user edit)."""
