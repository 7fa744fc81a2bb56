"""The caseload import wizard, driven like a worker: Ctrl+I, choose a file, read the check,
import, see who came in. A bad file shows every bad row and imports nothing."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from desktop.ui.caseload_import_wizard import CaseloadImportWizard
from tests.desktop.gui.conftest import unlock
from tests.desktop.test_cli_caseload_files import EXCEL_CSV


def _open_wizard(qtbot, make_session, folder, path, monkeypatch) -> tuple[object, CaseloadImportWizard]:
    session = make_session(folder)
    unlock(qtbot, session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    qtbot.keyClick(session.window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CaseloadImportWizard), timeout=3000)
    wizard = QApplication.activeModalWidget()
    qtbot.waitUntil(wizard.choose_page.choose_button.hasFocus, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Bestand kiezen…
    assert wizard.choose_page.path.text() == str(path)
    wizard.button(QWizard.WizardButton.NextButton).click()
    return session, wizard


def _names(session) -> list[str]:
    return sorted(p.roepnaam for p in session.vault.participants())


def test_a_bad_file_shows_every_bad_row_and_imports_nothing(qtbot, make_session, locked_vault_dir, tmp_path,
                                                            monkeypatch):
    bad = tmp_path / "caseload.csv"
    bad.write_bytes("roepnaam;werkvormen;aanmelddatum\nAna;raam;01-02-2024\n;raam;\nBo;tippelzone;01-02-2024\nCléo;raam;31-02-2024\n"
                    .encode("cp1252"))
    session, wizard = _open_wizard(qtbot, make_session, locked_vault_dir, bad, monkeypatch)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.list.count() > 0, timeout=5000)
    lines = [preview.list.item(i).text() for i in range(preview.list.count())]
    assert any(line.startswith("regel 3: Roepnaam") for line in lines)
    assert any("regel 4" in line and "tippelzone" in line for line in lines)
    assert any(line.startswith("regel 5: '31-02-2024' is geen datum") for line in lines)
    assert not any("regel 2" in line for line in lines)
    assert "Er is niets ingelezen" in preview.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert _names(session) == []
    wizard.reject()


def _import(qtbot, make_session, folder, path, monkeypatch) -> tuple[object, CaseloadImportWizard]:
    session, wizard = _open_wizard(qtbot, make_session, folder, path, monkeypatch)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(next_button.isEnabled, timeout=5000)
    assert next_button.text() == "&Inlezen"
    assert _names(session) == []  # the preview imports nothing
    next_button.click()
    return session, wizard


def test_a_windows_1252_semicolon_csv_imports(qtbot, make_session, locked_vault_dir, tmp_path, monkeypatch):
    path = tmp_path / "caseload.csv"
    path.write_bytes(EXCEL_CSV.encode("cp1252"))
    session, wizard = _import(qtbot, make_session, locked_vault_dir, path, monkeypatch)
    done = wizard.currentPage()
    assert "2 deelnemers toegevoegd" in done.summary.text()
    assert sorted(done.list.item(i).text() for i in range(done.list.count())) == ["Iréne", "Zoë"]
    assert _names(session) == ["Iréne", "Zoë"]
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_an_xlsx_imports(qtbot, make_session, locked_vault_dir, tmp_path, monkeypatch):
    book = Workbook()
    book.active.append(["roepnaam", "aanmelddatum", "fase"])
    book.active.append(["Noor", dt.datetime(2024, 3, 1), "uitvoering"])
    book.save(tmp_path / "caseload.xlsx")
    session, wizard = _import(qtbot, make_session, locked_vault_dir, tmp_path / "caseload.xlsx", monkeypatch)
    assert "1 deelnemers toegevoegd" in wizard.currentPage().summary.text()
    assert _names(session) == ["Noor"]


def test_the_wizard_reads_the_trajectory_columns(qtbot, make_session, locked_vault_dir, tmp_path, monkeypatch):
    """Issue 13: trajectdoel, gestopt_op, uitstapredenen, weer_begonnen_op, herstartredenen."""
    book = Workbook()
    book.active.append(["roepnaam", "fase", "uitstroomdatum", "uitstroomreden", "trajectdoel", "gestopt_op",
                        "uitstapredenen", "weer_begonnen_op", "herstartredenen"])
    book.active.append(["Noor", "afgesloten", dt.datetime(2024, 9, 1), "Minder sekswerk", "minder sekswerk",
                        dt.datetime(2024, 3, 1), "schulden; Partner", dt.datetime(2024, 8, 1), "geldproblemen"])
    book.save(tmp_path / "caseload.xlsx")
    session, wizard = _import(qtbot, make_session, locked_vault_dir, tmp_path / "caseload.xlsx", monkeypatch)
    assert "1 deelnemers toegevoegd" in wizard.currentPage().summary.text()
    (noor,) = session.vault.participants()
    phases = session.vault.dossier(noor.id).phases
    assert {c.goal for c in phases} == {"minder_sekswerk", None}
    closing = next(c for c in phases if c.outcome)
    assert (closing.outcome, closing.stopped_on, closing.restarted_on) == (
        "minder_sekswerk", dt.date(2024, 3, 1), dt.date(2024, 8, 1))
    assert closing.stop_reasons == ["schulden", "partner"] and closing.restart_reasons == ["geldproblemen"]
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_the_wizard_refuses_an_unknown_reason_naming_line_and_value(qtbot, make_session, locked_vault_dir, tmp_path,
                                                                   monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("roepnaam,fase,herstartredenen\nLot,uitvoering,verveling\n", encoding="utf-8")
    session, wizard = _open_wizard(qtbot, make_session, locked_vault_dir, bad, monkeypatch)
    qtbot.waitUntil(lambda: wizard.preview_page.list.count() > 0, timeout=5000)
    assert wizard.preview_page.list.item(0).text() == "regel 2: herstartredenen: onbekende waarde 'verveling'"
    assert _names(session) == []
    wizard.reject()
