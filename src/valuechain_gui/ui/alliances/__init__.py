"""The alliance pipeline: a board of the project's alliances grouped by cooperation stage."""
