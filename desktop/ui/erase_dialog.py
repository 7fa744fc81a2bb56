"""Dossier verwijderen: her right to be forgotten, asked twice (issue 12 §2).

The first step names what goes and asks why; the second asks once more, plainly, because
nothing brings it back. Only then `Vault.erase_participant` runs."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.widgets.common import button, heading, hint
from desktop.vault import Vault, VaultError
from desktop.vault.erasure import ErasureResult


def what_goes(found: ErasureResult) -> list[str]:
    """Her records in words, one line per kind, then attachments and drafts."""
    names = {"participant": tr("persoonsgegevens"), "aanmelding": tr("aanmeldingen"), "intake": tr("intakes"),
             "consent": tr("toestemmingen"), "contact": tr("contacten"), "referral": tr("verwijzingen"),
             "phase": tr("fasewisselingen"), "assessment": tr("metingen"), "plan": tr("trajectplanversies"),
             "evaluation": tr("evaluaties"), "retention": tr("besluiten om langer te bewaren"),
             "aftercare": tr("keuzes voor de nazorg")}
    lines = [f"{count} × {names.get(kind, kind)}" for kind, count in
             sorted(found.records.items(), key=lambda item: (item[0] != "participant", item[0]))]
    if found.attachments:
        lines.append(tr("%1 × bijlagen (ondertekende pdf's)").replace("%1", str(found.attachments)))
    if found.drafts:
        lines.append(tr("%1 × niet-opgeslagen concepten").replace("%1", str(found.drafts)))
    return lines


class EraseDialog(QDialog):
    """Two steps: what goes and why, then 'are you sure'. Accepted once she is erased."""

    def __init__(self, vault: Vault, participant_id: UUID, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self.participant_id, self.name = vault, participant_id, name
        self.setWindowTitle(tr("Dossier verwijderen"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._first(vault.erasure_preview(participant_id)))
        self.pages.addWidget(self._second())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _first(self, found: ErasureResult) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr("Het dossier van %1 verwijderen").replace("%1", self.name), "Subtitle"))
        layout.addWidget(hint(tr("Dit gaat weg, ook uit de zoeklijst en de rapportcijfers:")))
        self.listing = QLabel("\n".join(f"• {line}" for line in what_goes(found)))
        layout.addWidget(self.listing)
        layout.addWidget(hint(tr("Het auditlog bewaart alleen dat het dossier is verwijderd, door wie en waarom."
                                 " De volgende bundel naar je leidinggevende verwijdert het daar ook.")))
        self.reason = QLineEdit(placeholderText=tr("Bijvoorbeeld: op haar verzoek"), maxLength=200)
        self.reason.setAccessibleName(tr("Reden"))
        layout.addWidget(QLabel(tr("&Reden (verplicht)"), buddy=self.reason))
        layout.addWidget(self.reason)
        self.next_button = button(tr("&Verder"), primary=True)
        self.next_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.next_button.setEnabled(bool(text.strip())))
        self.next_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        layout.addLayout(self._buttons(self.next_button))
        return page

    def _second(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr("Weet je het zeker?"), "Subtitle"))
        layout.addWidget(hint(tr("Het dossier van %1 wordt definitief verwijderd. Dit kan niet ongedaan worden"
                                 " gemaakt, ook niet met een back-up.").replace("%1", self.name)))
        self.problem = hint("")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.erase_button = button(tr("Ja, &definitief verwijderen"), primary=True)
        self.erase_button.clicked.connect(self.erase)
        layout.addStretch(1)
        layout.addLayout(self._buttons(self.erase_button))
        return page

    def _buttons(self, action) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch()
        cancel = button(tr("&Annuleren"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        row.addWidget(action)
        return row

    def erase(self) -> None:
        try:
            self._vault.erase_participant(str(self.participant_id), self.reason.text())
        except VaultError as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            return
        self.accept()
