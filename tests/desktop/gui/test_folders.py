"""The folder a file dialog starts in is remembered for the session only: a path under her home
folder holds her login name, and it must never land in the vault (which travels as a backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop.ui.backups_screen import BackupsScreen
from desktop.ui.main_window import MainWindow
from desktop.ui.worker_screens import install_worker_screens
from desktop.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desktop.gui.conftest import unlock
# The two vaults trusting each other, the worker holding the demo dossiers.
from tests.desktop.gui.test_supervisor import pair  # noqa: F401

LOGIN = "sanne.devries"


def _every_text(vault) -> str:
    """Every value in every table of the open vault, the settings kept in `meta` too."""
    tables = [row[0] for row in vault.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(str(value) for table in tables
                     for row in vault.db.execute(f'SELECT * FROM "{table}"') for value in row)


def test_no_folder_under_her_home_is_kept_in_the_vault(qtbot, pair, tmp_path, monkeypatch):
    worker, _supervisor = pair
    stick = tmp_path / "home" / LOGIN / "USB"
    stick.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home" / LOGIN))
    offered = []

    def dialog(_parent, _title, start, _pattern):
        offered.append(start)
        return str(stick / "bestand"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)

    backups = BackupsScreen(worker)
    qtbot.addWidget(backups)
    backups.make_backup()
    qtbot.waitUntil(lambda: backups.make_button.isEnabled(), timeout=10_000)
    window = MainWindow()
    qtbot.addWidget(window)
    send = install_worker_screens(window, worker).send
    send.choose_file()
    qtbot.waitUntil(lambda: not send.busy, timeout=20_000)
    assert (stick / "bestand.kbak").exists() and (stick / "bestand.koers").exists()
    stored = _every_text(worker)
    assert LOGIN not in stored and str(stick) not in stored
    assert Path(offered[1]).parent == stick  # the send dialog starts where the backup went: this session only


def test_an_older_vault_forgets_its_folders_when_unlocked(qtbot, make_session, locked_vault_dir):
    older = Vault.open(locked_vault_dir, PASSPHRASE)
    older.set_meta("send.last_folder", f"/home/{LOGIN}/USB")
    older.set_meta("backup_folder", f"/home/{LOGIN}/USB")
    older.close(make_backup=False)
    session = make_session(locked_vault_dir)
    unlock(qtbot, session)
    assert LOGIN not in _every_text(session.vault)
