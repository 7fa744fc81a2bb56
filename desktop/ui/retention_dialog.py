"""*Bewaartermijn nakijken* (issue 12 §3): the closed dossiers kept past the programme's term,
reviewed in one flow. Each is erased, or kept longer with a reason (stored in her dossier
and in the audit log)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.ui.erase_dialog import EraseDialog
from desktop.ui.i18n import tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.vault import Vault, VaultError
from desktop.vault.retention import Retention, keep, past_term, set_term_months, term_months
from forms.retention import MAX_TERM_MONTHS, months_later


class RetentionReviewDialog(QDialog):
    """The list of dossiers past their term; the chosen one is kept (with a reason) or erased."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(tr("Bewaartermijn nakijken"))
        self.setMinimumWidth(560)
        self.table = QTableWidget(0, 3, accessibleName=tr("Dossiers over hun bewaartermijn"))
        self.table.setHorizontalHeaderLabels([tr("Roepnaam"), tr("Afgesloten"), tr("Bewaren tot")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the dates and their headers whole, in every language
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.reason = QPlainTextEdit(placeholderText=tr("Waarom blijft dit dossier langer bewaard?"))
        self.reason.setAccessibleName(tr("Reden om langer te bewaren"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.until = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.until.setAccessibleName(tr("Bewaren tot"))
        self.keep_button = button(tr("&Langer bewaren"), primary=True)
        self.keep_button.clicked.connect(self.keep_chosen)
        self.erase_button = button(tr("&Verwijderen…"))
        self.erase_button.clicked.connect(self.erase_chosen)
        self.term = QSpinBox(minimum=1, maximum=MAX_TERM_MONTHS, value=term_months(vault))
        self.term.setSuffix(tr(" maanden"))
        self.term.setAccessibleName(tr("Bewaartermijn van het programma in maanden na afsluiten"))
        self.term_button = button(tr("Termijn op&slaan"))
        self.term_button.clicked.connect(self.save_term)
        self.error, self.done_label = error_label(), hint("")
        self.intro = hint("")
        form = QFormLayout()
        form.addRow(tr("&Reden:"), self.reason)
        form.addRow(tr("Bewaren &tot:"), self.until)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject)
        term = QHBoxLayout()  # under its label: the label alone takes the dialog's width in a long language
        term_label = QLabel(tr("Bewaartermijn van het &programma, na afsluiten:"))
        term_label.setBuddy(self.term)
        for widget in (self.term, self.term_button):
            term.addWidget(widget)
        term.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Bewaartermijn nakijken"), "Subtitle"))
        layout.addWidget(term_label)
        layout.addLayout(term)
        for widget in (self.intro, self.table):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addLayout(actions)
        for widget in (self.error, self.done_label, close):
            layout.addWidget(widget)
        self.reload()

    def reload(self) -> None:
        """Read the list again; the first dossier is chosen, so the flow goes on by itself."""
        self.rows: list[Retention] = past_term(self._vault)
        self.intro.setText(tr("Deze dossiers zijn langer afgesloten dan de bewaartermijn van het programma"
                              " (%1 maanden). Verwijder ze, of bewaar er een langer met een reden.")
                           .replace("%1", str(term_months(self._vault))))
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            for column, words in enumerate((item.roepnaam, short_date(item.closed_on), short_date(item.keep_until))):
                self.table.setItem(row, column, QTableWidgetItem(words))
        if self.rows:
            self.table.selectRow(0)
        else:
            self.done_label.setText(tr("Geen dossiers over hun bewaartermijn."))
        self._chosen()

    def save_term(self) -> None:
        """The programme's term (in this vault); the list follows it at once."""
        set_term_months(self._vault, self.term.value())
        self.done_label.setText("")
        self.reload()

    def chosen(self) -> Retention | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        enabled = self.chosen() is not None
        for widget in (self.reason, self.until, self.keep_button, self.erase_button):
            widget.setEnabled(enabled)
        next_year = months_later(dt.date.today(), 12)
        self.until.setDate(QDate(next_year.year, next_year.month, next_year.day))
        self.until.setMinimumDate(QDate.currentDate().addDays(1))
        self.reason.clear()
        show_error(self.error, [])

    def keep_chosen(self) -> None:
        item = self.chosen()
        if item is None:
            return
        try:
            keep(self._vault, item.participant_id, self.reason.toPlainText(), self.until.date().toPython())
        except VaultError as error:
            show_error(self.error, [str(error)])
            return
        self.reload()
        self.done_label.setText(tr("%1 wordt langer bewaard.").replace("%1", item.roepnaam)
                                if self.rows else tr("Alle dossiers zijn nagekeken."))

    def erase_chosen(self) -> EraseDialog | None:
        """Erase the chosen dossier: *Dossier verwijderen* (names what goes, asks twice), with the
        term that ended as its reason, which the worker may change."""
        item = self.chosen()
        if item is None:
            return None
        dialog = EraseDialog(self._vault, item.participant_id, item.roepnaam, self)
        dialog.reason.setText(tr("Bewaartermijn voorbij (bewaren tot %1)").replace("%1", short_date(item.keep_until)))
        dialog.accepted.connect(lambda: self._erased(item))
        dialog.open()
        return dialog

    def _erased(self, item: Retention) -> None:
        self.reload()
        self.done_label.setText(tr("Het dossier van %1 is verwijderd.").replace("%1", item.roepnaam)
                                if self.rows else tr("Alle dossiers zijn nagekeken."))
