"""Render resources/icons/koers.svg to the PNG, ICO and ICNS files the packages need.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py` (the outputs are committed,
so a build never needs Qt's SVG renderer on the build machine).
"""

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "koers.svg")).render(painter)
    painter.end()
    path = ICONS / f"koers-{size}.png"
    image.save(str(path))
    return path


def main() -> None:
    QGuiApplication([])
    pngs = {size: render(size) for size in SIZES}
    largest = Image.open(pngs[512])
    largest.save(ICONS / "koers.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "koers.icns")


if __name__ == "__main__":
    main()
