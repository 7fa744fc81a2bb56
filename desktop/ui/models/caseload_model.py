"""The caseload as a table model: roepnaam, phase, next deadline (from vault.participants)."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.vault import ParticipantSummary
from forms.vocab import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def short_date(day: dt.date | None) -> str:
    """The one date format of the screens: dd-mm-jjjj."""
    return day.strftime("%d-%m-%Y") if day else ""


class CaseloadModel(QAbstractTableModel):
    """Read-only rows of ParticipantSummary; `set_rows` replaces them in one reset."""

    def __init__(self, headers: tuple[str, str, str], lang: str = "nl", parent=None):
        super().__init__(parent)
        self._headers, self._lang = headers, lang
        self._rows: list[ParticipantSummary] = []

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.roepnaam, label("phases", row.phase, self._lang), short_date(row.next_deadline))[index.column()]
        return None

    def row_of(self, participant_id: UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), None)

    def id_at(self, row: int) -> UUID:
        return self._rows[row].id
