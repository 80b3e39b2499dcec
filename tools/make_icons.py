"""Make the application icon's PNG, ICO and ICNS files from its SVG source.

Usage (from the repository root)::

    python tools/make_icons.py            # rewrite the icon files
    python tools/make_icons.py --check    # exit 1 if a committed icon file is stale

The source is ``resources/icons/valuechain-gui.svg``. Qt's ``QSvgRenderer`` draws it at each
size (antialiased, on a transparent background, offscreen); Pillow writes the Windows ``.ico``
(16 to 256 pixels) and the macOS ``.icns`` (16 to 1024 pixels) from those drawings. Written:

- ``resources/icons/valuechain-gui-<N>.png`` for N in :data:`PNG_SIZES` (the Linux icon theme's
  sizes), ``valuechain-gui.ico``, ``valuechain-gui.icns``;
- ``src/valuechain_gui/resources/icons/valuechain-gui.png`` (256 pixels): the copy the app loads
  at run time for its windows and About box, package data so that ``pip install`` has it too.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "valuechain-gui.svg"
PACKAGE_ICON = ROOT / "src" / "valuechain_gui" / "resources" / "icons" / "valuechain-gui.png"
#: PNG sizes written beside the SVG (freedesktop hicolor theme sizes).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes inside the Windows icon.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Sizes inside the macOS icon.
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
#: The size of the copy the app loads.
PACKAGE_SIZE = 256


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def icon_files() -> dict[Path, bytes]:
    """Every icon file this tool writes, with its content."""
    from PIL import Image

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    pngs = {size: render_png(size) for size in sizes}
    files = {ICONS / f"valuechain-gui-{size}.png": pngs[size] for size in PNG_SIZES}
    images = {size: Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in sizes}

    def pack(fmt: str, wanted: tuple[int, ...]) -> bytes:
        largest = images[max(wanted)]
        out = io.BytesIO()
        largest.save(out, fmt, sizes=[(s, s) for s in wanted],
                     append_images=[images[s] for s in wanted if s != max(wanted)])
        return out.getvalue()

    files[ICONS / "valuechain-gui.ico"] = pack("ICO", ICO_SIZES)
    files[ICONS / "valuechain-gui.icns"] = pack("ICNS", ICNS_SIZES)
    files[PACKAGE_ICON] = pngs[PACKAGE_SIZE]
    return files


def main(argv: list[str] | None = None) -> int:
    """Write the icon files (or, with ``--check``, say which are stale); the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a committed icon file differs from a fresh one")
    args = parser.parse_args(argv)
    files = icon_files()
    if args.check:
        stale = [path for path, data in files.items()
                 if not path.is_file() or path.read_bytes() != data]
        for path in stale:
            print(f"{path.relative_to(ROOT)}: stale (run python tools/make_icons.py)",
                  file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
