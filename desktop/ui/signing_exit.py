"""Leaving co-sign mode (desktop.ui.signing_screen): only with the worker's secret.

Escape, the leave button, Alt+F4 or closing the window open the unlock panel; the secret is
checked off the screen thread (`ExitLock` in desktop.flows.signing), and the screen closes
only when it fits.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desktop.ui.worker import run_in_background


class SigningExit:
    """The unlock panel and leaving, for SigningScreen (which sets `lock` and `finished`)."""

    def _unlock_panel(self) -> QFrame:
        small = QFont(self.font())
        small.setPointSize(12)
        self.unlock_panel = QFrame()
        self.unlock_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.unlock_panel.setFont(small)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Wachtwoord of pincode van de begeleider"))
        self.secret.returnPressed.connect(self.try_unlock)
        prompt = QLabel(self.tr("&Wachtwoord of pincode van de begeleider:"))
        prompt.setBuddy(self.secret)
        self.unlock_error = QLabel()
        self.unlock_error.setStyleSheet("color: #a3261b")
        self.unlock_button = QPushButton(self.tr("Ont&grendelen"))
        self.unlock_button.clicked.connect(self.try_unlock)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.clicked.connect(self._hide_unlock)
        row = QHBoxLayout(self.unlock_panel)
        for widget in (prompt, self.secret, self.unlock_button, cancel, self.unlock_error):
            row.addWidget(widget)
        row.addStretch(1)
        self.unlock_panel.hide()
        return self.unlock_panel

    def ask_unlock(self) -> None:
        self.unlock_panel.show()
        self.secret.setFocus()

    def _hide_unlock(self) -> None:
        self.secret.clear()
        self.unlock_error.clear()
        self.unlock_panel.hide()

    def try_unlock(self) -> None:
        """Check the secret off the UI thread (a passphrase costs a second of Argon2): leave if it
        fits (`finished`), otherwise stay and say so. The panel waits meanwhile."""
        secret = self.secret.text()
        self.secret.clear()
        if not self.secret.isEnabled():
            return  # a check is already under way
        self._checking(True)
        run_in_background(lambda: self.lock.try_unlock(secret), self._unlock_checked,
                          lambda _error: self._unlock_checked(False))

    def _checking(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_error.setText(self.tr("Controleren…") if busy else "")

    def _unlock_checked(self, fits: bool) -> None:
        self._checking(False)
        if not fits:
            self.unlock_error.setText(self.tr("Dat klopt niet."))
            self.secret.setFocus()
            return
        self.finished.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.lock.open:
            event.accept()
        else:
            event.ignore()
            self.ask_unlock()
