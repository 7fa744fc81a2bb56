"""`koers report` on a vault: CSV and PDF, per worker after an import, the 'verwacht' setting."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from desktop.cli import main
from desktop.vault import KdfParams, Vault
from desktop.vault.exchange import export_bundle, import_bundle, own_public_key, trust_key
from desktop.vault.reporting import expected_for, report_cases
from forms import Aanmelding, Contact, Participant, PhaseChange
from exports.report import build_report, to_csv
from tests.conftest import PASSPHRASE


def koers(*argv) -> int:
    return main([str(a) for a in argv])


def _fill(vault: Vault, count: int, source: str) -> None:
    records = []
    for n in range(count):
        p = Participant(roepnaam=f"Naam{n}", birth_year=1991)
        records += [p, Aanmelding(participant_id=p.id, date=dt.date(2025, 3, 1), source=source),
                    PhaseChange(participant_id=p.id, phase="uitvoering", date=dt.date(2025, 3, 5)),
                    Contact(participant_id=p.id, note="Niet nodig voor de rapportage.")]
    vault.save_all(records)


@pytest.fixture
def supervisor_vault(tmp_path, monkeypatch):
    """A supervisor vault with 6 dossiers of its own and 7 imported from Anna."""
    monkeypatch.setenv("KOERS_PASSPHRASE", PASSPHRASE)
    fast = KdfParams.fast_for_tests()
    worker = Vault.create(tmp_path / "w", PASSPHRASE, "Anna", "begeleider", kdf=fast)[0]
    supervisor = Vault.create(tmp_path / "s", PASSPHRASE, "Sam", "supervisor", kdf=fast)[0]
    trust_key(worker, own_public_key(supervisor), "supervisor")
    trust_key(supervisor, own_public_key(worker), "begeleider")
    _fill(worker, 7, "ggd")
    _fill(supervisor, 6, "zelf")
    import_bundle(supervisor, export_bundle(worker, "Sam").data)
    assert sorted({w for w, _ in report_cases(supervisor)}) == ["Anna", "Sam"]
    worker.close()
    supervisor.close()
    return tmp_path / "s"


def _rows(path) -> dict[tuple[str, str], list[str]]:
    """(table code, category) → the programme's [count, percent], by the columns' fixed places
    (their names follow the report's language); the programme's row comes before hers."""
    found: dict[tuple[str, str], list[str]] = {}
    for r in list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))[1:]:
        found.setdefault((r[7], r[1]), r[3:5])
    return found


def test_csv_per_worker_with_the_expected_setting_kept(supervisor_vault, tmp_path):
    out = tmp_path / "r.csv"
    assert koers("report", "--vault", supervisor_vault, "--from", "2025-01-01", "--to", "2025-12-31",
                 "--group-by", "worker", "--expected", "15", "--expected-for", "Anna=8", "--out", out) == 0
    rows = _rows(out)
    assert rows[("aanmeldingen_bron", "GGD")] == ["7", "54"] and rows[("aanmeldingen_bron", "Zelf")] == ["6", "46"]
    assert rows[("ministerie", "Anna — ingestroomd")] == ["7", ""]
    assert rows[("kerncijfers", "Mediane trajectduur (dagen)")] == [".", ""]  # none closed: not computed
    assert rows[("ministerie", "Programma — verwacht")] == ["15", ""]
    assert out.stat().st_mode & 0o077 == 0
    assert koers("report", "--vault", supervisor_vault, "--from", "2025-01-01", "--to", "2025-12-31",
                 "--group-by", "worker", "--out", out) == 0
    assert _rows(out)[("ministerie", "Anna — verwacht")] == ["8", ""]  # remembered for the period
    vault = Vault.open(supervisor_vault, PASSPHRASE)
    assert expected_for(vault, dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == {"*": 15, "Anna": 8}
    vault.close()


def test_pdf_report(supervisor_vault, tmp_path):
    out = tmp_path / "r.pdf"
    assert koers("report", "--vault", supervisor_vault, "--from", "2025-01-01", "--to", "2025-12-31",
                 "--lang", "en", "--out", out) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_xlsx_report_read_back_with_openpyxl(supervisor_vault, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    assert koers("report", "--vault", supervisor_vault, "--from", "2025-01-01", "--to", "2025-12-31",
                 "--group-by", "worker", "--out", out) == 0
    book = load_workbook(out)
    about = [row[0].value for row in book[book.sheetnames[0]].iter_rows()]
    assert about[0] == "Monitoringsrapportage" and about[1] == "Periode: 1 januari 2025 t/m 31 december 2025"
    assert "Legenda" in about and any(str(v).startswith("<5: ") for v in about)
    sources = next(book[n] for n in book.sheetnames if n.startswith("Aanmeldingen naar bron"))
    rows = {r[0].value: (r[1].value, r[2].value) for r in sources.iter_rows()}
    assert rows["GGD"] == (7, 54) and rows["Zelf"] == (6, 46) and rows["Categorie"] == ("Programma", "%")
    per_worker = {r[0].value: [c.value for c in r[3:5]] for r in sources.iter_rows()}
    assert per_worker["Categorie"] == ["Anna", "Sam"] and per_worker["GGD"] == [7, 0] and per_worker["Zelf"] == [0, 6]
    assert {r[0].value: r[1].value for r in sources.iter_rows()}["Politie"] == 0  # a count, not text


@pytest.mark.parametrize("args", [["--from", "2025-12-31", "--to", "2025-01-01", "--out", "r.csv"],
                                  ["--from", "2025-01-01", "--to", "2025-12-31", "--out", "r.txt"],
                                  ["--from", "2025-01-01", "--to", "2025-12-31", "--out", "r.csv",
                                   "--expected-for", "Anna"]])
def test_usage_errors(supervisor_vault, tmp_path, args):
    assert koers("report", "--vault", supervisor_vault, *[tmp_path / a if a.startswith("r.") else a
                                                          for a in args]) == 2


def test_the_lean_loader_gives_the_same_figures_as_whole_dossiers(vault):
    from desktop.demo import demo_dossiers

    vault.save_all([r for d in demo_dossiers(12) for r in d.records()])
    whole = [(vault.worker_name, vault.dossier(p.id)) for p in vault.participants()]
    lean = report_cases(vault)
    for start, end in ((dt.date(2020, 1, 1), dt.date.today()), (dt.date.today().replace(month=1, day=1), dt.date.today())):
        assert to_csv(build_report(lean, start, end)) == to_csv(build_report(whole, start, end))


def test_budgets_are_kept_per_period_and_the_new_tables_come_in_both_languages(supervisor_vault, tmp_path):
    out, period = tmp_path / "r.csv", ("--from", "2025-01-01", "--to", "2025-12-31")
    assert koers("report", "--vault", supervisor_vault, *period, "--expected-intakes", "40",
                 "--expected-work", "6", "--out", out) == 0
    rows = _rows(out)
    assert rows[("begroot", "Intakes — begroot")] == ["40", ""]
    assert rows[("begroot", "(Tijdelijk) ander werk — geschat")] == ["6", ""]
    # Born 1991: 34 at the end of 2025. Dossiers shared anonymously (no consent to share them with
    # the supervisor) bring no birth year: they are not recorded here (docs/report.md).
    ages = {label: count for (table, label), (count, _pct) in rows.items() if table == "deelnemers_leeftijd"}
    assert (ages["25 tot 35"], ages["Niet ingevuld"], ages["Totaal"]) == ("6", "7", "13")
    assert koers("report", "--vault", supervisor_vault, *period, "--lang", "en", "--out", out) == 0
    rows = _rows(out)
    assert rows[("begroot", "Intakes — budgeted")] == ["40", ""]  # remembered for the period
    assert ("redenen_restart", "Participants with at least one reason (n)") in rows
    assert ("uitstroom_trajectdoel", "Leave sex work — closed (n)") in rows
