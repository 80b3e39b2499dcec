"""File > New from Template: start a project from a packaged chain (:mod:`valuechain_gui.io.templates`)."""
