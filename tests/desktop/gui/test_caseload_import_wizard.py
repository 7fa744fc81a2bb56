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
