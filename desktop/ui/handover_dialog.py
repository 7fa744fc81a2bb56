"""Overdragen: her dossier to a trusted colleague, for good or as a cover until a date; the
encrypted bundle is written to a file (a USB stick) for the colleague to read in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.vault import Vault, VaultError
from desktop.vault.handover import TEAM_SHARES, hand_over, handover_bundle
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
                              if vault.meta(TEAM_SHARES) == "1" else
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
