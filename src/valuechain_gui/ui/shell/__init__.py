"""The application shell: start-up, the main window, its menus, layout, preferences, recovery and crash report."""
