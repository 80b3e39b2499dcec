"""``valuechain-gui render PROJECT -o MAP.png|svg|pdf``: the map as a picture, headless.

Qt is imported only when the command runs, on the offscreen platform.
"""

from __future__ import annotations

import argparse
import os

from .common import EXIT_OK, add_document_arguments, say, usage, wrong_suffix

NAME = "render"
#: What ``render -o`` writes (the format follows the extension; ``ui/render.py`` FORMATS).
RENDER_SUFFIXES = (".png", ".svg", ".pdf")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``render`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="render the map to PNG, SVG or PDF (headless)")
    add_document_arguments(parser, "MAP.png|svg|pdf", lang_help="language of the legend",
                           share_help="version to share with partners")


def run(args: argparse.Namespace) -> int:
    """Render the map headless (Qt imported here only)."""
    if wrong_suffix(args.output, RENDER_SUFFIXES):
        return usage(NAME, f"the output must end in {', '.join(RENDER_SUFFIXES)} (the "
                           f"format follows the extension), not {args.output.name!r}")
    from ..io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless by design
    from ..ui.export.render import render_to_file

    render_to_file(args.project, args.output, lang=args.lang, share_version=args.share)
    say(f"{args.output}: written")
    return EXIT_OK
