"""The print scale of a sheet: one page wide when that keeps text at 8 points, else a fixed scale
over as few pages as 75 % allows, never a shrink to 4 points."""

from __future__ import annotations

from valuechain_gui.io.excel.printing import (
    BODY_SIZE,
    MIN_SCALE,
    POINTS_PER_WIDTH_UNIT,
    PRINT_WIDTH_POINTS,
    font,
    pages_wide,
    print_scale,
)


def test_a_narrow_sheet_is_fitted_to_one_page_wide():
    assert print_scale([30, 9, 11, 9, 8, 10, 13]) is None  # the Matches sheet
    assert pages_wide([30, 9, 11, 9, 8, 10, 13], 100) == 1


def test_a_21_column_sheet_prints_at_a_fixed_readable_scale_over_a_few_pages():
    widths = [22, 8, 28, 18, 20, 11, 11, 12, 20, 10, 20, 13, 10, 20, 22, 30, 9, 9, 12, 13, 11]
    scale = print_scale(widths)
    assert scale is not None and MIN_SCALE <= scale <= 100
    assert BODY_SIZE * scale / 100 >= 8  # points on paper
    assert pages_wide(widths, scale) == pages_wide(widths, MIN_SCALE) <= 3
    assert pages_wide(widths, scale + 5) > pages_wide(widths, scale) or scale == 100


def test_the_first_column_is_repeated_on_every_page_across():
    room_units = PRINT_WIDTH_POINTS / POINTS_PER_WIDTH_UNIT - 0.01  # a page at 100 %
    first = 40.0
    # Two columns each filling a page but for the first column's repeat.
    assert pages_wide([first, room_units - first, room_units - first], 100) == 2
    assert pages_wide([first, room_units - first, room_units - first, 1.0], 100) == 3
    assert pages_wide([first, room_units - first, room_units - first], 75) == 2


def test_every_font_names_the_body_face():
    bold = font(bold=True)
    assert bold["font_name"] == "Calibri" and bold["font_size"] == BODY_SIZE and bold["bold"]
    assert font(size=14)["font_size"] == 14 and font(size=14)["font_name"] == "Calibri"
