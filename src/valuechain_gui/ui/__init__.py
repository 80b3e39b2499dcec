"""The Qt application: main window, canvas, panels, undo commands, dialogs."""
