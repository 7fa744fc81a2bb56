"""Instellingen: language, auto-lock, type size. Built from the Settings model's fields. With a
worker's vault open, the programme's rule for handovers: whether the team shares dossiers (kept
in the vault, not in the settings file; issue 14 §1). With any vault open, the programme's agenda
settings kept in the vault (desktop.vault.agenda). Below them, read-only: the languages her plan
comes in, with who translated each and whether a native speaker reviewed it (issue 16 §2), so a
programme knows what it hands over."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QSpinBox, QTableWidget, QTableWidgetItem, QWidget,
)

from desktop.settings import Settings
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import hint, ok_cancel
from desktop.vault import Vault
from desktop.vault.agenda import CONTACT_RANGE, METING_RANGE, rules
from desktop.vault.handover import team_shares
from exports.pdf_text import language_name
from forms.translations import translation_status
from matrix.agenda import Rules


class SettingsDialog(QDialog):
    """`result_settings()` gives the edited copy; the caller stores and applies it."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, vault: Vault | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Instellingen"))
        self._settings = settings
        form = QFormLayout(self)
        self.language = QComboBox(accessibleName=tr("Taal"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))
        form.addRow(tr("&Taal"), self.language)
        self.autolock = QDoubleSpinBox(accessibleName=tr("Automatisch vergrendelen na (minuten)"))
        self.autolock.setRange(1, 240)
        self.autolock.setDecimals(0)
        self.autolock.setSuffix(tr(" min"))
        self.autolock.setValue(max(1, settings.autolock_minutes))
        form.addRow(tr("&Automatisch vergrendelen na"), self.autolock)
        self.font_size = QSpinBox(accessibleName=tr("Lettergrootte (punten)"))
        self.font_size.setRange(9, 16)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size_pt)
        form.addRow(tr("&Lettergrootte"), self.font_size)
        self.diagnostic_log = QCheckBox(tr("&Diagnoselog bijhouden (zonder namen of ingevulde tekst)"))
        self.diagnostic_log.setChecked(settings.diagnostic_log)
        self.diagnostic_log.setToolTip(tr("Alleen aanzetten om een probleem te melden; oude logs worden opgeruimd."))
        form.addRow(self.diagnostic_log)
        form.addRow(hint(tr("Koers bewaart hier geen namen of dossiers: alleen deze keuzes.")))
        self.team_shares: QCheckBox | None = None
        if vault is not None and vault.role == "begeleider":
            self.team_shares = QCheckBox(tr("Het team deelt d&ossiers: overdracht zonder aparte toestemming"),
                                         checked=team_shares(vault))
            self.team_shares.setToolTip(tr("Afspraak van het programma. Elke overdracht legt vast op welke grond"
                                           " hij gebeurde: haar toestemming, of deze afspraak."))
            form.addRow(self.team_shares)
        self.meting_months: QSpinBox | None = None
        if vault is not None:  # the programme's agenda settings, kept in the open vault
            self._programme_rows(form, rules(vault))
        heading = QLabel(tr("Talen van haar plan en het ondertekenen"))
        self.translations = _translations_table()
        form.addRow(heading)
        form.addRow(self.translations)
        buttons = ok_cancel(tr("Opslaan"), self.accept, self.reject)
        form.addRow(buttons)
        margins = form.contentsMargins()
        table = self.translations.horizontalHeader().length() + 2 * self.translations.frameWidth()
        # The table whole, and wrapped hints measured at the width they get: every row shows.
        width = max(form.sizeHint().width(), table + margins.left() + margins.right(), 600)
        self.setMinimumSize(width, form.totalHeightForWidth(width))

    def result_team_shares(self) -> bool | None:
        """The programme's rule as chosen, or None when this dialog did not ask (no worker's vault)."""
        return self.team_shares.isChecked() if self.team_shares is not None else None

    def result_settings(self) -> Settings:
        return self._settings.model_copy(update={
            "language": self.language.currentData(),
            "autolock_minutes": self.autolock.value(),
            "font_size_pt": self.font_size.value(),
            "diagnostic_log": self.diagnostic_log.isChecked(),
        })

    def _programme_rows(self, form: QFormLayout, programme: Rules) -> None:
        """What the agenda counts by (issue 14 §3), stored in the vault: one row, so the dialog
        still fits a 720-pixel screen."""
        self.meting_months = QSpinBox(accessibleName=tr("Nieuwe zelfredzaamheidsmeting na (maanden)"))
        self.meting_months.setRange(*METING_RANGE)
        self.meting_months.setSuffix(tr(" mnd"))
        self.meting_months.setValue(programme.meting_months)
        self.contact_weeks = QSpinBox(accessibleName=tr("Melden na zoveel weken zonder contact"))
        self.contact_weeks.setRange(*CONTACT_RANGE)
        self.contact_weeks.setSuffix(tr(" wkn"))
        self.contact_weeks.setValue(programme.contact_weeks)
        self.contact_weeks.setToolTip(tr("Alleen in de fasen oriëntatie en uitvoering"))
        row = QHBoxLayout()
        for title, spin in ((tr("Nieuwe &meting na"), self.meting_months), (tr("&Geen contact na"), self.contact_weeks)):
            label = QLabel(title)
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
        row.addStretch()
        form.addRow(tr("Agenda (in de kluis)"), row)

    def result_programme(self) -> Rules | None:
        """The edited programme settings, or None when the dialog showed none."""
        if self.meting_months is None:
            return None
        return Rules(self.meting_months.value(), self.contact_weeks.value())


def _translations_table() -> QTableWidget:
    """Each participant language: its name, its translator(s), whether a native speaker reviewed it."""
    statuses = translation_status()
    table = QTableWidget(len(statuses), 3, accessibleName=tr("Vertalingen en hun controle"))
    table.setHorizontalHeaderLabels([tr("Taal"), tr("Vertaald door"), tr("Nagekeken")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for row, status in enumerate(statuses):
        review = tr("ja, door een moedertaalspreker") if status.reviewed else tr("nee, nog niet door een moedertaalspreker")
        cells = (language_name(status.lang, lang()), ", ".join(status.translators), review)
        for column, words in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(words))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(table.verticalHeader().length() + table.horizontalHeader().height() + 4)
    return table
