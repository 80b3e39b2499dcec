"""The limits of the spreadsheet import, in one place.

A value chain has tens to a few thousand links; a file far past these limits is the wrong file, a
damaged one or a crafted one (a "zip bomb": a 1 MB workbook whose sheet unpacks to gigabytes).
Each limit is checked *before* the work it bounds is done (the sizes of the workbook's parts are
read from the zip's directory before anything is unpacked; rows, cells and flows are counted as
they are read), and passing one refuses the import with a message naming the file, the place and
the limit. Together they keep an import of any file under a few seconds and a few hundred MB.
"""

from __future__ import annotations

# A project's own limits bound an import too: one figure each, so the two can never drift apart.
from ...limits import MAX_FLOWS, MAX_FLOWS_PER_LINK, MAX_LINKS

MIB = 1024 * 1024

# ------------------------------------------------------------------ any file
#: Size of the file as given, CSV or workbook (bytes).
MAX_FILE_BYTES = 50 * MIB
#: Characters in one cell: Excel's own limit ("Total number of characters that a cell can
#: contain", Excel specifications and limits).
MAX_CELL_CHARS = 32_767
#: Non-empty rows of the sheet read (title and header rows included).
MAX_ROWS = 20_000
#: Row numbers: Excel's own number of rows. A CSV file with more records, blank ones included,
#: or a workbook row past it holding something refuses the import.
MAX_ROW_NUMBER = 1_048_576
#: Columns: a cell holding something past this column refuses the import.
MAX_COLUMNS = 1_000
#: Cells kept, summed over the non-empty rows, each row counted up to its last filled cell.
MAX_CELLS = 500_000
#: Links (rows with a link name) of one import: the project's :data:`MAX_LINKS`, imported above.
#: Links named in one row's Upstream and Downstream cells together, and flows (in and out) of
#: one link once every row is read: the project's :data:`MAX_FLOWS_PER_LINK`, imported above.
#: Flows of one import: the project's :data:`MAX_FLOWS`, imported above (an import past it
#: would make a project that could not be opened again).

# ------------------------------------------------------------------ CSV
#: Characters of one CSV record (one row, quoted line breaks included).
MAX_RECORD_CHARS = 1 * MIB

# ------------------------------------------------------------------ workbook (.xlsx, .xlsm)
#: Entries in the workbook's zip (a workbook has a few dozen parts).
MAX_ZIP_ENTRIES = 10_000
#: Size of the zip's central directory (bytes).
MAX_ZIP_DIRECTORY_BYTES = 4 * MIB
#: Size once unpacked of a worksheet or of the shared-strings part (bytes; what the zip's
#: directory declares, which bounds what can be unpacked: more fails the zip's checksum).
MAX_SHEET_PART_BYTES = 64 * MIB
#: Size once unpacked of the other parts the import reads: workbook, relationships, styles.
MAX_SMALL_PART_BYTES = 8 * MIB
#: XML elements read in one import, over every part read (a cell is one to three elements,
#: empty formatted cells included; 10,000 links of 14 columns take about 450,000): bounds the
#: reading time whatever the parts hold (about a second and a half on a slow machine).
MAX_XML_ELEMENTS = 1_000_000
#: Entries of the shared-strings table.
MAX_SHARED_STRINGS = 300_000
#: Cell formats of the styles part: Excel's own limit of unique cell formats.
MAX_CELL_FORMATS = 65_490
#: Sheets of one workbook.
MAX_SHEETS = 1_000
#: Bytes of XML with no ``>`` in them (one tag, or the text of one cell with its escapes).
MAX_XML_RUN_BYTES = 1 * MIB
#: Elements nested in one another in an XML part (a worksheet needs fewer than 10).
MAX_XML_DEPTH = 64
#: Characters of a cell's text as stored in the XML, before its ``_xHHHH_`` escapes are decoded
#: (each stands for one character): the text is refused once past this, before it is decoded.
MAX_RAW_CELL_CHARS = 7 * MAX_CELL_CHARS
#: Merged ranges read from one worksheet (more are left out, with a warning).
MAX_MERGED_RANGES = 100_000
