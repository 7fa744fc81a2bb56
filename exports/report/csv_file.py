"""The report as CSV, for machines: one row per figure. The columns (docs/report.md) stay as
they were, so scripts keep working: table (a stable key), category, count, percent; then the
table's title in the report's language and the period, so a row read alone says what it is."""

from __future__ import annotations

from exports.report.figures import Report
from exports.spreadsheet import csv_bytes

HEADER = ("table", "category", "count", "percent", "table_title", "period_start", "period_end")


def to_csv(report: Report) -> bytes:
    """Through exports.spreadsheet, so a worker's name can never run as a formula."""
    period = (report.start.isoformat(), report.end.isoformat())
    rows = [(table.key, figure.category, figure.shown, "" if figure.percent is None else figure.percent,
             table.title, *period) for table in report.tables for figure in table.figures]
    return csv_bytes([HEADER, *rows])
