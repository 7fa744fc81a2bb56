"""Contacten, Verwijzingen, Toestemming: three logs of one dossier, each a table and a form."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QScrollArea, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)
from pydantic import ValidationError

from desktop.flows.fields import build_record, field_problems, initial_values
from desktop.flows.logs import COMPUTED_COLUMNS, LOG_COLUMNS, LOG_FORMS
from desktop.settings import Settings
from desktop.ui.drafts import DraftAutosaver
from desktop.ui.i18n import lang, tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.widgets.common import Banner, button, heading, list_table, titles_width
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.unsaved import settle, unsaved_mark
from desktop.vault import Vault, VaultError
from forms import DOSSIER_FIELDS, Consent, Record, Referral
from forms.messages import field_label
from forms.sharing import referral_consent
from forms.vocab import label


def two_lines(title: str) -> str:
    """A title of several words over two lines, so narrow columns keep it whole."""
    words = title.split()
    if len(words) < 2:
        return title
    cut = min(range(1, len(words)), key=lambda n: abs(len(" ".join(words[:n])) - len(" ".join(words[n:]))))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


def consent_state(consent: Consent | None, today: dt.date) -> str:
    """Given or withdrawn, said plainly and marked (not by colour alone)."""
    if consent is None:
        return tr("✗ Geen geldige toestemming")
    if consent.withdrawn_on and consent.withdrawn_on <= today:
        return tr("✗ Ingetrokken %1").replace("%1", short_date(consent.withdrawn_on))
    if consent.given_on and consent.given_on > today:
        return tr("Gaat in op %1").replace("%1", short_date(consent.given_on))
    return tr("✓ Gegeven %1").replace("%1", short_date(consent.given_on)).strip()


def _referral_consent(referral: Referral, consents: list[Consent], today: dt.date) -> Consent | None:
    """The consent a referral went with (even if withdrawn since), or one that would let it go."""
    linked = next((c for c in consents if c.id == referral.consent_id), None)
    return linked or referral_consent(referral, consents, today)


class RecordTableModel(QAbstractTableModel):
    """Records of one kind, newest first, in the log's columns."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind, self.records, self.consents = kind, [], []
        self._specs = {spec.name: spec for spec in LOG_FORMS[kind][1]}

    def set_records(self, records: list[Record], consents: list[Consent] = ()) -> None:
        self.beginResetModel()
        self.records = sorted(records, key=lambda r: (self._day(r), r.updated_at), reverse=True)
        self.consents = list(consents)
        self.endResetModel()

    def _computed(self, name: str, record: Record) -> str:
        today = dt.date.today()
        if name == "state":
            return consent_state(record, today)
        return consent_state(_referral_consent(record, self.consents, today), today)

    @staticmethod
    def _day(record: Record):
        return getattr(record, "date", None) or getattr(record, "given_on", None) or getattr(
            record, "sent_on", None) or getattr(record, "waiting_since", None) or record.updated_at.date()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(LOG_COLUMNS[self.kind])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            name = LOG_COLUMNS[self.kind][section]
            if name in COMPUTED_COLUMNS:
                return tr("Stand") if name == "state" else tr("Toestemming")
            return two_lines(field_label(name, lang()))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = LOG_COLUMNS[self.kind][index.column()]
        if name in COMPUTED_COLUMNS:
            return self._computed(name, self.records[index.row()])
        record = self.records[index.row()]
        value, spec = getattr(record, name), self._specs[name]
        if self.kind == "consent" and name == "purpose" and record.recipient:
            return f"{label(spec.vocab, value, lang())}: {record.recipient}"
        if spec.kind == "choice":
            return label(spec.vocab, value, lang())
        if spec.kind == "date":
            return short_date(value)
        text = "" if value is None else str(value)
        return text if role == Qt.ItemDataRole.ToolTipRole or len(text) < 60 else text[:57] + "…"


