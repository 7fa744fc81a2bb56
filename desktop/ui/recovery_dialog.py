"""Wachtwoord vergeten?: the recovery code from paper, then a new passphrase; then unlocked.

Vault.recover is slowed after failed attempts exactly like unlocking (the same throttle
file), and its key derivations run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.passphrase_dialog import NewPassphraseFields, busy_bar
from desktop.ui.widgets.common import error_label, heading, hint, ok_cancel, show_error
from desktop.ui.worker import run_in_background
from desktop.vault import Vault, VaultError, WrongPassphrase


class RecoveryDialog(QDialog):
    """Accepted with `self.vault` open once the code fitted and the new passphrase is set."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None
        self.setWindowTitle(tr("Wachtwoord vergeten"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Wachtwoord vergeten?"), "Subtitle"))
        layout.addWidget(hint(tr("Typ de herstelcode die je bij de eerste start op papier hebt gezet, en kies "
                                 "een nieuw wachtwoord. Je dossiers blijven zoals ze zijn.")))
        self.code = QLineEdit(placeholderText=tr("Herstelcode"))  # shown: she copies it from paper
        self.code.setAccessibleName(tr("Herstelcode"))
        label = QLabel(tr("&Herstelcode"))
        label.setBuddy(self.code)
        layout.addWidget(label)
        layout.addWidget(self.code)
        self.fields = NewPassphraseFields()
        self.fields.repeat.returnPressed.connect(self.submit)
        layout.addWidget(self.fields)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = busy_bar(tr("Bezig met de herstelcode"))
        layout.addWidget(self.busy)
        self.buttons = ok_cancel(tr("Nieuw wachtwoord instellen"), self.submit, self.reject)
        layout.addWidget(self.buttons)
        self.code.setFocus()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        problems = ([tr("Typ je herstelcode")] if not self.code.text().strip() else []) + self.fields.problems()
        show_error(self.error, problems)
        if problems:
            return
        folder, code, new = self.folder, self.code.text(), self.fields.new.text()
        self._set_busy(True)
        run_in_background(lambda: Vault.recover(folder, code, new), self._recovered, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.code, self.fields, self.buttons):
            widget.setEnabled(not busy)

    def _recovered(self, vault: Vault) -> None:
        self.code.clear()
        self.fields.clear()
        self.vault = vault
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            message = tr("Deze herstelcode past niet. Kijk de code op je papier na en probeer het opnieuw; "
                         "na een paar mislukte pogingen moet je steeds iets langer wachten.")
        elif isinstance(error, VaultError):
            message = tr("Het herstellen is niet gelukt: {reason}").format(reason=str(error))
        else:
            message = tr("Het herstellen is niet gelukt. Er is niets veranderd.")
        show_error(self.error, [message])
        self.code.selectAll()
        self.code.setFocus()
