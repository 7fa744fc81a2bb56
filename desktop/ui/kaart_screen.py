"""Sociale kaart: the partner organisations of the programme (read-only for a worker: they come
from her supervisor) and her own local ones; a form to add one, or to change or remove one of
her own (chosen in the table), reading a spreadsheet of partners, and for the supervisor:
sending the kaart to a worker as a signed bundle."""

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
        self._items: list[kaart.KaartItem] = []
        self.editing: KaartEntry | None = None  # one of this vault's own, chosen in the table
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
        self._show_editing(None)  # only now: shown before they have a parent, its buttons would open as windows
        self.message = hint("")
        self.error = error_label()
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        if vault.role == "supervisor":
            layout.addLayout(self._send_row())
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setHorizontalHeaderLabels([tr("Soort"), tr("Naam"), tr("Aanbod"), tr("Talen"), tr("Contact"),
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
        table.itemSelectionChanged.connect(self._row_chosen)
        return table

    def _form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.form_title = heading("", "Subtitle")
        self.form_title.setWordWrap(True)
        column.addWidget(self.form_title)
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
        buttons = QVBoxLayout()  # one above the other: the form column is narrow
        self.import_button = button(tr("Uit &spreadsheet…"))
        self.import_button.clicked.connect(self.choose_spreadsheet)
        self.add_button = button(tr("&Toevoegen"), primary=True)
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(buttons)
        # Changing one of her own: save or take it off the kaart, or stop and add a new one.
        self.change_buttons = QWidget()
        changing = QVBoxLayout(self.change_buttons)  # one above the other: the form column is narrow
        changing.setContentsMargins(0, 0, 0, 0)
        self.new_button = button(tr("&Nieuw"))
        self.new_button.clicked.connect(self.stop_editing)
        self.remove_button = button(tr("&Van de kaart halen"))
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button(tr("Wijziging &opslaan"), primary=True)
        self.save_button.clicked.connect(self.save_change)
        for widget in (self.save_button, self.remove_button, self.new_button):
            changing.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.change_buttons)
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
        items = self._items = kaart.entries(self._vault)
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            e = item.entry
            wait = tr("{n} dagen").format(n=e.waiting_days) if e.waiting_days is not None else ""
            whose = tr("programma") if item.programme else tr("eigen")
            for column, text in enumerate((label("partner_kinds", e.kind, lang()), e.name, e.offers or "",
                                           ", ".join(e.languages), e.contact_person or "", e.phone or "", wait, whose)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.clearSelection()
        self.table.blockSignals(False)
        if self._vault.role == "supervisor":
            self.worker.clear()
            self.worker.addItems([key.name for key in trusted_keys(self._vault, role="begeleider")])
            self.send_button.setEnabled(self.worker.count() > 0)

    # --- adding, changing, removing -------------------------------------------------------
    def _entry(self, base: KaartEntry | None = None) -> KaartEntry | None:
        """The form as an entry (a change of `base` keeps its id), or None with the problems shown."""
        fields = dict(name=self.name.text(), kind=self.kind.currentData(), offers=self.offers.text() or None,
                      languages=[p.strip().lower() for p in self.languages.text().split(",") if p.strip()],
                      contact_person=self.contact.text() or None, phone=self.phone.text() or None,
                      waiting_days=self.wait.value() or None)
        try:
            return KaartEntry.model_validate((base.model_dump() if base else {}) | fields)
        except ValidationError as error:
            show_error(self.error, explain(error, lang()))
            return None

    def add(self) -> bool:
        entry = self._entry()
        if entry is None:
            return False
        added = kaart.add_entries(self._vault, [entry])
        self._done(tr("{name} staat op de kaart.").format(name=entry.name) if added
                   else tr("{name} stond al op de kaart.").format(name=entry.name))
        return bool(added)

    def save_change(self) -> bool:
        entry = self._entry(self.editing) if self.editing else None
        return entry is not None and self._change(entry, tr("{name} is gewijzigd.").format(name=entry.name))

    def remove(self) -> bool:
        """Take the chosen entry off the kaart (kept, retired, for the referrals that name it)."""
        entry = self.editing
        return entry is not None and self._change(entry.model_copy(update={"retired": True}),
                                                  tr("{name} staat niet meer op de kaart.").format(name=entry.name))

    def _change(self, entry: KaartEntry, done: str) -> bool:
        try:
            kaart.change_entry(self._vault, entry)
        except (KoersError, VaultError) as error:
            show_error(self.error, [str(error)])
            return False
        self._done(done)
        return True

    def _done(self, message: str) -> None:
        show_error(self.error, [])
        self.message.setText(message)
        self.stop_editing()
        self.reload()

    def _row_chosen(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        item = self._items[rows.pop()] if len(rows) == 1 else None
        if item is not None and not item.mine:
            self.message.setText(tr("{name} is van de kaart van het programma; alleen de leidinggevende wijzigt"
                                    " die.").format(name=item.entry.name))
        self._show_editing(item.entry if item is not None and item.mine else None)

    def stop_editing(self) -> None:
        self.table.clearSelection()
        self._show_editing(None)

    def _show_editing(self, entry: KaartEntry | None) -> None:
        """Fill the form with `entry` to change it, or empty it for a new one."""
        self.editing = entry
        self.form_title.setText(tr("Partner wijzigen") if entry else tr("Partner toevoegen")
                                if self._vault.role == "supervisor" else tr("Eigen partner toevoegen"))
        for field, value in ((self.name, entry and entry.name), (self.offers, entry and entry.offers),
                             (self.languages, entry and ", ".join(entry.languages)),
                             (self.contact, entry and entry.contact_person), (self.phone, entry and entry.phone)):
            field.setText(value or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)) if entry else 0)
        self.wait.setValue((entry and entry.waiting_days) or 0)
        self.add_button.setVisible(entry is None)
        self.import_button.setVisible(entry is None)
        self.change_buttons.setVisible(entry is not None)

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
