"""Sociale kaart: the partner organisations of the programme (read-only for a worker: they come
from her supervisor) and her own local ones; a form to add one, reading a spreadsheet of
partners, and for the supervisor: sending the kaart to a worker as a signed bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from pydantic import ValidationError

from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.widgets.folders import last_folder, remember_folder
from desktop.vault import Vault, VaultError, kaart
from desktop.vault.exchange import export_bundle, mark_sent, trusted_keys
from desktop.vault.paths import atomic_write
from forms import KaartEntry, explain
from forms.catalogue import KoersError
from forms.spreadsheet import SpreadsheetError
from forms.vocab import label, vocabulary

COLUMNS = ("kind", "name", "offers", "languages", "contact", "phone", "wait", "whose")


class KaartScreen(QWidget):
    """The kaart as a table, with the add form beside it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Sociale kaart")))
        layout.addWidget(hint(tr("Partnerorganisaties om naar te verwijzen. De kaart van het programma komt van de"
                                 " leidinggevende en verandert alleen daar; eigen adressen voegt u hier toe.")
                              if vault.role != "supervisor" else
                              tr("De kaart van het programma. Stuur hem naar een begeleider als ondertekende,"
                                 " versleutelde bundel; zij leest hem in via Bundel inlezen.")))
        self.table = self._table()
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        holder = QWidget()
        holder.setLayout(self._form())
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)  # on a low screen the form scrolls, the window stays within it
        row.addWidget(scroll, 1)
        layout.addLayout(row, 1)
        self.message = hint("")
        self.error = error_label()
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        if vault.role == "supervisor":
            layout.addLayout(self._send_row())
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setHorizontalHeaderLabels([tr("Soort"), tr("Naam"), tr("Aanbod"), tr("Talen"), tr("Contactpersoon"),
                                         tr("Telefoon"), tr("Wachttijd"), tr("Van")])
        table.setAccessibleName(tr("Partners op de sociale kaart"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 4):  # name, offers, contact share the room; the short columns stay whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        return table

    def _form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(heading(tr("Partner toevoegen") if self._vault.role == "supervisor"
                                 else tr("Eigen partner toevoegen"), "Subtitle"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the table keeps the room
        self.name = QLineEdit(accessibleName=tr("Naam"))
        self.kind = QComboBox(accessibleName=tr("Soort"))
        for term in vocabulary("partner_kinds").values():
            self.kind.addItem(term.label(lang()), term.code)
        self.offers = QLineEdit(accessibleName=tr("Aanbod"))
        self.languages = QLineEdit(accessibleName=tr("Talen"), placeholderText="nl, en, ro")
        self.contact = QLineEdit(accessibleName=tr("Vaste contactpersoon"))
        self.phone = QLineEdit(accessibleName=tr("Telefoon"))
        self.wait = QSpinBox(accessibleName=tr("Gebruikelijke wachttijd (dagen)"), maximum=730, specialValueText="—")
        for text, widget in ((tr("Naam"), self.name), (tr("Soort"), self.kind), (tr("Aanbod"), self.offers),
                             (tr("Talen"), self.languages), (tr("Vaste contactpersoon"), self.contact),
                             (tr("Telefoon"), self.phone), (tr("Wachttijd (dagen)"), self.wait)):
            form.addRow(text, widget)
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.import_button = button(tr("Uit &spreadsheet…"))
        self.import_button.clicked.connect(self.choose_spreadsheet)
        self.add_button = button(tr("&Toevoegen"), primary=True)
        self.add_button.clicked.connect(self.add)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        column.addLayout(buttons)
        column.addStretch()
        return column

    def _send_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.worker = QComboBox(accessibleName=tr("Begeleider"))
        self.send_button = button(tr("Kaart naar begeleider &sturen…"))
        self.send_button.clicked.connect(self.choose_send)
        row.addWidget(self.worker)
        row.addWidget(self.send_button)
        row.addStretch()
        return row

    def reload(self) -> None:
        items = kaart.entries(self._vault)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            e = item.entry
            wait = tr("{n} dagen").format(n=e.waiting_days) if e.waiting_days is not None else ""
            whose = tr("programma") if item.programme else tr("eigen")
            for column, text in enumerate((label("partner_kinds", e.kind, lang()), e.name, e.offers or "",
                                           ", ".join(e.languages), e.contact_person or "", e.phone or "", wait, whose)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self._vault.role == "supervisor":
            self.worker.clear()
            self.worker.addItems([key.name for key in trusted_keys(self._vault, role="begeleider")])
            self.send_button.setEnabled(self.worker.count() > 0)

    def add(self) -> bool:
        try:
            entry = KaartEntry(name=self.name.text(), kind=self.kind.currentData(), offers=self.offers.text() or None,
                               languages=[p.strip().lower() for p in self.languages.text().split(",") if p.strip()],
                               contact_person=self.contact.text() or None, phone=self.phone.text() or None,
                               waiting_days=self.wait.value() or None)
        except ValidationError as error:
            show_error(self.error, explain(error, lang()))
            return False
        added = kaart.add_entries(self._vault, [entry])
        show_error(self.error, [])
        self.message.setText(tr("{name} staat op de kaart.").format(name=entry.name) if added
                             else tr("{name} stond al op de kaart.").format(name=entry.name))
        for field in (self.name, self.offers, self.languages, self.contact, self.phone):
            field.clear()
        self.wait.setValue(0)
        self.reload()
        return bool(added)

    def choose_spreadsheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Spreadsheet met partners"), last_folder(),
                                              tr("Spreadsheet (*.xlsx *.csv)"))
        if path:
            remember_folder(Path(path))
            self.import_spreadsheet(Path(path))

    def import_spreadsheet(self, path: Path) -> None:
        try:
            added = kaart.add_entries(self._vault, kaart.read_file(path.read_bytes()))
        except (KoersError, SpreadsheetError, OSError) as error:
            show_error(self.error, [str(error)])
            return
        show_error(self.error, [])
        self.message.setText(tr("{n} partners toegevoegd.").format(n=added))
        self.reload()

    def choose_send(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Kaart opslaan"), str(Path(last_folder()) / "sociale-kaart.koers"),
                                              tr("Koers-bundel (*.koers)"))
        if path:
            remember_folder(Path(path))
            self.send(Path(path))

    def send(self, path: Path) -> None:
        """Write the bundle for the chosen worker to `path`."""
        try:
            self._vault.refuse_own_path(path)
            export = export_bundle(self._vault, self.worker.currentText())
            atomic_write(path, export.data)
        except (VaultError, OSError) as error:
            show_error(self.error, [str(error)])
            return
        mark_sent(self._vault, export)
        show_error(self.error, [])
        self.message.setText(tr("Kaart met {n} partners versleuteld voor {name}.")
                             .format(n=len(export.sent), name=export.to.name))
