"""The report as PDF: the same tables as the CSV and a bar chart per table, DejaVu Sans embedded."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as PdfTable
from reportlab.platypus import TableStyle

from exports.report.figures import Report, Table
from exports.report.legend import legend_lines
from exports.report.words import word
from forms.catalogue import text
from forms.resources import RESOURCES
from forms.version import VERSION

FONT, BOLD = "KoersReportSans", "KoersReportSans-Bold"
INK = colors.HexColor("#1f2a44")
BAR = colors.HexColor("#2f7d6d")
RULE = colors.HexColor("#b8bfcc")
WIDTH = A4[0] - 36 * mm


def _fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(RESOURCES / "fonts" / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(RESOURCES / "fonts" / "DejaVuSans-Bold.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21, textColor=INK, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=15, textColor=INK, spaceBefore=10,
                             spaceAfter=4),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=INK),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5, textColor=INK),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=INK, alignment=2),
    }


def to_pdf(report: Report) -> bytes:
    """A4 PDF in the report's language; a table and a chart for each table of the report."""
    _fonts()
    styles, lang = _styles(), report.lang
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=24 * mm, initialFontName=FONT, initialFontSize=9,
                            title=word("title", lang), author="Koers", creator=f"Koers {VERSION}",
                            subject=word("period", lang, start=report.start, end=report.end), lang=lang)
    story = [Paragraph(escape(word("title", lang)), styles["title"]),
             Paragraph(escape(word("period", lang, start=report.start, end=report.end)), styles["body"]),
             Paragraph(escape(word("made", lang, day=dt.date.today())), styles["body"]), Spacer(1, 4),
             Paragraph(escape(word("anonymous", lang)), styles["body"])]
    for table in report.tables:
        story += _section(table, styles, lang, report.workers)
    footer = _legend_footer(lang)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _legend_footer(lang: str):
    """Draws the legend ('<5', 'x', an empty cell) at the foot of every page."""
    lines = [text("report.legend.title", lang), *legend_lines(lang)]

    def draw(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(INK)
        for number, line in enumerate(lines):
            canvas.drawString(18 * mm, (19 - 2.8 * number) * mm, line)
        canvas.restoreState()

    return draw


def _percent(shown: str) -> str:
    return f"{shown}%" if shown.isdigit() else shown


def _section(table: Table, styles: dict[str, ParagraphStyle], lang: str, workers: tuple[str, ...]) -> list:
    workers = workers if table.figures and table.figures[0].workers else ()
    count = word("col_count", lang) if not workers else text("report.col.programme", lang)
    header = [word("col_category", lang), count, word("col_percent", lang),
              *(Paragraph(escape(w), styles["head"]) for w in workers)]
    rows = [[Paragraph(escape(f.category), styles["cell"]), f.shown, _percent(f.percent_shown), *f.workers]
            for f in table.figures]
    figures = [20 * mm, 14 * mm] if workers else [20 * mm, 20 * mm]
    hers = min(28 * mm, (WIDTH - 60 * mm - sum(figures)) / len(workers)) if workers else 0
    widths = [*figures, *[hers] * len(workers)]  # her name on at most two lines, the category keeps 60 mm
    grid = PdfTable([header, *rows], colWidths=[WIDTH - sum(widths), *widths], repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    parts = [KeepTogether([Paragraph(escape(table.title), styles["h2"]), grid])]
    chart = _chart(table)
    if chart is not None:
        parts += [Spacer(1, 4), chart, Paragraph(escape(word("chart_note", lang)), styles["cell"])]
    return parts


def _chart(table: Table) -> Drawing | None:
    """Horizontal bars of the shown, non-zero counts; withheld counts never reach the chart."""
    bars = [f for f in table.figures if f.chart and f.value]
    if not bars:
        return None
    height = 14 * len(bars) + 30
    drawing = Drawing(WIDTH, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 70 * mm, 18, WIDTH - 75 * mm, height - 26
    chart.data = [[f.value for f in reversed(bars)]]
    chart.categoryAxis.categoryNames = [_short(f.category) for f in reversed(bars)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
