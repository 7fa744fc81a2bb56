"""The anonymised monitoring report: figures for a period over dossiers (pure), as CSV or PDF.

    report = build_report([(worker, dossier), ...], start, end, expected={"*": 40}, lang="nl",
                          register=[earlier.published, ...])
    to_csv(report) / to_pdf(report)

`register` holds the reports written before (exports.report.linked); the vault keeps it.
"""

from exports.report.csv_file import to_csv
from exports.report.figures import Figure, Report, Table, build_report
from exports.report.suppression import PRIMARY_MARK, SECONDARY_MARK, suppress


def to_pdf(report: Report, *args, **kwargs) -> bytes:
    """The report as a PDF (exports.report.pdf; reportlab loads only when a PDF is made)."""
    from exports.report.pdf import to_pdf as render

    return render(report, *args, **kwargs)


def to_xlsx(report: Report) -> bytes:
    """The report as an Excel workbook (exports.report.xlsx_file; openpyxl loads only when one is made)."""
    from exports.report.xlsx_file import to_xlsx as render

    return render(report)


__all__ = ["PRIMARY_MARK", "SECONDARY_MARK", "Figure", "Report", "Table", "build_report", "suppress", "to_csv", "to_pdf", "to_xlsx"]
