"""Unlock: the passphrase, checked off the UI thread (Argon2id takes about half a second);
or, when it is forgotten, the recovery code (desktop.ui.recovery_dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.worker import run_in_background
from desktop.vault import Vault, VaultError, WrongPassphrase


class UnlockScreen(QWidget):
    """Emits `unlocked(vault)`. `opener(folder, passphrase)` defaults to Vault.open."""

    unlocked = Signal(object)

    def __init__(self, folder: Path, opener: Callable[[Path, str], Vault] = Vault.open,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.folder, self._opener = folder, opener
        self.setWindowTitle(tr("Ontgrendelen"))
        outer = QVBoxLayout(self)
        card = QFrame(objectName="Card")
        card.setFixedWidth(440)
        row = QHBoxLayout()  # not an alignment: that would measure the wrapped lines at full width
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        title = heading(tr("Koers is vergrendeld"))
        title.setWordWrap(True)  # a longer translation takes a second line, not the card's edge
        layout.addWidget(title)
        layout.addWidget(hint(tr("Typ je wachtwoord om je dossiers te openen.")))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Wachtwoord"))
        self.passphrase.setPlaceholderText(tr("Wachtwoord"))
        self.passphrase.returnPressed.connect(self.submit)
        layout.addWidget(self.passphrase)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)
        self.busy.setFixedHeight(6)
        self.busy.setAccessibleName(tr("Bezig met ontgrendelen"))
        layout.addWidget(self.busy)
        self.unlock_button = button(tr("&Ontgrendelen"), primary=True)
        self.unlock_button.clicked.connect(self.submit)
        layout.addWidget(self.unlock_button)
        self.forgot_button = button(tr("Wachtwoord &vergeten?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.open_recovery)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.passphrase)

    def reset(self) -> None:
        """Empty and ready for the next unlock (after locking)."""
        self.passphrase.clear()
        show_error(self.error, [])
        self._set_busy(False)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or not self.unlock_button.isEnabled():
            return
        self._set_busy(True)
        show_error(self.error, [])
        run_in_background(lambda: self._opener(self.folder, passphrase), self._opened, self._failed)

    def open_recovery(self) -> RecoveryDialog:
        """The recovery code and a new passphrase; unlocked once that worked."""
        dialog = RecoveryDialog(self.folder, self)
        dialog.accepted.connect(lambda: self.unlocked.emit(dialog.vault))
        dialog.open()
        return dialog

    def _opened(self, vault: Vault) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.unlocked.emit(vault)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            message = tr("Dit wachtwoord past niet. Probeer het opnieuw.")
        elif isinstance(error, VaultError):
            message = tr("De kluis kan niet worden geopend: {reason}").format(reason=str(error))
        else:
            message = tr("De kluis kan niet worden geopend.")
        show_error(self.error, [message])
        self.passphrase.selectAll()
        self.passphrase.setFocus()
