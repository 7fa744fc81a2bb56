"""Read-only table models of the supervisor screens: workers, their participants, conflicts
and the figures of one report table. Each is a list of rows and a function from a row to
its cells; `set_rows` replaces everything in one reset."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.ui.i18n import lang, tr
from desktop.ui.supervisor.overview import ParticipantLine, WorkerLine
from exports.report.figures import Figure
from exports.report.suppression import NOT_COMPUTED, PRIMARY_MARK, SECONDARY_MARK
from forms import PHASES
from forms.vocab import label

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a QSortFilterProxyModel sorts a column on


def decimal(value: float, signed: bool = False) -> str:
    """One decimal, with a comma in Dutch."""
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    return text if lang() == "en" else text.replace(".", ",")


def trend_text(first: float | None, last: float | None) -> str:
    """'2,6 → 3,4 (+0,8)', or '' without two assessments."""
    if first is None or last is None:
        return ""
    return f"{decimal(first)} → {decimal(last)} ({decimal(last - first, signed=True)})"


class RowsModel(QAbstractTableModel):
    """Rows of any type; `cells(row)` gives the shown texts; columns from `numeric` align right."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]],
                 numeric: Sequence[int] = (), parent=None, sort_keys: Callable[[Any], Sequence[Any]] | None = None):
        super().__init__(parent)
        self._headers, self._cells, self._numeric = list(headers), cells, set(numeric)
        self._sort_keys = sort_keys or cells  # numbers sort as numbers, not as text
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._numeric:
            return int(RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(RIGHT)
        if role == SORT_ROLE:
            return self._sort_keys(row)[index.column()]
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Other roles (tooltips, fonts) for subclasses."""
        return None


def _count(n: int) -> str:
    return str(n) if n else "–"  # a dash reads calmer than a column of zeros


# --- caseload overview ---------------------------------------------------------------
# Two-line headers keep the columns readable at 1280 pixels wide. What asks for her attention
# comes first, beside the name; the phases and the trend follow (they scroll into view).
def worker_headers() -> list[str]:
    return ([tr("Begeleider"), tr("Deelnemers"), tr("Deadline\nverstreken"), tr("Deadline\nbinnen 30 dagen"),
             tr("Plan wacht op\nhandtekening"), tr("Verwijzing\nwacht lang"), tr("Open\nconflicten"),
             tr("Laatste bundel\nontvangen")] + [label("phases", p, lang()) for p in PHASES]
            + [tr("Zelfredzaamheid\n(gem. verandering)")])


def _worker_cells(line: WorkerLine) -> list[str]:
    up, same, down = line.zrm_counts()
    change = line.zrm_mean_change
    trend = "" if change is None else f"{decimal(change, signed=True)}  (↑{up} ={same} ↓{down})"
    received = short_datetime(line.last_bundle) if line.last_bundle else tr("nog geen")
    return ([line.worker, str(len(line.participants)), _count(line.goals_overdue), _count(line.goals_due),
             _count(line.plans_awaiting), _count(line.referrals_waiting_long), _count(line.conflicts), received]
            + [_count(line.in_phase(p)) for p in PHASES] + [trend])


def _worker_sort(line: WorkerLine) -> list[Any]:
    received = line.last_bundle.isoformat() if line.last_bundle else ""
    return ([line.worker.casefold(), len(line.participants), line.goals_overdue, line.goals_due,
             line.plans_awaiting, line.referrals_waiting_long, line.conflicts, received]
            + [line.in_phase(p) for p in PHASES]
            + [line.zrm_mean_change if line.zrm_mean_change is not None else -99.0])


class WorkerOverviewModel(RowsModel):
    """One row per worker (WorkerLine)."""

    def __init__(self, parent=None):
        super().__init__(worker_headers(), _worker_cells, numeric=(1, 2, 3, 4, 5, 6, *range(8, 8 + len(PHASES))),
                         parent=parent, sort_keys=_worker_sort)

    def extra(self, row: WorkerLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return tr("Verwijzingen die nog op de intake bij de partner wachten, langer dan de mediane wachttijd"
                      " bij dat soort partner (of 30 dagen als die nog niet bekend is)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 8 + len(PHASES):
            return tr("Gemiddelde verandering van het zelfredzaamheidsniveau tussen de eerste en de laatste meting;"
                      " ↑ vooruit, = gelijk, ↓ achteruit (aantal deelnemers)")
        return None


def _participant_cells(line: ParticipantLine) -> list[str]:
    return [line.roepnaam, label("phases", line.phase, lang()) if line.phase else "",
            _count(line.goals_overdue), _count(line.goals_due), tr("ja") if line.plan_awaiting else "",
            tr("⚠ conflict") if line.conflicts else "", trend_text(line.zrm_first, line.zrm_last)]


def _participant_sort(line: ParticipantLine) -> list[Any]:
    phase = PHASES.index(line.phase) if line.phase in PHASES else len(PHASES)
    return [line.roepnaam.casefold(), phase, line.goals_overdue, line.goals_due, int(line.plan_awaiting),
            line.conflicts, line.zrm_change if line.zrm_change is not None else -99.0]


class ParticipantOverviewModel(RowsModel):
    """The participants of one worker (ParticipantLine), in phase order."""

    def __init__(self, parent=None):
        headers = [tr("Roepnaam"), tr("Fase"), tr("Deadline\nverstreken"), tr("Deadline\nbinnen 30 dagen"),
                   tr("Plan wacht op\nhandtekening"), tr("Conflict"), tr("Zelfredzaamheid\n(eerste → laatste)")]
        super().__init__(headers, _participant_cells, numeric=(2, 3), parent=parent, sort_keys=_participant_sort)

    def id_at(self, row: int) -> UUID:
        return self.row(row).participant_id


# --- import: conflicts ---------------------------------------------------------------
def kind_label(kind: str) -> str:
    """A record kind in words."""
    words = {"participant": tr("Deelnemer"), "aanmelding": tr("Aanmelding"), "intake": tr("Intake"),
             "consent": tr("Toestemming"), "contact": tr("Contact"), "referral": tr("Verwijzing"),
             "phase": tr("Fasewijziging"), "assessment": tr("Zelfredzaamheidsmeting"),
             "plan": tr("Trajectplan"), "evaluation": tr("Evaluatie"),
             "supervisor_note": tr("Notitie van de supervisor")}
    return words.get(kind, kind)


def short_datetime(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d-%m-%Y %H:%M")


class ConflictModel(RowsModel):
    """Rows of (kind, roepnaam, sender, received_at, incoming rev, from this import?)."""

    def __init__(self, parent=None):
        headers = [tr("Soort gegeven"), tr("Deelnemer"), tr("Van"), tr("Versie"), tr("Ontvangen")]
        super().__init__(headers, lambda r: [kind_label(r[0]), r[1], r[2], str(r[4]), short_datetime(r[3])],
                         numeric=(3,), parent=parent)

    def extra(self, row: tuple, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row[5]:
            font = QFont()
            font.setBold(True)  # the conflicts this import added
            return font
        return None


# --- report --------------------------------------------------------------------------
class FigureModel(RowsModel):
    """The figures of one report table: category, count (or '<5' / 'x' / '.'), percent, and
    per begeleider her count, when the report is grouped by worker."""

    def __init__(self, parent=None):
        super().__init__([tr("Categorie"), tr("Aantal"), "%"], lambda f: [f.category, f.shown, f.percent_shown, *f.workers],
                         numeric=(1, 2), parent=parent)

    def set_figures(self, figures: Sequence[Figure], workers: Sequence[str]) -> None:
        """The rows, and a column per begeleider when the table has hers (Programma beside them)."""
        workers = list(workers) if figures and figures[0].workers else []
        self._headers = [tr("Categorie"), tr("Programma") if workers else tr("Aantal"), "%", *workers]
        self._numeric = set(range(1, len(self._headers)))
        self.set_rows(figures)

    def extra(self, row: Figure, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column >= 1:
            shown = self._cells(row)[column]
            if shown == NOT_COMPUTED:
                return tr("Geen cijfer: niet te berekenen (bijvoorbeeld een mediaan over minder dan 5 mensen) of niet ingevuld")
            if shown == PRIMARY_MARK:
                return tr("Een klein aantal (1 tot 4): weggelaten zodat niemand herkenbaar is")
            if shown == SECONDARY_MARK:
                return tr("Weggelaten zodat een klein aantal niet uit een totaal af te leiden is")
        if role == Qt.ItemDataRole.FontRole and not row.chart and row.is_count:
            font = QFont()
            font.setBold(True)  # totals and subtotals (text rows such as the median stay plain)
            return font
        return None
