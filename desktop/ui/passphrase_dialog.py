"""Wachtwoord wijzigen: the current passphrase, a new one twice, the first-run strength rules.

Checking the current passphrase and wrapping the key again both derive a key (Argon2id), so
they run off the UI thread while a busy bar shows; the check is slowed after failures like
unlocking (Vault.passphrase_fits).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from desktop.flows.new_passphrase import new_passphrase_problems
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import error_label, heading, hint, ok_cancel, show_error
from desktop.ui.widgets.strength_meter import StrengthMeter
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import Vault, VaultError, WrongPassphrase


def password_field(name: str) -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=name)
    field.setAccessibleName(name)
    return field


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar(minimum=0, maximum=0, textVisible=False, visible=False)
    bar.setFixedHeight(6)
    bar.setAccessibleName(name)
    return bar


class NewPassphraseFields(QWidget):
    """A new passphrase, its strength meter and the repeat; `problems()` in the screen's language."""

    def __init__(self, context: Iterable[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.context = tuple(context)  # as the vault judges it: the worker's name when she has one
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new = password_field(tr("Nieuw wachtwoord"))
        self.meter = StrengthMeter()
        self.new.textChanged.connect(self.meter.update_for)
        self.repeat = password_field(tr("Nieuw wachtwoord herhalen"))
        label = QLabel(tr("&Nieuw wachtwoord"))
        label.setBuddy(self.new)
        repeat_label = QLabel(tr("Nieuw wachtwoord he&rhalen"))  # a placeholder goes once she types
        repeat_label.setBuddy(self.repeat)
        for widget in (label, self.new, self.meter, repeat_label, self.repeat):
            layout.addWidget(widget)

    def problems(self) -> list[str]:
        found = new_passphrase_problems(self.new.text(), self.repeat.text(), self.context)
        return [problem.render(lang()) for problem in found]

    def clear(self) -> None:
        self.new.clear()
        self.repeat.clear()


class PassphraseDialog(QDialog):
    """Changes the open vault's passphrase; accepted once the new one is in the key file."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Wachtwoord wijzigen"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Wachtwoord wijzigen"), "Subtitle"))
        layout.addWidget(hint(tr("Je herstelcode blijft geldig. Vier losse woorden zijn sterk en goed te onthouden.")))
        self.current = password_field(tr("Huidig wachtwoord"))
        label = QLabel(tr("&Huidig wachtwoord"))
        label.setBuddy(self.current)
        layout.addWidget(label)
        layout.addWidget(self.current)
        self.fields = NewPassphraseFields([vault.worker_name])
        self.fields.repeat.returnPressed.connect(self.submit)
        layout.addWidget(self.fields)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = busy_bar(tr("Bezig met het wachtwoord"))
        layout.addWidget(self.busy)
        self.buttons = ok_cancel(tr("Wachtwoord wijzigen"), self.submit, self.reject)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        problems = ([tr("Vul je huidige wachtwoord in")] if not self.current.text() else []) + self.fields.problems()
        show_error(self.error, problems)
        if problems:
            return
        vault, current, new = self.vault, self.current.text(), self.fields.new.text()

        def change(own: Vault) -> None:  # on its own connection (desktop.ui.worker's rule)
            if not Vault.passphrase_fits(own.folder, current):
                raise WrongPassphrase()
            own.change_passphrase(new)

        self._set_busy(True)
        run_in_background(on_own_connection(vault, change), self._changed, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.current, self.fields, self.buttons):
            widget.setEnabled(not busy)

    def _changed(self, _result: None) -> None:
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            show_error(self.error, [tr("Je huidige wachtwoord klopt niet. Typ het opnieuw; na een paar "
                                       "mislukte pogingen moet je steeds iets langer wachten.")])
            self.current.selectAll()
            self.current.setFocus()
        elif isinstance(error, VaultError):
            show_error(self.error, [tr("Het wachtwoord is niet gewijzigd: {reason}").format(reason=str(error))])
        else:
            show_error(self.error, [tr("Het wachtwoord is niet gewijzigd. Je oude wachtwoord werkt nog.")])
