"""Plain-text accounts of a project: the ``check`` summary and the gap-analysis sentences."""
