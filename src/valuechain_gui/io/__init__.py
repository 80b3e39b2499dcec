"""Files in and out, without Qt: ``project/`` (the ``.vchain`` file), ``sheets/`` (spreadsheet
import), ``excel/`` (the action-plan workbook), ``report/`` (the ``check`` summary and the
gap-analysis sentences it shares with the workbook)."""
