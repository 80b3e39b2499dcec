"""Exporting the action plan to an Excel workbook (written with XlsxWriter)."""
