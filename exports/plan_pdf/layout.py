"""The page: A4, the embedded Unicode font, paragraph styles, the footer and the draft mark,
and the document metadata (a neutral title plus the plan's identifiers, no personal data)."""

from __future__ import annotations

import itertools

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, TableStyle

from exports.pdf_charts import ACCENT, INK
from exports.pdf_fonts import FONT, FONT_BOLD, draw_runs, markup

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame keeps 6 pt padding on each side
MUTED = colors.HexColor("#5b6475")
DRAFT_RED = colors.HexColor("#b3261e")
LABEL_WIDTH = 44 * mm
GRID_LINE = colors.HexColor("#d5d9e0")
HEAD_FILL = colors.HexColor("#eef1f5")

# Custom keys of the PDF's document information: what verify-pdf reads back.
META_KEYS = {"plan_record_id": "KoersPlanRecord", "plan_id": "KoersPlanId",
             "version": "KoersPlanVersion", "content_hash": "KoersPlanHash"}


def _style(name: str, size: float, bold: bool = False, color=INK, space_before: float = 0,
           space_after: float = 4) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=size * 1.35, textColor=color, alignment=TA_LEFT,
                          spaceBefore=space_before, spaceAfter=space_after)


# Large enough for someone reading in her second language.
STYLES = {
    "programme": _style("programme", 10, color=MUTED, space_after=2),
    "title": _style("title", 20, bold=True, space_after=6),
    "h2": _style("h2", 15, bold=True, color=ACCENT, space_before=12, space_after=6),
    "h3": _style("h3", 12.5, bold=True, space_before=8, space_after=3),
    "goal_text": _style("goal_text", 13, space_after=6),
    "body": _style("body", 11),
    "small": _style("small", 9.5, color=MUTED),
    "cell": _style("cell", 10.5, space_after=0),
    "cell_bold": _style("cell_bold", 10.5, bold=True, space_after=0),
    "draft": _style("draft", 14, bold=True, color=DRAFT_RED, space_after=2),
    # Easy language (issue 16 §3): larger type, more air between the lines.
    "easy_body": _style("easy_body", 14, space_after=8),
    "easy_h2": _style("easy_h2", 19, bold=True, color=ACCENT, space_before=4, space_after=4),
    "easy_goal_text": _style("easy_goal_text", 17, space_after=6),
    "easy_label": _style("easy_label", 13.5, bold=True, space_before=6, space_after=1),
    "easy_value": _style("easy_value", 14, space_after=2),
}


def table_style(*commands: tuple) -> TableStyle:
    """A table style in our font: reportlab sets a cell's font even for flowable cells."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


TABLE = table_style(
    ("FONTSIZE", (0, 0), (-1, -1), 10.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID_LINE), ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 4),
)
HEADED_TABLE = TableStyle([("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)], parent=TABLE)


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain user text: markup escaped, line breaks kept."""
    return Paragraph(markup(text or "", STYLES[style].fontName == FONT_BOLD), STYLES[style])


class Heading(Paragraph):
    """A section heading that is also an entry of the PDF's outline (the reader's bookmarks):
    she can jump to it, and the sections can be read back from the file."""

    _keys = itertools.count()

    def __init__(self, words: str, style: str = "h2", level: int = 0):
        super().__init__(markup(words, bold=True), STYLES[style])
        self.words, self.level = words, level

    def draw(self) -> None:
        key = f"section-{next(self._keys)}"
        self.canv.bookmarkHorizontal(key, 0, self.height)
        self.canv.addOutlineEntry(self.words, key, level=self.level)
        super().draw()


class PageMark(Flowable):
    """Draws nothing; notes in `marks[name]` the page it lands on (where a part begins)."""

    def __init__(self, marks: dict[str, int], name: str):
        super().__init__()
        self.marks, self.name = marks, name

    def wrap(self, *_available) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.marks[self.name] = self.canv.getPageNumber()


class _PlanInfo(pdfdoc.PDFInfo):
    """Document information with the plan's identifiers as extra keys (reportlab has no API
    for custom keys, so the standard entries are written here as reportlab writes them)."""

    extra: dict[str, str] = {}

    def format(self, document) -> bytes:
        entries = {
            "Title": pdfdoc.PDFString(self.title), "Creator": pdfdoc.PDFString(self.creator),
            "Producer": pdfdoc.PDFString(self.producer),
            "CreationDate": pdfdoc.PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter),
        }
        entries |= {key: pdfdoc.PDFString(value) for key, value in self.extra.items()}
        return pdfdoc.PDFDictionary(entries).format(document)


def page_canvas(footer, draft_mark: str | None, metadata: dict[str, str]):
    """A canvas class that knows the page count (for 'page x of y') and stamps every page.

    `footer(page, pages)` returns the footer line; `draft_mark` is drawn across unsigned plans.
    """

    class PlanCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Our font from the start, so no unembedded Helvetica is ever referenced.
            super().__init__(*args, **(kwargs | {"initialFontName": FONT}))
            info = _PlanInfo()
            info.extra = {META_KEYS[k]: str(v) for k, v in metadata.items()}
            self._doc.info = info  # before platypus sets the title on it
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._stamp(number, len(self._pages))
                super().showPage()
            super().save()

        def _stamp(self, page: int, pages: int) -> None:
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(colors.HexColor("#d5d9e0"))
            self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
            left, right = footer(page, pages)
            draw_runs(self, MARGIN, 9 * mm, left, 9)
            draw_runs(self, PAGE_WIDTH - MARGIN, 9 * mm, right, 9, anchor="end")
            if draft_mark:
                self.setFillColor(DRAFT_RED, alpha=0.13)
                self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
                self.rotate(50)
                draw_runs(self, 0, 0, draft_mark, 40, bold=True, anchor="middle")
            self.restoreState()

    return PlanCanvas
