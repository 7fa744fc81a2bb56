"""*Kluis → Instrumenten…*: the installed instruments, and a licensed instrument file checked and
added as `koers instruments add` does; a bad file is refused in plain words and adds nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.ui.instruments_dialog import InstrumentsDialog
from tests.desktop.gui.conftest import unlock
from tests.desktop.test_cli_instruments import zrm_file


def _add(qtbot, dialog, path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_an_instrument_file_is_checked_then_added(qtbot, make_session, locked_vault_dir, tmp_path, monkeypatch):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    dialog = session.vault_actions.open_instruments()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 1  # the shipped matrix
    path, _raw = zrm_file(tmp_path, id="ggd-zrm", version="2017", name={"nl": "ZRM (licentie)", "en": "SSM"})
    _add(qtbot, dialog, path, monkeypatch)
    assert dialog.status.text() == "ZRM (licentie) 2017 is toegevoegd (13 leefgebieden)."
    assert (locked_vault_dir / "instruments" / "ggd-zrm@2017.yaml").read_bytes() == path.read_bytes()
    assert [dialog.model.row(i).id for i in range(dialog.model.rowCount())] == ["ggd-zrm", "zrm-domeinen"]
    _add(qtbot, dialog, path, monkeypatch)
    assert dialog.status.text() == "ZRM (licentie) 2017 was al toegevoegd."


def test_a_bad_file_is_refused_in_plain_words_and_adds_nothing(qtbot, locked_vault_dir, tmp_path, monkeypatch):
    dialog = InstrumentsDialog(locked_vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    broken, _raw = zrm_file(tmp_path, "kapot.yaml", domains=[])
    _add(qtbot, dialog, broken, monkeypatch)
    assert dialog.error.isVisible() and dialog.error.text().startswith("Dit instrumentbestand klopt niet: ")
    assert "Traceback" not in dialog.error.text() and "Er is niets toegevoegd" in dialog.error.text()
    binary = tmp_path / "foto.yaml"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    _add(qtbot, dialog, binary, monkeypatch)
    assert "geen tekst in UTF-8" in dialog.error.text()
    changed, _raw = zrm_file(tmp_path, "ander.yaml", name={"nl": "Andere naam", "en": "Other"})
    _add(qtbot, dialog, changed, monkeypatch)  # the shipped id and version with other texts
    assert "met andere teksten" in dialog.error.text()
    assert not (locked_vault_dir / "instruments").exists() or not any((locked_vault_dir / "instruments").iterdir())
    _add(qtbot, dialog, "/dev/zero", monkeypatch)
    assert "te groot" in dialog.error.text()
