"""The Kluis menu: Wachtwoord wijzigen, Back-ups (and the restore they can lead to) and Instrumenten;
and Koers → Ondertekende PDF controleren.

A restore replaces the vault's files, so it runs with the vault closed: the session locks,
the backup goes in place off the UI thread with a busy dialog, and the restored vault is
opened with the backup's passphrase. Kept apart from main_window so the menu wiring stays small.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QProgressDialog

from desktop.ui.backups_screen import BackupsScreen
from desktop.ui.i18n import tr
from desktop.ui.instruments_dialog import InstrumentsDialog
from desktop.ui.passphrase_dialog import PassphraseDialog
from desktop.ui.verify_pdf_screen import VerifyPdfScreen
from desktop.ui.worker import run_in_background
from desktop.vault import Vault

if TYPE_CHECKING:
    from desktop.ui.app import Session
    from desktop.ui.main_window import MainWindow

SHORTCUTS = {"passphrase": "Ctrl+Shift+P", "backups": "Ctrl+Shift+B", "verify_pdf": "Ctrl+Shift+V"}


class VaultActions:
    """Adds the Kluis menu to one window of the session (the window owns the actions)."""

    def __init__(self, session: Session, window: MainWindow):
        self.session = session
        bar = window.menuBar()
        menu = QMenu(tr("K&luis"), bar)
        menu.setObjectName("menu_vault")
        bar.insertMenu(bar.actions()[-1], menu)  # before Help
        koers = bar.actions()[0].menu()
        for key, text, slot, where in (
                ("passphrase", tr("&Wachtwoord wijzigen…"), self.change_passphrase, menu),
                ("backups", tr("&Back-ups…"), self.open_backups, menu),
                ("instruments", tr("&Instrumenten…"), self.open_instruments, menu),
                ("verify_pdf", tr("Ondertekende PDF c&ontroleren…"), self.open_verify_pdf, koers)):
            action = QAction(text, window)
            action.setObjectName(f"action_{key}")
            if key in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[key]))
            action.triggered.connect(slot)
            window.addAction(action)  # active while the menu bar is hidden too
            window.actions[key] = action  # set_unlocked enables it only while unlocked
            action.setEnabled(session.vault is not None)
            if where is koers:
                koers.insertAction(window.actions["settings"], action)
            else:
                menu.addAction(action)

    def change_passphrase(self) -> PassphraseDialog | None:
        if self.session.vault is None:
            return None
        dialog = PassphraseDialog(self.session.vault, self.session.window)
        dialog.accepted.connect(lambda: self._tell(
            tr("Wachtwoord gewijzigd"), tr("Je nieuwe wachtwoord geldt vanaf nu. Je herstelcode blijft dezelfde.")))
        dialog.open()
        return dialog

    def open_backups(self) -> BackupsScreen | None:
        if self.session.vault is None:
            return None
        screen = BackupsScreen(self.session.vault, self.session.window)
        screen.restore_requested.connect(self.restore)
        screen.open()
        return screen

    def open_instruments(self) -> InstrumentsDialog | None:
        return self._dialog(InstrumentsDialog(self.session.folder, self.session.window)) if self.session.vault else None

    def open_verify_pdf(self) -> VerifyPdfScreen | None:
        vault = self.session.vault
        return self._dialog(VerifyPdfScreen(vault, self.session.window)) if vault is not None else None

    @staticmethod
    def _dialog(dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore(self, backup_file: Path, passphrase: str) -> None:
        """Lock, put the backup in place, open it; a failure leaves the vault as it was, locked."""
        session, folder = self.session, self.session.folder
        session.lock()
        self.progress = QProgressDialog(tr("De back-up wordt teruggezet…"), "", 0, 0, session.window)
        self.progress.setWindowTitle(tr("Terugzetten"))
        self.progress.setCancelButton(None)  # half a restore is no option: it runs to its end
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumWidth(360)
        self.progress.show()

        self.kept: Path | None = None

        def put_back() -> Vault:  # the vault itself, so a job cancelled by locking closes it
            self.kept = Vault.restore(folder, backup_file, passphrase)
            return Vault.open(folder, passphrase)

        run_in_background(put_back, self._restored, self._not_restored)

    def _restored(self, vault: Vault) -> None:
        self.progress.hide()
        kept = self.kept
        self.session.unlocked(vault)
        where = tr("De kluis van vóór het terugzetten staat in {folder}.").format(folder=str(kept)) if kept else ""
        self._tell(tr("Back-up teruggezet"), (tr("De back-up is teruggezet en geopend.") + " " + where).strip())

    def _not_restored(self, error: Exception) -> None:
        self.progress.hide()
        self._tell(tr("Niet teruggezet"), tr(
            "De back-up is niet teruggezet ({reason}). Je kluis is niet veranderd: ontgrendel hem met je "
            "gewone wachtwoord.").format(reason=str(error) or type(error).__name__), QMessageBox.Icon.Warning)

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
        """A message that does not block the event loop (the session may lock meanwhile)."""
        self.message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.session.window)
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        return self.message
