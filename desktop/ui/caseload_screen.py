"""The caseload: search as you type on roepnaam, filter by phase, add a participant."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHeaderView,
    QLineEdit, QTableView, QVBoxLayout, QWidget,
)
from pydantic import ValidationError

from desktop.ui.i18n import lang, tr
from desktop.ui.models.caseload_model import CaseloadModel
from desktop.ui.retention_dialog import RetentionReviewDialog
from desktop.ui.widgets.common import button, error_label, heading, list_table, ok_cancel, show_error
from desktop.vault import Changes, Vault
from desktop.vault.conflicts import conflicts_per_dossier
from desktop.vault.exchange import workers_of
from desktop.vault.retention import past_term
from forms import PHASES, Participant, PhaseChange, explain
from forms.vocab import label


class NewParticipantDialog(QDialog):
    """Only the roepnaam is asked: everything else can wait until she wants to tell it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.created_id: UUID | None = None
        self.setWindowTitle(tr("Nieuwe deelnemer"))
        layout = QFormLayout(self)
        self.roepnaam = QLineEdit()
        self.roepnaam.setAccessibleName(tr("Roepnaam"))
        self.roepnaam.setPlaceholderText(tr("De naam die zij zelf kiest"))
        layout.addRow(tr("&Roepnaam"), self.roepnaam)
        self.error = error_label()
        layout.addRow(self.error)
        buttons = ok_cancel(tr("Toevoegen"), self.add, self.reject)
        layout.addRow(buttons)

    def add(self) -> None:
        try:
            participant = Participant(roepnaam=self.roepnaam.text())
        except ValidationError as error:
            show_error(self.error, explain(error, lang()))
            return
        start = PhaseChange(participant_id=participant.id, phase="aanmelding", date=dt.date.today())
        self._vault.save_all([participant, start])
        self.created_id = participant.id
        self.accept()


class CaseloadScreen(QWidget):
    """Emits `participant_selected(id)` when a row is chosen, `agenda_requested` for the agenda."""

    participant_selected = Signal(object)
    agenda_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.setObjectName("Sidebar")
        self.setWindowTitle(tr("Deelnemers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.addWidget(heading(tr("Deelnemers"), "Subtitle"))
        self.search = QLineEdit(placeholderText=tr("Zoek op roepnaam (Ctrl+F)"), clearButtonEnabled=True)
        self.search.setAccessibleName(tr("Zoek op roepnaam"))
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Filter op fase"))
        self.phase.addItem(tr("Alle fasen"), None)
        for code in PHASES:
            self.phase.addItem(label("phases", code, lang()), code)
        self.supervisor = vault.role == "supervisor"  # two Kims told apart by their worker
        headers = (tr("Roepnaam"), tr("Fase"), tr("Deadline")) + ((tr("Begeleider"),) if self.supervisor else ())
        self.model = CaseloadModel(headers, lang(), self)
        self.table = self._table()
        self.new_button = button(tr("&Nieuwe deelnemer"), shortcut="Ctrl+N")
        self.new_button.clicked.connect(self.new_participant)
        self.agenda_button = button(tr("Agenda"), shortcut="Ctrl+G")  # what is due, on the right
        self.agenda_button.clicked.connect(self.agenda_requested)
        # Closed dossiers kept past the programme's term: shown only when there are some.
        self.retention_button = button("")
        self.retention_button.clicked.connect(self.review_retention)
        for widget in (self.search, self.phase, self.table, self.new_button, self.agenda_button, self.retention_button):
            layout.addWidget(widget)
        # Typing stays smooth with 10,000 names: the query waits for a short pause.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.phase.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.count_past_term()

    def _table(self) -> QTableView:
        table = list_table(self.model, tr("Lijst van deelnemers"))
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.ensurePolished()  # the style sheet's header font, for the titles' widths
        date_width = table.fontMetrics().horizontalAdvance("00-00-0000") + 10  # a whole dd-mm-jjjj
        # A supervisor finds a person here by name and whose caseload she is in; phase and deadlines
        # are on the caseload per worker and in the dossier's header. Four columns would leave the
        # dossier's tabs no room at 1280 px.
        widths = ((3, 110),) if self.supervisor else ((1, 92), (2, date_width))
        table.setColumnHidden(1, self.supervisor)
        table.setColumnHidden(2, self.supervisor)
        for column, width in widths:  # fixed: long phase names elide, names keep room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        # Never narrower than the three titles: in a longer language the list takes more room.
        margins = self.layout().contentsMargins()
        self._margins = margins.left() + margins.right()
        self._columns_width = (header.sectionSizeHint(0) + sum(header.sectionSize(c) for c, _w in widths)
                               + 2 * table.frameWidth() + self._margins)
        self.setMinimumWidth(self._columns_width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: current.isValid() and self.participant_selected.emit(self.model.id_at(current.row())))
        return table

    def refresh(self) -> None:
        """Query again with the current search and filter, keeping the selection if it stays."""
        current = self.selected_id()
        rows = self._vault.participants(search=self.search.text(), phase=self.phase.currentData())
        if self.supervisor:
            self.model.set_rows(rows, workers_of(self._vault), set(conflicts_per_dossier(self._vault)))
        else:
            self.model.set_rows(rows)
        if current is not None:
            self.select(current, notify=False)

    def on_changed(self, changes: Changes) -> None:
        if changes.kinds & {"participant", "phase", "plan"} or self.supervisor:  # a settled conflict: any kind
            self.refresh()
        if changes.kinds & {"participant", "phase", "retention"}:
            self.count_past_term()

    def count_past_term(self) -> int:
        """Show how many closed dossiers are past their retention term (the button hides at 0)."""
        count = len(past_term(self._vault))
        text = tr("Bewaartermijn om: %1").replace("%1", str(count))
        self.retention_button.setText(text)
        self.retention_button.setAccessibleName(text)
        self.retention_button.setToolTip(tr("Dossiers over hun bewaartermijn nakijken"))
        self.retention_button.setVisible(count > 0)
        # Nor narrower than this button while it shows (a supervisor's list has fewer columns).
        button_width = self.retention_button.sizeHint().width() + self._margins if count else 0
        self.setMinimumWidth(max(self._columns_width, button_width))
        return count

    def review_retention(self) -> RetentionReviewDialog:
        """Open the (window-modal, non-blocking) review of the dossiers past their term."""
        dialog = RetentionReviewDialog(self._vault, self)
        dialog.finished.connect(lambda _result: self.count_past_term())
        dialog.open()
        return dialog

    def selected_id(self) -> UUID | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, participant_id: UUID, notify: bool = True) -> None:
        row = self.model.row_of(participant_id)
        if row is None:
            return
        self.table.blockSignals(not notify)
        self.table.selectionModel().blockSignals(not notify)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_participant(self) -> NewParticipantDialog:
        """Open the (window-modal, non-blocking) dialog; the new participant is selected after."""
        dialog = NewParticipantDialog(self._vault, self)
        dialog.accepted.connect(lambda: self._added(dialog.created_id))
        dialog.open()
        return dialog

    def _added(self, participant_id: UUID | None) -> None:
        self.search.clear()
        self.phase.setCurrentIndex(0)
        self.refresh()
        if participant_id:
            self.select(participant_id)
