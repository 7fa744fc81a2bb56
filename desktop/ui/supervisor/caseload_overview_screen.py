"""The caseload per worker: participants per phase, goals due, plans awaiting signature and
the self-sufficiency trend; below, the chosen worker's participants in phase order.

The dossiers are loaded and summed off the UI thread (desktop.ui.supervisor.overview);
the screen refreshes after an import or any other change, when it is next shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from uuid import UUID

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.supervisor.models import SORT_ROLE, ParticipantOverviewModel, WorkerOverviewModel
from desktop.ui.supervisor.overview import HORIZON_DAYS, WorkerLine, caseload_by_worker
from desktop.vault.conflicts import conflicts_per_dossier
from desktop.vault.exchange import workers_of
from desktop.vault.supervision import last_bundles
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import Vault
from forms import Dossier

Runner = Callable[..., object]


def cases_with_workers(vault: Vault) -> list[tuple[str, Dossier]]:
    """(worker, whole dossier) for every participant, by the same rule as the report."""
    workers = workers_of(vault)
    return [(workers[p.id], vault.dossier(p.id)) for p in vault.participants()]


def load_overview(vault: Vault, today: dt.date) -> list[WorkerLine]:
    """Every dossier with its worker, summed per worker, with her last bundle and open conflicts.
    Runs off the UI thread."""
    waiting, received = conflicts_per_dossier(vault), last_bundles(vault)
    return [replace(line, last_bundle=received.get(line.worker),
                    participants=[replace(p, conflicts=waiting.get(p.participant_id, 0)) for p in line.participants])
            for line in caseload_by_worker(cases_with_workers(vault), today)]


def _table(model, name: str) -> QTableView:
    """A sortable table (click a column's title) over `model`, through a QSortFilterProxyModel."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # her order (phase, then roepnaam) until she clicks
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # scrolls rather than clips a title
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class CaseloadOverviewScreen(QWidget):
    """Workers on top, the selected worker's participants below; a participant's row opens her
    dossier (read-only): emits `open_dossier(participant id)`."""

    open_dossier = Signal(object)

    def __init__(self, vault: Vault, events=None, runner: Runner = run_in_background,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self._run = vault, runner
        self.lines: list[WorkerLine] = []
        self.loading = False
        self._stale = True
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(tr("Caseload per begeleider")), 1)
        self.refresh_button = button(tr("&Vernieuwen"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.explain = hint("")
        layout.addWidget(self.explain)
        self.error = error_label()
        layout.addWidget(self.error)
        self.worker_model = WorkerOverviewModel(self)
        self.worker_table = _table(self.worker_model, tr("Begeleiders"))
        self.worker_table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._show_worker(self._source_row(self.worker_table, current)))
        self.participant_model = ParticipantOverviewModel(self)
        self.participant_table = _table(self.participant_model, tr("Deelnemers van de gekozen begeleider"))
        self.participant_table.activated.connect(self._participant_chosen)  # Enter or a double click
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.participants_title = heading("", "Subtitle")
        lower_layout.addWidget(self.participants_title)
        lower_layout.addWidget(self.participant_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.worker_table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.empty = QLabel(tr("Nog geen dossiers. Lees eerst een bundel van een begeleider in."))
        self.empty.setObjectName("Hint")
        layout.addWidget(self.empty)
        self._debounce = QTimer(self, singleShot=True, interval=300, timeout=self._refresh_if_shown)
        if events is not None:
            events.changed.connect(lambda _changes: self.mark_stale())

    def mark_stale(self) -> None:
        """Something changed in the vault: refresh now if shown, else when next shown."""
        self._stale = True
        self._debounce.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @property
    def settled(self) -> bool:
        """Loaded, and no further round waiting (what a test waits for before it measures)."""
        return not self.loading and not self._debounce.isActive()

    def refresh(self) -> None:
        """Load and sum every dossier in the background."""
        if self.loading:
            self._debounce.start()  # once more when this round is done
            return
        self.loading, self._stale = True, False
        self.refresh_button.setEnabled(False)
        self.explain.setText(tr("Bezig met laden…"))
        today = dt.date.today()
        vault = self._vault
        self._run(on_own_connection(vault, lambda own: load_overview(own, today)), self._loaded, self._failed)

    def _loaded(self, lines: list[WorkerLine]) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        show_error(self.error, [])
        chosen = self.current_worker()
        self.lines = lines
        self.worker_model.set_rows(lines)
        self._fit_workers()
        self.explain.setText(tr("Peildatum %1. Deadlines: doelen van het huidige plan die nog open staan; 'binnen"
                                " %2 dagen' telt vanaf vandaag.").replace("%1", dt.date.today().strftime("%d-%m-%Y"))
                             .replace("%2", str(HORIZON_DAYS)))
        self.empty.setVisible(not lines)
        names = [line.worker for line in lines]
        self.select_worker(names.index(chosen) if chosen in names else 0)

    def _fit_workers(self) -> None:
        """The workers' table as tall as its rows (up to a third of the screen), the rest for her list."""
        table = self.worker_table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(self.worker_model.rowCount()))
        wanted = min(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 18,
                     max(self.splitter.height() // 3, 120))
        self.splitter.setSizes([wanted, max(self.splitter.height() - wanted, 200)])

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        show_error(self.error, [tr("Het overzicht kon niet worden geladen: %1").replace("%1", type(error).__name__)])

    @staticmethod
    def _source_row(view: QTableView, index) -> int:
        return view.model().mapToSource(index).row() if index.isValid() else -1

    def _participant_chosen(self, index) -> None:
        row = self._source_row(self.participant_table, index)
        if row >= 0:
            self.open_dossier.emit(self.participant_model.id_at(row))

    def participant_id_at(self, shown_row: int) -> UUID:
        """The participant on this row as shown (sorted)."""
        view = self.participant_table
        return self.participant_model.id_at(self._source_row(view, view.model().index(shown_row, 0)))

    def current_worker(self) -> str | None:
        row = self._source_row(self.worker_table, self.worker_table.currentIndex())
        return self.lines[row].worker if 0 <= row < len(self.lines) else None

    def select_worker(self, row: int) -> None:
        if not self.lines:
            self._show_worker(-1)
            return
        index = self.worker_table.model().mapFromSource(self.worker_model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.worker_table.selectionModel().setCurrentIndex(index, flags)
        self._show_worker(row)

    def _show_worker(self, row: int) -> None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        self.participant_model.set_rows(line.participants if line else [])
        self.participants_title.setText(tr("Deelnemers van %1, per fase").replace("%1", line.worker) if line else "")
