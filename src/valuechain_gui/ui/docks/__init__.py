"""Dock widgets of the main window: link properties, legend, (action plan: ``plan_dock``)."""
