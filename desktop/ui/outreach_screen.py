"""Veldwerk: outreach contacts without a dossier (issue 14 §4) — a list, newest first, and a
form to add one or change the chosen one. Nothing in it names anyone: codes and counts only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QScrollArea, QSplitter, QVBoxLayout, QWidget
from pydantic import ValidationError

from desktop.flows.fields import FieldSpec, build_record, field_problems, initial_values
from desktop.ui.i18n import lang, tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.widgets.common import Banner, button, heading, hint, list_table, titles_width
from desktop.ui.widgets.field_form import FieldForm
from desktop.vault import Vault, VaultError, outreach
from forms.outreach import OutreachContact
from forms.vocab import label

SPECS = (
    FieldSpec("date", "date"),
    FieldSpec("place", "choice", "outreach_places"),
    FieldSpec("people", "int"),
    FieldSpec("asked_to_start", "int"),
    FieldSpec("topics", "multi", "outreach_topics"),
    FieldSpec("offered", "multi", "outreach_offers"),
    FieldSpec("languages", "codes"),
)


class OutreachModel(QAbstractTableModel):
    """The contacts in the list's columns: date, place or channel, people, asked to start, topics."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.contacts: list[OutreachContact] = []

    def set_contacts(self, contacts: list[OutreachContact]) -> None:
        self.beginResetModel()
        self.contacts = list(contacts)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (tr("Datum"), tr("Plaats of kanaal"), tr("Mensen"), tr("Aanmelden"), tr("Onderwerpen"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.contacts[index.row()]
        return (short_date(c.date), label("outreach_places", c.place, lang()), str(c.people), str(c.asked_to_start),
                ", ".join(label("outreach_topics", t, lang()) for t in c.topics))[index.column()]


class OutreachScreen(QWidget):
    """The list beside the form; a form with a mistake keeps what was typed and says what is wrong."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.editing: OutreachContact | None = None
        self.model = OutreachModel(self)
        self.table = list_table(self.model, tr("Veldwerkcontacten"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a chosen row, not the current one: focus entering the list must not open its first contact
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)
        self.form = FieldForm(SPECS)
        self.banner = Banner()
        self.message = hint("")
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        self.new_button = button(tr("Nie&uw contact"))
        self.save_button = button(tr("&Opslaan"), primary=True)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.form_title = heading("", "Subtitle")
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)  # on a low screen the form scrolls; the window stays within it
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form_title)
        column.addWidget(scroll, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.save_button)
        column.addLayout(bar)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([460, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Veldwerk")))
        layout.addWidget(hint(tr("Contacten zonder dossier: veldwerk langs ramen en clubs, online, aan de telefoon of"
                                 " bij de inloop. Alleen aantallen en keuzes, geen namen: ze gaan mee naar de"
                                 " leidinggevende en tellen in de rapportage (Bereik).")))
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        self.model.set_contacts(outreach.contacts(self._vault, own_only=True))
        self.table.setMinimumWidth(titles_width(self.table))  # the topics share the room, titles stay whole
        if self.editing is None:
            self.new()

    def _row_chosen(self, *_selection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.edit(rows[0].row())

    def new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form.set_values(initial_values(SPECS, None) | {"date": dt.date.today().strftime("%d-%m-%Y"),
                                                           "asked_to_start": "0"})
        self.form.show_problems({})
        self.form_title.setText(tr("Nieuw veldwerkcontact"))

    def edit(self, row: int) -> None:
        self.editing = self.model.contacts[row]
        self.form.set_values(initial_values(SPECS, self.editing))
        self.form.show_problems({})
        self.form_title.setText(tr("Veldwerkcontact wijzigen"))
        self.message.setText("")

    def save(self) -> bool:
        """Store the form; on a mistake every typed value stays and the fields say what is wrong."""
        try:
            contact = build_record(OutreachContact, SPECS, self.form.values(), self.editing)
        except ValidationError as error:
            problems = field_problems(error, lang())
            self.form.show_problems(problems)
            self.form.focus_first_problem(problems)
            return False
        try:
            outreach.save(self._vault, contact)
        except VaultError as error:
            self.banner.show_message(str(error))
            return False
        self.banner.setVisible(False)
        self.message.setText(tr("Opgeslagen: {n} mensen, {place}.").format(
            n=contact.people, place=label("outreach_places", contact.place, lang())))
        self.editing = None
        self.reload()
        return True


__all__ = ["OutreachModel", "OutreachScreen"]
