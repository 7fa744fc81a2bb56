"""The anonymised monitoring report for a period: pick the dates, see every table, save it
as CSV or PDF. The figures are exports.report's (small counts shown as "<5"); this screen
shows the vault's preview and saves what the vault produces (which enters the report in its
register, desktop.vault.reporting), all slow work off the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QProgressBar, QSpinBox, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.vault.paths import atomic_write
from desktop.ui.i18n import lang, tr
from desktop.ui.supervisor.models import FigureModel
from desktop.ui.widgets.common import button, error_label, heading, hint, show_error
from desktop.ui.worker import on_own_connection, run_in_background
from desktop.vault import Vault
from desktop.vault.exchange import workers_of
from desktop.vault.reporting import expected_for, preview_report, produce_report, set_expected
from exports.report import to_xlsx
from exports.report.csv_file import to_csv
from exports.report.figures import Report
from exports.report.words import word

Runner = Callable[..., object]


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """From the first of January to today: the period most reports ask for so far."""
    return dt.date(today.year, 1, 1), today


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(name)
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class ReportScreen(QWidget):
    """Period picker, the report's tables, and 'Opslaan als CSV' / 'Opslaan als PDF'.
    With `own_caseload` it is a worker's 'Mijn cijfers': her own dossiers only, no split by worker."""

    def __init__(self, vault: Vault, runner: Runner = run_in_background, parent: QWidget | None = None,
                 own_caseload: bool = False):
        super().__init__(parent)
        self._vault, self._run, self.own_caseload = vault, runner, own_caseload
        self.report: Report | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Mijn cijfers") if own_caseload else tr("Monitoringsrapportage")))
        if own_caseload:
            layout.addWidget(hint(tr("Alleen de deelnemers in je eigen caseload.")))
        layout.addWidget(hint(word("anonymous", lang())))
        layout.addLayout(self._build_period())
        self.by_worker.setVisible(not own_caseload)
        self.expected_box = self._build_expected()
        self.expected_box.setVisible(not own_caseload)
        layout.addWidget(self.expected_box)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the figures come in one step: a busy bar, not a percentage
        self.progress.setAccessibleName(tr("Bezig"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(self._build_tables(), 1)
        layout.addLayout(self._build_save_row())
        self._set_busy(False)

    def inputs(self) -> dict:
        """What she entered (kept over a language switch, which builds the screen again)."""
        return {"start": _day(self.start_edit), "end": _day(self.end_edit), "by_worker": self.by_worker.isChecked(),
                "expected": self.expected()}

    def set_inputs(self, inputs: dict) -> None:
        for edit, day in ((self.start_edit, inputs["start"]), (self.end_edit, inputs["end"])):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.by_worker.setChecked(inputs["by_worker"])
        self._fill_expected(inputs.get("expected", {}))

    # --- 'verwacht': the expected intake, entered here and kept per period (in the vault) ---
    def _build_expected(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.expected_programme = QSpinBox(maximum=100_000, specialValueText="—", accessibleName=tr("Verwacht, programma"))
        row.addWidget(QLabel(tr("Verwacht in deze periode: pro&gramma"), buddy=self.expected_programme))
        row.addWidget(self.expected_programme)
        self.expected_workers = QTableWidget(0, 2)
        self.expected_workers.setAccessibleName(tr("Verwacht per begeleider"))
        self.expected_workers.setHorizontalHeaderLabels([tr("Begeleider"), tr("Verwacht")])
        self.expected_workers.verticalHeader().setVisible(False)
        self.expected_workers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.expected_workers.setMaximumHeight(96)
        row.addWidget(self.expected_workers, 1)
        row.addWidget(hint(tr("Leeg (—) telt niet mee. Wordt per periode bewaard.")))
        self._fill_expected(expected_for(self._vault, *self.period()))
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self._fill_expected(expected_for(self._vault, *self.period())))
        return box

    def _fill_expected(self, values: dict[str, int]) -> None:
        self.expected_programme.setValue(values.get("*", 0))
        names = sorted(set(workers_of(self._vault).values()) | (set(values) - {"*"}), key=str.casefold)
        self.expected_workers.setRowCount(len(names))
        for number, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.expected_workers.setItem(number, 0, item)
            spin = QSpinBox(maximum=100_000, specialValueText="—", value=values.get(name, 0))
            spin.setAccessibleName(tr("Verwacht voor %1").replace("%1", name))
            self.expected_workers.setCellWidget(number, 1, spin)

    def expected(self) -> dict[str, int]:
        """The numbers entered ('*' for the programme); an empty (—) one is left out."""
        values = {"*": self.expected_programme.value()}
        for number in range(self.expected_workers.rowCount()):
            values[self.expected_workers.item(number, 0).text()] = self.expected_workers.cellWidget(number, 1).value()
        return {name: value for name, value in values.items() if value}

    def _build_period(self) -> QHBoxLayout:
        start, end = default_period(dt.date.today())
        row = QHBoxLayout()
        self.start_edit = _date_edit(start, tr("Van"))
        self.end_edit = _date_edit(end, tr("Tot en met"))
        row.addWidget(QLabel(tr("&Van"), buddy=self.start_edit))
        row.addWidget(self.start_edit)
        row.addWidget(QLabel(tr("&tot en met"), buddy=self.end_edit))
        row.addWidget(self.end_edit)
        self.by_worker = QCheckBox(tr("Ook per &begeleider"))
        row.addWidget(self.by_worker)
        row.addStretch(1)
        self.compute_button = button(tr("Cij&fers tonen"), primary=True)
        self.compute_button.clicked.connect(self.compute)
        row.addWidget(self.compute_button)
        return row

    def _build_tables(self) -> QSplitter:
        self.table_list = QListWidget()
        self.table_list.setAccessibleName(tr("Tabellen van de rapportage"))
        self.table_list.setWordWrap(True)
        self.table_list.setSpacing(3)
        self.table_list.currentRowChanged.connect(self.show_table)
        self.figure_model = FigureModel(self)
        self.figure_table = QTableView()
        self.figure_table.setModel(self.figure_model)
        self.figure_table.setAccessibleName(tr("Cijfers"))
        self.figure_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figure_table.setAlternatingRowColors(True)
        self.figure_table.verticalHeader().setVisible(False)
        header = self.figure_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fit_columns()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.table_title = heading("", "Subtitle")
        self.table_title.setWordWrap(True)
        right_layout.addWidget(self.table_title)
        right_layout.addWidget(self.figure_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table_list)
        splitter.addWidget(right)
        splitter.setSizes([360, 900])
        return splitter

    def _build_save_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.csv_button = button(tr("Opslaan als &CSV"))
        self.csv_button.clicked.connect(lambda: self.ask_save("csv"))
        self.pdf_button = button(tr("Opslaan als &PDF"))
        self.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        self.xlsx_button = button(tr("Opslaan als &Excel"))
        self.xlsx_button.clicked.connect(lambda: self.ask_save("xlsx"))
        row.addWidget(self.csv_button)
        row.addWidget(self.xlsx_button)
        row.addWidget(self.pdf_button)
        return row

    def period(self) -> tuple[dt.date, dt.date]:
        return _day(self.start_edit), _day(self.end_edit)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.compute_button.setEnabled(not busy)
        for widget in (self.csv_button, self.xlsx_button, self.pdf_button):
            widget.setEnabled(not busy and self.report is not None)

    # --- figures -----------------------------------------------------------------------
    def compute(self) -> None:
        """Build the report for the chosen period in the background."""
        start, end = self.period()
        if start > end:
            show_error(self.error, [tr("De begindatum ligt na de einddatum.")])
            return
        if self.busy:
            return
        show_error(self.error, [])
        if not self.own_caseload and self.expected():
            set_expected(self._vault, start, end, self.expected())  # kept for this period, also for the CLI
        self.status.setText(tr("De cijfers worden berekend…"))
        self._set_busy(True)
        vault, language, mine = self._vault, lang(), self.own_caseload
        by_worker = self.by_worker.isChecked() and not mine
        self._run(on_own_connection(vault, lambda own: preview_report(own, start, end, by_worker=by_worker,
                                                                      lang=language, own_only=mine)),
                  self._show, self._failed)

    def _show(self, report: Report) -> None:
        self.report = report
        self._set_busy(False)
        self.status.setText(word("period", lang(), start=report.start.strftime("%d-%m-%Y"),
                                 end=report.end.strftime("%d-%m-%Y")))
        chosen = max(self.table_list.currentRow(), 0)
        self.table_list.clear()
        self.table_list.addItems([table.title for table in report.tables])
        self.table_list.setCurrentRow(min(chosen, len(report.tables) - 1))

    def show_table(self, row: int) -> None:
        tables = self.report.tables if self.report else []
        table = tables[row] if 0 <= row < len(tables) else None
        self.figure_model.set_figures(table.figures if table else [], self.report.workers if self.report else ())
        self._fit_columns()  # the columns per begeleider come and go with the table
        self.table_title.setText(table.title if table else "")

    def _fit_columns(self) -> None:
        """The category takes the room left; every figure column is as wide as its header (her name)."""
        header = self.figure_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.setText("")
        show_error(self.error, [tr("Het is niet gelukt: %1").replace("%1", str(error) if isinstance(error, OSError)
                                                                    else type(error).__name__)])

    # --- saving ------------------------------------------------------------------------
    def suggested_name(self, suffix: str) -> str:
        """Neutral: the period, never a name or the kind of programme."""
        start, end = (self.report.start, self.report.end) if self.report else self.period()
        return f"rapportage-{start.isoformat()}-{end.isoformat()}.{suffix}"

    def ask_save(self, suffix: str) -> None:
        if self.report is None:
            return
        title = {"csv": tr("Opslaan als CSV"), "pdf": tr("Opslaan als PDF"), "xlsx": tr("Opslaan als Excel")}[suffix]
        pattern = {"csv": "CSV (*.csv)", "pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}[suffix]
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / self.suggested_name(suffix)), pattern)
        if path:
            path = Path(path)
            self.save(path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}"))

    def save(self, path: Path) -> None:
        """Write the shown report to `path` (.csv, .xlsx or .pdf) in the background. The vault makes it
        again and registers it: the same figures, unless a record or another report came in since."""
        shown = self.report
        if shown is None or self.busy:
            return
        suffix = path.suffix.lower()
        vault, mine = self._vault, self.own_caseload

        def work(own: Vault) -> tuple[Path, Report]:
            report = produce_report(own, shown.start, shown.end, by_worker=shown.grouping == "worker",
                                    lang=shown.lang, own_only=mine)
            if suffix == ".pdf":
                from exports.report.pdf import to_pdf  # reportlab only when a PDF is asked for
                atomic_write(path, to_pdf(report))
            elif suffix == ".xlsx":
                atomic_write(path, to_xlsx(report))
            else:
                atomic_write(path, to_csv(report))
            return path, report

        show_error(self.error, [])
        self.status.setText(tr("Wordt opgeslagen…"))
        self._set_busy(True)
        self._run(on_own_connection(vault, work), self._saved, self._failed)

    def _saved(self, result: tuple[Path, Report]) -> None:
        path, report = result
        self._set_busy(False)
        if report != self.report:
            self._show(report)  # what was saved is what the screen shows
        self.status.setText(tr("Opgeslagen: %1").replace("%1", str(path)))
