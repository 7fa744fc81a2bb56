"""The PDF's embedded fonts and the fallback between them, per run of text.

DejaVu Sans covers the Latin and Cyrillic scripts; Noto Sans Thai covers Thai. reportlab
uses one font per string, so text is cut into runs by script and each run gets a font that
has its glyphs: her own words in Thai stay readable in a Dutch PDF too, never black boxes.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from forms.catalogue import KoersError, Message
from forms.resources import RESOURCES

FONT_DIR = RESOURCES / "fonts"
FONT, FONT_BOLD = "KoersSans", "KoersSans-Bold"
THAI, THAI_BOLD = "KoersThai", "KoersThai-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf",
               THAI: "NotoSansThai-Regular.ttf", THAI_BOLD: "NotoSansThai-Bold.ttf"}
_THAI_RUN = re.compile(r"([\u0E00-\u0E7F]+)")


class FontMissing(KoersError):
    """A font file is not where Koers expects it: no PDF can be made."""


def register_fonts(font_dir: Path = FONT_DIR) -> None:
    """Embed DejaVu Sans and Noto Sans Thai (the built-in Helvetica has no Cyrillic, ő, ț or Thai)."""
    for name, file in _FONT_FILES.items():
        path = font_dir / file
        if not path.is_file():
            raise FontMissing(Message("pdf.font-missing", path=str(path)))
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    pdfmetrics.registerFontFamily(THAI, normal=THAI, bold=THAI_BOLD, italic=THAI, boldItalic=THAI_BOLD)


def runs(words: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font, text) pieces of `words`, each in a font that has its script."""
    thai, latin = (THAI_BOLD, FONT_BOLD) if bold else (THAI, FONT)
    return [(thai if _THAI_RUN.fullmatch(piece) else latin, piece)
            for piece in _THAI_RUN.split(words) if piece]


def font_for(words: str, bold: bool = False) -> str:
    """One font for a short label drawn as a single string (charts): Thai if it has Thai."""
    return (THAI_BOLD if bold else THAI) if _THAI_RUN.search(words) else (FONT_BOLD if bold else FONT)


def markup(words: str, bold: bool = False) -> str:
    """Paragraph markup of plain text: escaped, Thai runs in the Thai font, line breaks kept."""
    pieces = [escape(piece) if font in (FONT, FONT_BOLD) else f'<font face="{font}">{escape(piece)}</font>'
              for font, piece in runs(words, bold)]
    return "".join(pieces).replace("\n", "<br/>")


def draw_runs(canvas, x: float, y: float, words: str, size: float, bold: bool = False,
              anchor: str = "start") -> None:
    """Draw a line of text on a canvas run by run; `anchor` start, middle or end."""
    pieces = runs(words, bold)
    width = sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in pieces)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    for font, piece in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
