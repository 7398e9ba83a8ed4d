"""Render resources/icons/consortium-planner.svg as the PNG, ICO and ICNS files installers use.

The SVG is the one source; the raster files are committed, so a build only copies them. Run this
after changing the SVG:

    .venv/bin/python installer/make_icons.py

Qt (QSvgRenderer, installed with PySide6) draws each size from the vector so small sizes stay
sharp; Pillow (installed with reportlab) writes the PNG, ICO and ICNS containers with fixed
settings, so running it twice gives the same bytes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image
    from PySide6.QtSvg import QSvgRenderer

ICON_NAME = "consortium-planner"
ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS_DIR / f"{ICON_NAME}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer, taskbar and installer show
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the macOS iconset sizes, including @2x


def render(renderer: QSvgRenderer, size: int) -> Image:
    """One square RGBA Pillow image of the SVG at `size` pixels."""
    from PIL import Image as PillowImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = bytes(image.constBits())[: size * image.bytesPerLine()]
    return PillowImage.frombuffer(
        "RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1
    )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    # QPainter needs a GUI application object (offscreen is enough); keep it alive until done.
    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(renderer, size) for size in sizes}

    for size in PNG_SIZES:
        target = ICONS_DIR / f"{ICON_NAME}-{size}.png"
        images[size].save(target, format="PNG", optimize=True)
        print(target.relative_to(ICONS_DIR.parent.parent))

    ico = ICONS_DIR / f"{ICON_NAME}.ico"
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    print(ico.relative_to(ICONS_DIR.parent.parent))

    icns = ICONS_DIR / f"{ICON_NAME}.icns"
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[images[size] for size in ICNS_SIZES]
    )
    print(icns.relative_to(ICONS_DIR.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
