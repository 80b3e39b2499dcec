"""Presenter mode for a workshop at a projector: the full-screen map in large type, stepping
through the links, the status band and the agenda timer."""
