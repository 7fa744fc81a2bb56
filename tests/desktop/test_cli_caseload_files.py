"""`koers import-caseload` with the files workers really have: .xlsx, Dutch Excel's CSV
(semicolons, Windows-1252), only some of the columns, and semicolons inside werkvormen."""

import datetime as dt
import json

from openpyxl import Workbook

from tests.desktop.test_cli_vault import HEADER, initialised, koers  # noqa: F401 - the fixture

EXCEL_CSV = (HEADER.replace(",", ";")
             + "Iréne;1990;vrouw;België;raam, club;01-02-2024;GGD;01-03-2024;uitvoering;;\r\n"
             + "Zoë;;;;privéhuis;15-01-2024;zelf;;oriëntatie;;\r\n")


def _listed(folder, capsys) -> dict[str, str]:
    capsys.readouterr()
    assert koers("list", "--vault", folder, "--json") == 0
    return {r["roepnaam"]: r["phase"] for r in json.loads(capsys.readouterr().out)}


def test_a_windows_1252_semicolon_csv_imports(initialised, tmp_path, capsys):
    path = tmp_path / "caseload.csv"
    path.write_bytes(EXCEL_CSV.encode("cp1252"))
    assert koers("import-caseload", "--vault", initialised, path) == 0
    assert _listed(initialised, capsys) == {"Iréne": "uitvoering", "Zoë": "orientatie"}


def test_an_xlsx_imports_with_real_dates_and_numbers(initialised, tmp_path, capsys):
    book = Workbook()
    sheet = book.active
    sheet.append(["Roepnaam", "Geboortejaar", "Werkvormen", "Aanmelddatum", "Fase"])
    sheet.append(["Noor", 1991, "raam;online", dt.datetime(2024, 3, 1), "Uitvoering"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Lale", 1988.0, None, "02-04-2024", None])
    book.save(tmp_path / "caseload.xlsx")
    assert koers("import-caseload", "--vault", initialised, tmp_path / "caseload.xlsx") == 0
    assert "2 deelnemers toegevoegd" in capsys.readouterr().out
    assert _listed(initialised, capsys) == {"Noor": "uitvoering", "Lale": None}


def test_only_some_columns_are_enough(initialised, tmp_path, capsys):
    path = tmp_path / "kort.csv"
    path.write_text("roepnaam,fase\nAna,uitvoering\nBo,\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, path) == 0
    assert _listed(initialised, capsys) == {"Ana": "uitvoering", "Bo": None}


def test_an_unquoted_semicolon_in_werkvormen_is_named_not_a_crash(initialised, tmp_path, capsys):
    path = tmp_path / "excel.csv"
    path.write_text("roepnaam;werkvormen;fase\nAna;raam;club;uitvoering\nBo;raam;uitvoering\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, path) == 4
    err = capsys.readouterr().err
    assert "regel 2: meer cellen dan kolommen" in err and "werkvormen" in err and "regel 3" not in err
    assert _listed(initialised, capsys) == {}
