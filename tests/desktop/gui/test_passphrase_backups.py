"""Issue 17, passphrase and backups in the app: change the passphrase, recover a forgotten one
from the unlock screen, make a backup to a chosen folder and restore it. Real vaults, real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMenu, QMessageBox

from desktop.ui.backups_screen import BackupsScreen, RestoreDialog
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.vault import KdfParams, Vault, WeakPassphrase
from forms import Participant
from tests.conftest import PASSPHRASE, WORKER
from tests.desktop.gui.conftest import unlock

LEFT = Qt.MouseButton.LeftButton
NEW = "zonnige kat rent snel"
OK = QDialogButtonBox.StandardButton.Ok


def _ok(dialog) -> None:
    dialog.buttons.button(OK).click()


def _shown(qtbot, session, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in session.window.findChildren(kind)), timeout=5000)
    return next(d for d in session.window.findChildren(kind) if d.isVisible())


def test_change_passphrase_then_unlock_with_the_new_one(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    action = session.window.actions["passphrase"]
    assert action.shortcut().toString() == "Ctrl+Shift+P" and action.isEnabled()
    action.trigger()
    dialog = _shown(qtbot, session, PassphraseDialog)
    qtbot.keyClicks(dialog.current, "niet het goede")
    qtbot.keyClicks(dialog.fields.new, "kort")
    qtbot.keyClicks(dialog.fields.repeat, "kort")
    _ok(dialog)
    assert "te zwak" in dialog.error.text() and not dialog.busy.isVisible()  # refused before any work
    dialog.fields.new.setText(NEW)
    dialog.fields.repeat.setText(NEW)
    qtbot.keyClick(dialog.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in dialog.error.text(), timeout=5000)
    assert dialog.isVisible() and Vault.passphrase_fits(locked_vault_dir, PASSPHRASE)
    dialog.current.setText(PASSPHRASE)
    _ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert session.vault_actions.message.isVisible()
    session.lock()
    assert not session.window.actions["passphrase"].isEnabled()  # locked: nothing reaches the vault
    unlock(qtbot, session, NEW)
    session.lock()
    assert not Vault.passphrase_fits(locked_vault_dir, PASSPHRASE)


def test_forgotten_passphrase_recovered_from_the_unlock_screen(qtbot, make_session, vault_dir):
    vault, code = Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=KdfParams.fast_for_tests())
    vault.close()
    session = make_session(vault_dir)
    screen = session.unlock_screen
    assert screen.forgot_button.text() == "Wachtwoord &vergeten?"
    dialog = screen.open_recovery()
    qtbot.keyClicks(dialog.code, "AAAA-BBBB-CCCC-DDDD")
    qtbot.keyClicks(dialog.fields.new, NEW)
    qtbot.keyClicks(dialog.fields.repeat, NEW)
    _ok(dialog)
    qtbot.waitUntil(lambda: "herstelcode past niet" in dialog.error.text(), timeout=5000)
    assert session.vault is None
    assert (vault_dir / "koers.throttle").exists()  # counted like a failed unlock
    dialog.code.setText(code.lower())  # typed from paper, in any case
    qtbot.keyClick(dialog.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.workspace is not None, timeout=5000)
    assert not dialog.isVisible() and session.vault.worker_name == WORKER
    session.lock()
    unlock(qtbot, session, NEW)


def test_backup_to_a_folder_then_restore_it_keeping_the_replaced_vault(qtbot, make_session, locked_vault_dir,
                                                                       tmp_path, monkeypatch):
    usb = tmp_path / "USB"
    usb.mkdir()
    with_amira = Vault.open(locked_vault_dir, PASSPHRASE)
    with_amira.save(Participant(roepnaam="Amira"))
    with_amira.close(make_backup=False)
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    session.window.actions["backups"].trigger()
    screen = _shown(qtbot, session, BackupsScreen)
    assert screen.model.rowCount() >= 1 and screen.model.item(0, 1).text() == "Dagelijks"  # made at closing
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: asked.append(args[2]) or (str(usb / "stick"), ""))
    qtbot.mouseClick(screen.make_button, LEFT)
    qtbot.waitUntil(lambda: "Back-up gemaakt" in screen.status.text(), timeout=10000)
    assert Path(asked[0]).name == f"koers-back-up-{dt.date.today():%Y-%m-%d}.kbak"  # no name in it
    made = usb / "stick.kbak"
    assert made.exists() and b"Amira" not in made.read_bytes()
    screen.close()

    session.vault.save(Participant(roepnaam="Bram"))  # after the backup
    session.window.actions["backups"].trigger()
    screen = _shown(qtbot, session, BackupsScreen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: asked.append(args[2]) or (str(made), ""))
    qtbot.mouseClick(screen.restore_file_button, LEFT)
    assert asked[-1] == str(usb)  # the folder of the last backup, remembered for the session
    confirm = _shown(qtbot, session, RestoreDialog)
    assert "replaced-" in confirm.statement.text() and str(locked_vault_dir) in confirm.statement.text()
    qtbot.keyClicks(confirm.field, "niet het goede")
    _ok(confirm)
    qtbot.waitUntil(lambda: "past niet bij de back-up" in confirm.error.text(), timeout=5000)
    assert session.vault is not None  # nothing closed or changed yet
    confirm.field.setText(PASSPHRASE)
    _ok(confirm)
    qtbot.waitUntil(lambda: session.vault is not None and session.workspace is not None
                    and getattr(session.vault_actions, "message", None) is not None, timeout=10000)
    names = [p.roepnaam for p in session.vault.participants()]
    assert names == ["Amira"]
    message = session.vault_actions.message
    kept = next(locked_vault_dir.glob("replaced-*"))
    assert str(kept) in message.text() and message.icon() == QMessageBox.Icon.Information
    session.lock()
    replaced = Vault.open(kept, PASSPHRASE)
    assert sorted(p.roepnaam for p in replaced.participants()) == ["Amira", "Bram"]
    replaced.close(make_backup=False)


def test_a_damaged_backup_is_refused_in_plain_words(qtbot, make_session, locked_vault_dir, tmp_path):
    bad = tmp_path / "kapot.kbak"
    bad.write_bytes(b"geen back-up")
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    session.window.actions["backups"].trigger()
    screen = _shown(qtbot, session, BackupsScreen)
    confirm = screen.ask_restore(bad)
    qtbot.keyClicks(confirm.field, PASSPHRASE)
    qtbot.keyClick(confirm.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "geen Koers-back-up" in confirm.error.text(), timeout=5000)
    assert session.vault is not None and not any(locked_vault_dir.glob("replaced-*"))


def test_the_new_screens_speak_english(qtbot, qapp, vault):
    from desktop.ui.i18n import install_language

    assert install_language("en")
    try:
        change, backups = PassphraseDialog(vault), BackupsScreen(vault)
        recovery = RecoveryDialog(vault.folder)
        for widget in (change, backups, recovery):
            qtbot.addWidget(widget)
        assert change.buttons.button(OK).text() == "Change passphrase"
        assert backups.make_button.text() == "&Make a backup…" and backups.windowTitle() == "Backups"
        assert recovery.windowTitle() == "Forgotten passphrase"
    finally:
        install_language("nl")


def test_the_vault_menu_survives_a_language_switch(qtbot, make_session, locked_vault_dir):
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    session.apply_settings(session.settings.model_copy(update={"language": "en"}))
    try:
        menu = session.window.findChild(QMenu, "menu_vault")
        assert menu.title() == "&Vault" and session.window.actions["backups"].isEnabled()
        assert [a.text() for a in session.window.menuBar().actions()] == ["&Koers", "&Vault", "&My work", "&Help"]
    finally:
        session.apply_settings(session.settings.model_copy(update={"language": "nl"}))


def test_a_new_passphrase_made_of_her_own_name_is_refused_as_the_vault_would(qtbot, vault_dir):
    vault, _code = Vault.create(vault_dir, PASSPHRASE, "Sanne de Vries", kdf=KdfParams.fast_for_tests())
    dialog = PassphraseDialog(vault)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    own = "sannedevries2026"  # strong for anyone else's vault, guessable for hers
    dialog.fields.new.setText(own)
    dialog.fields.repeat.setText(own)
    _ok(dialog)
    assert "te zwak" in dialog.error.text() and not dialog.busy.isVisible()
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(own)  # the screen refuses what the vault itself refuses
    vault.close(make_backup=False)
