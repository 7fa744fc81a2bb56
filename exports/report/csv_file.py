"""The report as CSV: one row per figure, columns table,category,count,percent."""

from __future__ import annotations

from exports.report.figures import Report
from exports.spreadsheet import csv_bytes

HEADER = ("table", "category", "count", "percent")


def to_csv(report: Report) -> bytes:
    """Through exports.spreadsheet, so a worker's name can never run as a formula."""
    rows = [(table.key, figure.category, figure.shown, "" if figure.percent is None else figure.percent)
            for table in report.tables for figure in table.figures]
    return csv_bytes([HEADER, *rows])
