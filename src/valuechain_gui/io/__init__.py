"""Project file, spreadsheet import and Excel export. No Qt."""
