"""The report as an Excel workbook (openpyxl), for people who open reports in Excel: a first
sheet with the period and the legend, then one sheet per table with its title, the period,
headers in the report's language, its figures, and the legend again below them.

Counts are numbers (Excel sums them); '<5' and 'x' stay text. No cell holds a formula: every
text goes through exports.spreadsheet.safe_cell, as in the CSV."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from exports.report.figures import Report, Table
from exports.report.legend import legend_lines
from exports.report.words import word
from exports.spreadsheet import safe_cell
from forms.catalogue import date_text, text

_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
MAX_SHEET_NAME = 31  # Excel's limit


def to_xlsx(report: Report) -> bytes:
    book = Workbook()
    about = book.active
    about.title = text("report.sheet.about", report.lang)[:MAX_SHEET_NAME]
    about.append([word("title", report.lang)])
    about["A1"].font = Font(bold=True, size=14)
    _period_and_legend(about, report)
    used = {about.title}
    for table in report.tables:
        _table_sheet(book.create_sheet(_sheet_name(table.title, used)), table, report)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    base = title.translate(_FORBIDDEN).strip()[:MAX_SHEET_NAME - 3] or "Tabel"
    name, number = base, 2
    while name.casefold() in {u.casefold() for u in used}:
        name, number = f"{base} {number}", number + 1
    used.add(name)
    return name


def _period(report: Report) -> str:
    return text("report.period", report.lang, start=date_text(report.start, report.lang),
                end=date_text(report.end, report.lang))


def _period_and_legend(sheet: Worksheet, report: Report) -> None:
    sheet.append([_period(report)])
    sheet.append([])
    sheet.append([text("report.legend.title", report.lang)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for line in legend_lines(report.lang):
        sheet.append([safe_cell(line)])


def _table_sheet(sheet: Worksheet, table: Table, report: Report) -> None:
    lang = report.lang
    sheet.append([safe_cell(table.title)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([_period(report)])
    sheet.append([])
    sheet.append([text("report.col.category", lang), text("report.col.count", lang), text("report.col.percent", lang)])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for figure in table.figures:
        count = figure.value if figure.value is not None and figure.shown == str(figure.value) else figure.shown
        sheet.append([safe_cell(figure.category), safe_cell(count), figure.percent])
    sheet.append([])
    sheet.append([text("report.legend.title", lang)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for line in legend_lines(lang):
        sheet.append([safe_cell(line)])
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 12
    sheet.column_dimensions["C"].width = 8
