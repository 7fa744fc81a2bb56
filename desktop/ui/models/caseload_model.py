"""The caseload as a table model: roepnaam, phase, next deadline (from vault.participants), and
for a supervisor the worker whose caseload each is in; ⚠ marks a dossier with an open conflict."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.ui.i18n import tr
from desktop.vault import ParticipantSummary
from forms.vocab import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b3261e")  # a deadline passed: the same open goals the supervisor's caseload counts
Index = QModelIndex | QPersistentModelIndex


def short_date(day: dt.date | None) -> str:
    """The one date format of the screens: dd-mm-jjjj."""
    return day.strftime("%d-%m-%Y") if day else ""


class CaseloadModel(QAbstractTableModel):
    """Read-only rows of ParticipantSummary; `set_rows` replaces them in one reset."""

    def __init__(self, headers: tuple[str, ...], lang: str = "nl", parent=None):
        super().__init__(parent)
        self._headers, self._lang = headers, lang
        self._rows: list[ParticipantSummary] = []
        self._workers: dict[UUID, str] = {}
        self._marked: set[UUID] = set()

    def set_rows(self, rows: list[ParticipantSummary], workers: dict[UUID, str] | None = None,
                 marked: set[UUID] = frozenset()) -> None:
        """`workers`: whose caseload each is in (a supervisor's 4th column); `marked`: with an open conflict."""
        self.beginResetModel()
        self._rows, self._workers, self._marked = rows, workers or {}, set(marked)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

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
        overdue = index.column() == 2 and row.next_deadline is not None and row.next_deadline < dt.date.today()
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE)
        if overdue and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr("Verstreken: %1").replace("%1", short_date(row.next_deadline))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = f"⚠ {row.roepnaam}" if row.id in self._marked else row.roepnaam
            return (name, label("phases", row.phase, self._lang), short_date(row.next_deadline),
                    self._workers.get(row.id, ""))[index.column()]
        return None

    def row_of(self, participant_id: UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), None)

    def id_at(self, row: int) -> UUID:
        return self._rows[row].id
