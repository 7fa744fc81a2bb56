"""The report as CSV: one row per figure, columns table,category,count,percent."""

from __future__ import annotations

import csv
import io

from exports.report.figures import Report

HEADER = ("table", "category", "count", "percent")


def to_csv(report: Report) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheet programs read the accents right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for table in report.tables:
        for figure in table.figures:
            writer.writerow((table.key, figure.category, figure.shown,
                             "" if figure.percent is None else figure.percent))
    return out.getvalue().encode("utf-8-sig")
