"""Plain-text accounts of a project: the ``check`` summary, the gap-analysis sentences and what
the PDF report shows (:mod:`.dossier`)."""
