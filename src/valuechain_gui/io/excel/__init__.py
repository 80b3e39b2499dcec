"""Exporting the action plan to an Excel workbook (openpyxl)."""
