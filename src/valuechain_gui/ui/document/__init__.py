"""The open document: the project, its undo stack, its notifier, autosave and file lock."""