class RecordLogTab(QWidget):
    """A table of one kind of record and a form to add one or edit the selected one.

    Typing marks the form unsaved; choosing another row or 'Nieuw' asks first.
    """

    unsaved_changed = Signal(bool)

    def __init__(self, vault: Vault, participant_id: UUID, kind: str, settings: Settings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self.participant_id, self.kind = vault, participant_id, kind
        self._cls, self._specs = LOG_FORMS[kind]
        self.editing: Record | None = None
        self.dirty = False
        self.model = RecordTableModel(kind, self)
        self.table = self._table()
        self.form = FieldForm(self._specs)
        self.form.edited.connect(lambda *_: (self.autosaver.touched(), self._set_dirty(True)))
        interval = (settings or Settings()).autosave_seconds
        self.autosaver = DraftAutosaver(vault, f"{kind}:{participant_id}", self._draft_json, interval, self)
        self.banner = Banner()
        self._build_layout()
        self.reload()
        self._restore_draft()

    def _table(self) -> QTableView:
        table = list_table(self.model, tr("Lijst"))
        specs = {spec.name: spec for spec in self._specs}
        for column, name in enumerate(LOG_COLUMNS[self.kind]):  # words share the room dates leave
            free = name in COMPUTED_COLUMNS or specs[name].kind in ("text", "long", "choice")
            mode = QHeaderView.ResizeMode.Stretch if free else QHeaderView.ResizeMode.ResizeToContents
            table.horizontalHeader().setSectionResizeMode(column, mode)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Consent purposes are long ("Delen met een ketenpartner"): they wrap, whole.
        table.setWordWrap(self.kind == "consent")
        if self.kind == "consent":
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().currentRowChanged.connect(self._row_chosen)
        return table

    def _build_layout(self) -> None:
        self.new_button = button(tr("Nie&uw"), shortcut="Ctrl+Shift+N")
        self.save_button = button(tr("&Opslaan"), primary=True, shortcut="Ctrl+S")
        self.new_button.clicked.connect(lambda: self._may_leave() and self.new())
        self.save_button.clicked.connect(self.save)
        self.unsaved = unsaved_mark()
        self.form_title = heading("", "Subtitle")
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)  # in a long language on a small screen the form scrolls sideways, never clips
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.form_title)
        for widget in self._above_form():
            column.addWidget(widget)
        column.addWidget(scroll, 1)
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.unsaved)
        bar.addWidget(self.new_button)
        bar.addWidget(self.save_button)
        column.addLayout(bar)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([480, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _above_form(self) -> list[QWidget]:
        """Widgets a log puts above its form (the referral log: the partner from the sociale kaart)."""
        return []

    def _completed(self, record: Record) -> Record:
        """The record as the form built it, completed with what the form does not hold."""
        return record

    def reload(self) -> None:
        dossier = self._vault.dossier(self.participant_id)
        self.model.set_records(getattr(dossier, DOSSIER_FIELDS[self.kind]), dossier.consents)
        self.table.setMinimumWidth(titles_width(self.table))  # free text shares the room, titles stay whole
        if self.editing is None and not self.dirty:  # a form she is typing in stays as it is
            self.new()

    # --- unsaved work ------------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        self.unsaved.setVisible(dirty)
        if dirty != self.dirty:
            self.dirty = dirty
            self.unsaved_changed.emit(dirty)

    def has_unsaved(self) -> bool:
        return self.dirty

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self.autosaver.saved()
        self.banner.setVisible(False)
        self.new()

    def _may_leave(self) -> bool:
        return settle(self, self._title())

    def _row_chosen(self, current, previous) -> None:
        if not current.isValid() or (self.editing is not None and current.row() < len(self.model.records)
                                     and self.model.records[current.row()].id == self.editing.id):
            return
        if self._may_leave():
            self.edit(current.row())
        else:  # she stays with what she typed
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(previous)
            self.table.selectionModel().blockSignals(False)

    def new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form.set_values(initial_values(self._specs, None) | self._defaults())
        self.form.show_problems({})
        self.form_title.setText(tr("Nieuw: {what}").format(what=self._title()))
        self._set_dirty(False)

    def _title(self) -> str:
        return {"contact": tr("Contact"), "referral": tr("Verwijzing"), "consent": tr("Toestemming")}[self.kind]

    def _defaults(self) -> dict[str, Any]:
        return {"status": "voorbereid"} if self.kind == "referral" else {}  # sent once she consents

    def edit(self, row: int) -> None:
        self.editing = self.model.records[row]
        self.form.set_values(initial_values(self._specs, self.editing))
        self.form.show_problems({})
        self.form_title.setText(tr("Wijzigen: {what}").format(what=self._title()))
        self._set_dirty(False)

    def save(self) -> bool:
        try:
            record = build_record(self._cls, self._specs, self.form.values(), self.editing, self.participant_id)
        except ValidationError as error:
            problems = field_problems(error, lang())
            self.form.show_problems(problems)
            self.form.focus_first_problem(problems)
            return False
        try:
            self._vault.save(self._completed(record))
        except VaultError as error:  # e.g. a referral marked as sent without her consent
            self.banner.show_message(str(error))
            return False
        self.autosaver.saved()
        self.banner.setVisible(False)
        self.editing = None
        self.reload()
        return True

    # --- drafts ----------------------------------------------------------------------
    def _draft_json(self) -> str:
        return json.dumps({"version": 1, "form": self.kind, "editing": str(self.editing.id) if self.editing else None,
                           "values": self.form.values()}, ensure_ascii=False)

    def _restore_draft(self) -> None:
        draft = self.autosaver.stored()
        if not draft:
            return
        data = json.loads(draft)
        editing = next((r for r in self.model.records if str(r.id) == data.get("editing")), None)
        self.editing = editing
        self.form.set_values(data.get("values", {}))
        self._set_dirty(True)
        self.banner.show_message(tr("Niet-opgeslagen concept teruggezet. Kies Opslaan om het te bewaren."))

    def flush_draft(self) -> None:
        self.autosaver.flush()


def contacts_tab(vault: Vault, participant_id: UUID, settings: Settings | None = None) -> RecordLogTab:
    return RecordLogTab(vault, participant_id, "contact", settings)


def referrals_tab(vault: Vault, participant_id: UUID, settings: Settings | None = None) -> RecordLogTab:
    from desktop.ui.referral_tab import ReferralTab  # it builds on this module's RecordLogTab

    return ReferralTab(vault, participant_id, settings)


def consent_tab(vault: Vault, participant_id: UUID, settings: Settings | None = None) -> RecordLogTab:
    return RecordLogTab(vault, participant_id, "consent", settings)
