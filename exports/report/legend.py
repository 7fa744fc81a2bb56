"""What "<5", "x", "." and an empty cell mean: said on every page of the PDF and in every file."""

from __future__ import annotations

from forms.catalogue import text

LEGEND_CODES = ("report.legend.primary", "report.legend.secondary", "report.legend.none", "report.legend.empty")
# The sign each line explains, for files that put it in a cell of its own (the CSV).
LEGEND_SIGNS = ("<5", "x", ".", "")


def legend_lines(lang: str) -> list[str]:
    return [text(code, lang) for code in LEGEND_CODES]


def legend_text(lang: str) -> str:
    """One line: 'Legenda — <5: … · x: … · lege cel: …'."""
    return text("report.legend.line", lang, lines=" · ".join(legend_lines(lang)))
