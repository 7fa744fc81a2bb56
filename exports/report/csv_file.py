"""The report as CSV, for machines: one row per figure, and per begeleider one more when the
report is grouped by worker, so the columns never change with the number of workers. The
columns (docs/report.md) are named in the report's language, like its rows, in a fixed order;
`tabelcode` is the table's stable key for scripts. The legend closes the file as rows of the
table `legenda`, so a row read alone, or the file read without the PDF, says what it means."""

from __future__ import annotations

from exports.report.figures import Report
from exports.report.legend import LEGEND_SIGNS, legend_lines
from exports.spreadsheet import csv_bytes
from forms.catalogue import text

COLUMNS = ("table", "category", "group", "count", "percent", "from", "to", "code")
LEGEND_KEY = "legenda"


def header(lang: str) -> list[str]:
    return [text(f"report.csv.{column}", lang) for column in COLUMNS]


def to_csv(report: Report) -> bytes:
    """Through exports.spreadsheet, so a worker's name can never run as a formula."""
    lang, period = report.lang, (report.start.isoformat(), report.end.isoformat())
    programme = text("report.col.programme", lang)
    rows = []
    for table in report.tables:
        for figure in table.figures:
            rows.append((table.title, figure.category, programme, figure.shown, figure.percent_shown, *period,
                         table.key))
            rows += [(table.title, figure.category, worker, shown, "", *period, table.key)
                     for worker, shown in zip(report.workers, figure.workers)]
    title = text("report.legend.title", lang)
    rows += [(title, line, "", sign, "", *period, LEGEND_KEY)
             for sign, line in zip(LEGEND_SIGNS, legend_lines(lang))]
    return csv_bytes([header(lang), *rows])
