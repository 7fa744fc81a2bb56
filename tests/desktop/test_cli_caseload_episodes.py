"""`koers import-caseload` with the optional columns of issue 13: trajectdoel, gestopt_op,
uitstapredenen, weer_begonnen_op, herstartredenen; and `minder sekswerk` as an outcome."""

import json

from tests.desktop.test_cli_vault import HEADER, initialised, koers  # noqa: F401 - the fixture

NEW = "trajectdoel,gestopt_op,uitstapredenen,weer_begonnen_op,herstartredenen"
WIDE = HEADER.rstrip("\n") + "," + NEW + "\n"


def _dossiers(folder, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert koers("list", "--vault", folder, "--json") == 0
    result = {}
    for row in json.loads(capsys.readouterr().out):
        assert koers("show", row["id"], "--vault", folder, "--json") == 0
        shown = json.loads(capsys.readouterr().out)
        result[shown["participant"]["roepnaam"]] = shown
    return result


def test_the_new_columns_are_read_with_case_and_accents_ignored(initialised, tmp_path, capsys):
    sheet = tmp_path / "caseload.csv"
    sheet.write_text(
        WIDE
        + 'Ioana,1990,vrouw,,,2024-02-01,,,uitvoering,,,Minder Sekswerk,2024-03-01,'
          '"Niet meer leuk; SCHULDEN;controle of inval",2024-09-01,"geldproblemen;Relatie over"\n'
        + "Mirjam,1985,vrouw,,,2023-01-10,,,afgesloten,2024-06-30,minder sekswerk,eerst stabiliseren,,,,\n"
        + "Bea,1991,,,,2023-01-10,,,orientatie,,,,,,,\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, sheet) == 0
    dossiers = _dossiers(initialised, capsys)
    (change,) = dossiers["Ioana"]["phases"]
    assert change["goal"] == "minder_sekswerk"
    assert change["stopped_on"] == "2024-03-01" and change["restarted_on"] == "2024-09-01"
    assert change["stop_reasons"] == ["niet_leuk", "schulden", "controle_inval"]
    assert change["restart_reasons"] == ["geldproblemen", "relatie_over"]
    phases = dossiers["Mirjam"]["phases"]
    assert {(p["goal"], p["outcome"]) for p in phases} == {("eerst_stabiliseren", None), (None, "minder_sekswerk")}
    assert dossiers["Bea"]["phases"][0]["goal"] is None  # the existing columns work as before


def test_an_unknown_code_refuses_the_file_naming_line_and_value(initialised, tmp_path, capsys):
    sheet = tmp_path / "bad.csv"
    sheet.write_text(
        WIDE
        + "Ioana,,,,,,,,uitvoering,,,uitstappen,2024-03-01,verveling,,\n"
        + "Bea,,,,,,,,uitvoering,,,vakantie,,,,\n"
        + "Cleo,,,,,,,,uitvoering,,,,2024-03-01,,2024-01-01,advies\n"
        + "Dora,,,,,,,,,,,uitstappen,,,,\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, sheet) == 4
    err = capsys.readouterr().err
    assert "regel 2: uitstapredenen: onbekende waarde 'verveling'" in err
    assert "regel 3: trajectdoel: onbekende waarde 'vakantie'" in err
    assert "regel 4: weer begonnen ligt vóór gestopt" in err
    assert "regel 5: trajectdoel, gestopt_op" in err  # belongs to a trajectory
    assert _dossiers(initialised, capsys) == {}


def test_a_sheet_without_the_new_columns_still_imports(initialised, tmp_path, capsys):
    sheet = tmp_path / "old.csv"
    sheet.write_text(HEADER + "Ana,,,,,,,,afgesloten,2024-06-30,Minder sekswerk\n", encoding="utf-8")
    assert koers("import-caseload", "--vault", initialised, sheet) == 0
    phases = _dossiers(initialised, capsys)["Ana"]["phases"]
    assert [(p["outcome"], p["date"]) for p in phases if p["outcome"]] == [("minder_sekswerk", "2024-06-30")]
