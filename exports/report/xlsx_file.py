"""The report as an Excel workbook (openpyxl), for people who open reports in Excel: a first
sheet with the period and the legend, then one sheet per table with its title, the period,
headers in the report's language, its figures, and the legend again below them.

A report grouped by worker has a column per begeleider in the tables of
exports.report.per_worker. Counts are numbers (Excel sums them); '<5' and 'x' stay text. No cell holds a formula: every
text goes through exports.spreadsheet.safe_cell, as in the CSV."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
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


def column_headers(report: Report, per_worker: bool) -> list[str]:
    """Categorie, Aantal (or Programma, when her own columns follow), %."""
    count = "report.col.programme" if per_worker else "report.col.count"
    return [text(code, report.lang) for code in ("report.col.category", count, "report.col.percent")]


def _number(shown: str) -> int | str:
    """A count or percentage as a number Excel can add up; '<5', 'x' and '.' stay text."""
    return int(shown) if shown.isdigit() else safe_cell(shown)


def _table_sheet(sheet: Worksheet, table: Table, report: Report) -> None:
    lang = report.lang
    sheet.append([safe_cell(table.title)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([_period(report)])
    sheet.append([])
    workers = report.workers if table.figures and table.figures[0].workers else ()
    sheet.append([safe_cell(cell) for cell in column_headers(report, bool(workers))] + [safe_cell(w) for w in workers])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for figure in table.figures:
        sheet.append([safe_cell(figure.category), _number(figure.shown), _number(figure.percent_shown)]
                     + [_number(shown) for shown in figure.workers])
    sheet.append([])
    sheet.append([text("report.legend.title", lang)])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for line in legend_lines(lang):
        sheet.append([safe_cell(line)])
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 12
    sheet.column_dimensions["C"].width = 8
    for number in range(len(workers)):
        sheet.column_dimensions[get_column_letter(4 + number)].width = 12
