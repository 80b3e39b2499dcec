"""Properties: the link properties dock and the project properties dialog."""
