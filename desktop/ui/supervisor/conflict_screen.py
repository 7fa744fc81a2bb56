"""Conflicten: every open conflict, both versions field by field with the differences marked,
who sent each and when; she keeps one version, or per field the one she ticks (the newer one
ticked to begin with). The choice is logged and goes back to the owner as a supervisor note
(desktop.vault.conflicts). Read from the vault each time it is shown: open conflicts survive
locking, restarting and a language switch."""

from __future__ import annotations

import json
from uuid import UUID

from babel import Locale
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.ui.i18n import lang, tr
from desktop.ui.supervisor.models import RowsModel, kind_label, short_datetime
from desktop.ui.widgets.common import button, heading, hint, list_table
from desktop.vault import Vault
from desktop.vault.conflicts import OpenConflict, open_conflicts, resolve
from forms.messages import field_label
from forms.vocab import label, vocabulary_of

LANGUAGES, LANGUAGE_FIELDS = "languages", {"languages", "preferred_language", "goals_language"}
DIFFERENT = QColor("#fff1b8")  # the yellow of the banners: a field that differs


def _shown(value: object, vocab: str | None = None) -> str:
    """A field's value as she reads it: a code by its label, a list of codes as a list."""
    if value is None or value == [] or value == {}:
        return "—"
    if vocab and isinstance(value, str):
        return _code(vocab, value)
    if vocab and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(_code(vocab, v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)[:300]
    return str(value)


def _code(vocab: str, code: str) -> str:
    if vocab == LANGUAGES:  # ISO 639 codes, named by Babel (CLDR) in her language
        return Locale.parse(lang()).languages.get(code, code)
    return label(vocab, code, lang())


def _field(record_type: type, name: str) -> tuple[str, str | None]:
    """The field's name in her language, and its vocabulary (None for free text and numbers)."""
    info = record_type.model_fields.get(name)
    shown = field_label(name, lang())
    vocab = LANGUAGES if name in LANGUAGE_FIELDS else vocabulary_of(info.annotation) if info else None
    return (shown.replace("_", " ") if shown == name else shown), vocab


def _side(version, where: str) -> str:
    when = short_datetime(version.received_at) if version.received_at else "?"
    return tr("%1: van %2, ontvangen %3").replace("%1", where).replace("%2", version.sender).replace("%3", when)


class ConflictScreen(QWidget):
    """The list on the left, the chosen conflict on the right. Emits `resolved(participant id)`."""

    resolved = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.conflicts: list[OpenConflict] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Conflicten")))
        layout.addWidget(hint(tr("Van deze gegevens zijn twee versies binnengekomen. Vergelijk ze en kies welke"
                                 " geldt; je keuze gaat met de volgende bundel terug naar de begeleider.")))
        self.model = RowsModel([tr("Deelnemer"), tr("Soort gegeven"), tr("Van"), tr("Ontvangen")],
                               lambda c: [c.roepnaam, kind_label(c.kind), c.incoming.sender,
                                          short_datetime(c.incoming.received_at)])
        self.list = list_table(self.model, tr("Open conflicten"))
        self.list.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_conflict(current.row()))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self._details())
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 900])
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(splitter, 1)
        self.status = QLabel(wordWrap=True)
        layout.addWidget(self.status)
        self.reload()

    def _details(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.title = heading("", "Subtitle")
        box.addWidget(self.title)
        self.sides = QLabel(wordWrap=True)  # who sent each version, and when
        box.addWidget(self.sides)
        self.fields = QTableWidget(0, 4)
        self.fields.setAccessibleName(tr("Beide versies, veld voor veld"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.fields, 1)
        box.addWidget(hint(tr("Geel: verschilt. Aangevinkt: die waarde uit de bundel houden (eerst aangevinkt waar"
                              " de bundel de nieuwste versie heeft).")))
        row = QHBoxLayout()
        self.keep_here = button(tr("Versie van &hier houden"))
        self.keep_bundle = button(tr("Versie uit de &bundel houden"))
        self.keep_fields = button(tr("&Per veld houden zoals aangevinkt"), primary=True)
        self.keep_here.clicked.connect(lambda: self.choose("hier"))
        self.keep_bundle.clicked.connect(lambda: self.choose("bundel"))
        self.keep_fields.clicked.connect(lambda: self.choose("per_veld"))
        for widget in (self.keep_here, self.keep_bundle, self.keep_fields):
            row.addWidget(widget)
        row.addStretch(1)
        box.addLayout(row)
        return page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()

    def reload(self, participant_id: UUID | None = None) -> None:
        """Read the open conflicts again; show the first (of `participant_id`, when given)."""
        chosen = self.current()
        self.conflicts = open_conflicts(self._vault)
        self.model.set_rows(self.conflicts)
        keys = [(c.record_id, c.digest) for c in self.conflicts]
        wanted = next((i for i, c in enumerate(self.conflicts) if c.participant_id == participant_id), None)
        if wanted is None and chosen is not None and (chosen.record_id, chosen.digest) in keys:
            wanted = keys.index((chosen.record_id, chosen.digest))
        self.list.selectRow(wanted or 0)
        self.show_conflict(wanted or 0)

    def current(self) -> OpenConflict | None:
        row = self.list.currentIndex().row() if hasattr(self, "list") else -1
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def show_conflict(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for widget in (self.keep_here, self.keep_bundle, self.keep_fields):
            widget.setEnabled(conflict is not None)
        self.fields.setRowCount(0)
        if conflict is None:
            self.title.setText(tr("Geen open conflicten."))
            self.sides.setText("")
            return
        self.title.setText(f"{conflict.roepnaam} — {kind_label(conflict.kind)}")
        here, bundle = tr("Hier"), tr("Uit de bundel")
        self.sides.setText(_side(conflict.here, here) + "\n" + _side(conflict.incoming, bundle))
        self.fields.setHorizontalHeaderLabels([tr("Veld"), here, bundle, tr("Bundel houden")])
        newer = conflict.newer_side()
        fields = sorted(conflict.fields(), key=lambda f: f[1] == f[2])  # what differs first
        for name, mine, theirs in fields:
            self._add_field(name, mine, theirs, newer, type(conflict.here.record))

    def _add_field(self, name: str, mine: object, theirs: object, newer: str, record_type: type) -> None:
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        differs = mine != theirs
        shown, vocab = _field(record_type, name)
        for column, text in enumerate((shown, _shown(mine, vocab), _shown(theirs, vocab))):
            item = QTableWidgetItem(text)
            if differs:
                item.setBackground(QBrush(DIFFERENT))
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            self.fields.setItem(row, column, item)
        pick = QTableWidgetItem()
        pick.setData(Qt.ItemDataRole.UserRole, name)
        if differs:
            pick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            pick.setCheckState(Qt.CheckState.Checked if newer == "bundel" else Qt.CheckState.Unchecked)
        else:
            pick.setFlags(Qt.ItemFlag.NoItemFlags)
        self.fields.setItem(row, 3, pick)

    def ticked(self) -> dict[str, str]:
        """Field -> side, for each field that differs, as ticked."""
        found = {}
        for row in range(self.fields.rowCount()):
            item = self.fields.item(row, 3)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                found[item.data(Qt.ItemDataRole.UserRole)] = \
                    "bundel" if item.checkState() == Qt.CheckState.Checked else "hier"
        return found

    def choose(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        resolve(self._vault, conflict, keep, self.ticked() if keep == "per_veld" else None)
        self.status.setText(tr("Opgelost: %1. Je keuze gaat met de volgende bundel terug naar %2.")
                            .replace("%1", conflict.roepnaam).replace("%2", conflict.incoming.sender))
        self.reload()
        self.resolved.emit(conflict.participant_id)
