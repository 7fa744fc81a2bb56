"""Overdragen: her dossier to a trusted colleague, for good or as a cover until a date; the
encrypted bundle is written to a file (a USB stick) for the colleague to read in. Also what the
dossier says of it afterwards: who has her, on which basis (her consent or the team's rule),
and erasing the read-only copy by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QMessageBox, QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.vault import Vault, VaultError
from desktop.vault.exchange import export_bundle, mark_sent
from desktop.vault.handover import erase_dossier, giver, hand_over, handover_bundle, latest, team_shares
from desktop.vault.paths import atomic_write
from desktop.vault.trust import trusted_keys


class HandoverDialog(QDialog):
    """Choose the colleague and how; `write(path)` records it and writes the bundle."""

    def __init__(self, vault: Vault, participant_id: UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self.participant_id = vault, participant_id
        self.setWindowTitle(tr("Dossier overdragen"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Dossier overdragen"), "Subtitle"))
        layout.addWidget(hint(tr("Het hele dossier, met alle planversies en ondertekende PDF's, gaat versleuteld naar"
                                 " een collega. Na een overdracht is het hier alleen-lezen en wordt het gewist zodra"
                                 " haar bevestiging terugkomt. Een waarneming geeft haar een kopie om te lezen tot de"
                                 " einddatum; haar contacten komen daarna bij u terug.")))
        form = QFormLayout()
        self.colleague = QComboBox(accessibleName=tr("Collega"))
        self.colleague.addItems([k.name for k in trusted_keys(vault, role="begeleider")])
        self.cover = QCheckBox(tr("Alleen waarneming, tot en met"))
        self.until = QDateEdit(QDate.currentDate().addDays(14), calendarPopup=True, displayFormat="dd-MM-yyyy",
                               accessibleName=tr("Einddatum van de waarneming"))
        self.until.setEnabled(False)
        self.cover.toggled.connect(self.until.setEnabled)
        cover_row = QHBoxLayout()
        cover_row.addWidget(self.cover)
        cover_row.addWidget(self.until)
        form.addRow(tr("Collega"), self.colleague)
        form.addRow("", cover_row)
        layout.addLayout(form)
        if not self.colleague.count():
            layout.addWidget(hint(tr("Deze kluis vertrouwt nog geen collega. Vertrouw eerst haar openbare sleutel als"
                                     " begeleider onder Koers → Sleutels (Ctrl+K), na het vergelijken van de"
                                     " vingerafdruk.")))
        layout.addWidget(hint(tr("Het team deelt dossiers: haar aparte toestemming is niet nodig (dit wordt vastgelegd).")
                              if team_shares(vault) else
                              tr("Nodig: haar toestemming voor overdracht aan deze collega (tab Toestemming).")))
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch()
        cancel = button(tr("Annuleren"))
        cancel.clicked.connect(self.reject)
        self.write_button = button(tr("&Versleutelen en opslaan…"), primary=True)
        self.write_button.setEnabled(self.colleague.count() > 0)
        self.write_button.clicked.connect(self.choose_file)
        buttons.addWidget(cancel)
        buttons.addWidget(self.write_button)
        layout.addLayout(buttons)
        width = 620  # the wrapped hints are measured at the width they get, so every line shows
        self.setMinimumSize(width, layout.totalHeightForWidth(width))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Overdracht opslaan"),
                                              str(Path(last_folder()) / f"dossier-{dt.date.today():%Y-%m-%d}.koers"),
                                              tr("Koers-bundel (*.koers)"))
        if path:
            remember_folder(Path(path))
            self.write(Path(path))

    def write(self, path: Path) -> bool:
        until = self.until.date().toPython() if self.cover.isChecked() else None
        try:
            self._vault.refuse_own_path(path)
            record = hand_over(self._vault, self.participant_id, self.colleague.currentText(), until)
            atomic_write(path, handover_bundle(self._vault, record))
        except (VaultError, OSError) as error:
            show_error(self.error, [str(error)])
            return False
        self.accept()
        return True


def handover_note(vault: Vault, participant_id: UUID) -> str:
    """Her dossier's newest handover or cover in words, with the basis it recorded."""
    record = latest(vault, participant_id)
    if record is None:
        return ""
    basis = tr("met haar toestemming") if record.basis == "toestemming" else tr("het team deelt dossiers")
    if record.mode == "overdracht":
        words = tr("Overgedragen aan {name} op {day}, {basis}.")
    else:
        words = tr("Waarneming door {name} tot en met {until}, {basis}.")
    return words.format(name=record.to_name, day=short_date(record.at.astimezone().date()),
                        until=short_date(record.until), basis=basis)


def ask_erase_copy(parent: QWidget, vault: Vault, participant_id: UUID, who: str,
                   done: Callable[[], None]) -> QMessageBox:
    """'Kopie wissen…': the read-only copy of a dossier someone else holds, asked once; `done` after."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Kopie wissen"),
                      tr("Haar dossier is nu bij {name}. De alleen-lezen kopie in deze kluis wissen? Dat kan niet"
                         " ongedaan worden gemaakt.").format(name=who),
                      QMessageBox.StandardButton.Cancel, parent)
    erase = box.addButton(tr("Kopie wissen"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def erase_now() -> None:
        erase_dossier(vault, participant_id, "by-hand")
        done()

    erase.clicked.connect(erase_now)
    box.open()
    return box


def send_back(parent: QWidget, vault: Vault, participant_id: UUID) -> str:
    """'Terugsturen…': her confirmation of a handover, or the contacts written during a cover, to
    the colleague who gave the dossier, as a file she chooses; what it says afterwards."""
    key = giver(vault, participant_id)
    if key is None:
        return ""
    path, _ = QFileDialog.getSaveFileName(parent, tr("Bundel opslaan"),
                                          str(Path(last_folder()) / f"koers-{dt.date.today():%Y-%m-%d}.koers"),
                                          tr("Koers-bundel (*.koers)"))
    return write_back(vault, key.name, Path(path)) if path else ""


def write_back(vault: Vault, colleague: str, path: Path) -> str:
    """Write what goes back to `colleague` to `path` (nothing when nothing is new)."""
    remember_folder(path)
    try:
        vault.refuse_own_path(path)
        export = export_bundle(vault, colleague)
        if not export.sent:
            return tr("Niets nieuws voor {name}.").format(name=colleague)
        atomic_write(path, export.data)
    except (VaultError, OSError) as error:
        return str(error)
    mark_sent(vault, export)
    return tr("Versleuteld voor {name}: {file}").format(name=colleague, file=path.name)
