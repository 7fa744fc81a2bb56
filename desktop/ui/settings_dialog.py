"""Instellingen: language, auto-lock, type size. Built from the Settings model's fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget,
)

from desktop.settings import Settings
from desktop.ui.i18n import tr
from desktop.ui.widgets.common import hint, ok_cancel


class SettingsDialog(QDialog):
    """`result_settings()` gives the edited copy; the caller stores and applies it."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
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
        buttons = ok_cancel(tr("Opslaan"), self.accept, self.reject)
        form.addRow(buttons)

    def result_settings(self) -> Settings:
        return self._settings.model_copy(update={
            "language": self.language.currentData(),
            "autolock_minutes": self.autolock.value(),
            "font_size_pt": self.font_size.value(),
            "diagnostic_log": self.diagnostic_log.isChecked(),
        })
