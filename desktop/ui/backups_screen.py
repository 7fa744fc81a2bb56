"""Back-ups: the automatic ones listed with their dates, one made to a chosen folder (a USB
stick), and a restore from a file, asked for with the backup's passphrase.

The folder last chosen is remembered inside the (encrypted) vault, never a file name; the
suggested file name carries only the date. Restoring itself needs the vault closed, so this
screen only checks the file and asks; desktop.ui.vault_actions locks, restores and reopens.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHeaderView, QLabel, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.passphrase_dialog import busy_bar, password_field
from desktop.ui.widgets.common import (
    action_row, button, close_box, error_label, heading, hint, list_table, ok_cancel, show_error,
)
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import BackupError, Vault, WrongPassphrase

SI = QLocale.DataSizeFormat.DataSizeSIFormat  # "0,8 MB" in Dutch
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def suggested_name(today: dt.date) -> str:
    """Only the date: a file name on a USB stick must not say whose dossiers are in it."""
    return f"koers-back-up-{today:%Y-%m-%d}.kbak"


def _shown(made: dt.datetime) -> str:
    """A file time (the laptop's clock) as Koers shows every time: in Amsterdam."""
    return made.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def _made(backup_file: Path) -> str:
    try:
        return _shown(dt.datetime.fromtimestamp(backup_file.stat().st_mtime))
    except OSError:
        return "?"


class BackupsScreen(QDialog):
    """Emits `restore_requested(file, passphrase)` once she confirmed a restore that will work."""

    restore_requested = Signal(Path, str)

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Back-ups"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Back-ups"), "Subtitle"))
        layout.addWidget(hint(tr("Koers maakt elke dag zelf een versleutelde back-up op deze laptop en bewaart de "
                                 "laatste zeven. Zet ook geregeld een back-up op een USB-stick: gaat de laptop "
                                 "kapot of verloren, dan heb je die nodig. Een back-up opent alleen met het "
                                 "wachtwoord van toen.")))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([tr("Gemaakt op"), tr("Soort"), tr("Grootte")])
        self.table = list_table(self.model, tr("Automatische back-ups"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 1)
        self.make_button = button(tr("&Back-up maken…"), primary=True)
        self.make_button.clicked.connect(self.make_backup)
        self.restore_chosen_button = button(tr("&Gekozen back-up terugzetten…"))
        self.restore_chosen_button.clicked.connect(self.restore_chosen)
        self.restore_file_button = button(tr("&Terugzetten uit bestand…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        layout.addLayout(action_row(self.make_button, self.restore_chosen_button, self.restore_file_button))
        self.busy = busy_bar(tr("Bezig met de back-up"))
        layout.addWidget(self.busy)
        self.status = QLabel(wordWrap=True)
        self.status.setAccessibleName(tr("Uitkomst"))
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(close_box(self))
        self.refresh()
        self.make_button.setFocus()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._listed = self.vault.backups()
        for info in self._listed:
            kind = tr("Voor een update") if info.before_update else tr("Dagelijks")
            self.model.appendRow([QStandardItem(_shown(info.made)), QStandardItem(kind),
                                  QStandardItem(QLocale().formattedDataSize(info.size, 1, SI))])
        if self._listed:
            self.table.selectRow(0)
        self.restore_chosen_button.setEnabled(bool(self._listed))

    # --- making one ------------------------------------------------------------------
    def make_backup(self) -> None:
        start = Path(last_folder()) / suggested_name(dt.date.today())
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Back-up opslaan"), str(start),
                                                      tr("Koers-back-up (*.kbak)"))
        if not chosen:
            return
        out = Path(chosen) if chosen.endswith(".kbak") else Path(chosen + ".kbak")
        remember_folder(out)
        self._set_busy(True)
        vault = self.vault  # the job writes on its own connection (desktop.ui.worker's rule)
        run_in_background(on_own_connection(vault, lambda own: own.backup_to(out)), self._made, self._not_made)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.make_button, self.restore_file_button, self.restore_chosen_button):
            widget.setEnabled(not busy)
        if not busy:
            self.restore_chosen_button.setEnabled(bool(self._listed))

    def _made(self, out: Path) -> None:
        self._set_busy(False)
        show_error(self.error, [])
        self.status.setText(tr("Back-up gemaakt: {file}. Hij is versleuteld en opent alleen met je wachtwoord "
                               "van nu.").format(file=str(out)))

    def _not_made(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.clear()
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        show_error(self.error, [tr("De back-up is niet gemaakt ({reason}). Kijk of de USB-stick erin zit en "
                                   "genoeg ruimte heeft, en probeer het opnieuw.").format(reason=reason)])

    # --- restoring one ---------------------------------------------------------------
    def restore_from_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, tr("Back-up kiezen"), last_folder(),
                                                      tr("Koers-back-up (*.kbak)"))
        if chosen:
            remember_folder(Path(chosen))
            self.ask_restore(Path(chosen))

    def restore_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.ask_restore(self._listed[rows[0].row()].path)

    def ask_restore(self, backup_file: Path) -> RestoreDialog:
        dialog = RestoreDialog(backup_file, self.vault.folder, self)
        dialog.accepted.connect(lambda: self._confirmed(backup_file, dialog.passphrase))
        dialog.open()
        return dialog

    def _confirmed(self, backup_file: Path, passphrase: str) -> None:
        self.accept()
        self.restore_requested.emit(backup_file, passphrase)


class RestoreDialog(QDialog):
    """What a restore replaces and where the replaced vault goes; accepted once the backup's
    passphrase opened it (checked off the UI thread), with `passphrase` set."""

    def __init__(self, backup_file: Path, vault_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.backup_file, self.passphrase = backup_file, ""
        self.setWindowTitle(tr("Back-up terugzetten"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Back-up terugzetten"), "Subtitle"))
        self.statement = hint(tr(
            "Alles wat nu in Koers staat, wordt vervangen door de back-up {file} van {date}. Wat je daarna hebt "
            "ingevoerd, staat dan niet meer in Koers.\n\nDe kluis van nu gaat niet weg: Koers zet hem opzij in "
            "een map die begint met 'replaced-' in {folder}.\n\nKoers vergrendelt tijdens het terugzetten en "
            "opent daarna de teruggezette kluis. Je wachtwoord is dan weer dat van de back-up."
        ).format(file=backup_file.name, date=_made(backup_file), folder=str(vault_folder)))
        layout.addWidget(self.statement)
        self.field = password_field(tr("Wachtwoord van de back-up"))
        self.field.returnPressed.connect(self.submit)
        label = QLabel(tr("&Wachtwoord van de back-up"))
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field)
        self.error = error_label()
        layout.addWidget(self.error)
        self.busy = busy_bar(tr("Bezig met controleren"))
        layout.addWidget(self.busy)
        self.buttons = ok_cancel(tr("Terugzetten"), self.submit, self.reject)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def submit(self) -> None:
        passphrase, backup_file = self.field.text(), self.backup_file
        if not passphrase or self.busy.isVisible():
            return
        self._set_busy(True)
        run_in_background(lambda: Vault.check_backup(backup_file, passphrase),
                          lambda _none: self._fits(passphrase), self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _fits(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.field.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            message = tr("Dit wachtwoord past niet bij de back-up. Het is het wachtwoord dat je had toen de "
                         "back-up werd gemaakt.")
        elif isinstance(error, BackupError):
            message = tr("Dit bestand is geen Koers-back-up of het is beschadigd. Kies een ander bestand.")
        else:
            message = tr("Dit bestand kan niet worden gelezen. Kijk of de USB-stick erin zit en kies het opnieuw.")
        show_error(self.error, [message])
        self.field.selectAll()
        self.field.setFocus()
