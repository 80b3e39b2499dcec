"""Importing a value chain from a spreadsheet made by hand (.xlsx, .xlsm, .csv)."""
