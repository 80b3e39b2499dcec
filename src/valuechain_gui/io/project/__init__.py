"""The project file (``.vchain``): format, validation, migrations, atomic save, lock, file kind."""
