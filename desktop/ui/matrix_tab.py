"""The Zelfredzaamheidsmatrix tab of a dossier: score the grid, read the criterion, compare.

Every click on the grid is saved at once (one small record; a closed lid loses nothing).
A new assessment exists only in memory until its first score. All arithmetic (means,
changes, priorities) comes from `matrix`; this screen only shows it.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.ui.i18n import lang
from desktop.ui.widgets.matrix_grid import MatrixGrid, level_colour
from desktop.ui.widgets.radar_chart import RadarChart
from desktop.vault import VaultError
from forms import Assessment, explain
from matrix.assessment import domain_rows, in_order, mean_level
from matrix.instruments import Instrument, InstrumentError, builtin, find


def _decimal(value: float, language: str) -> str:
    text = f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


class MatrixTab(QWidget):
    """One participant's assessments: the grid of the chosen one, its radar and the history."""

    def __init__(self, vault, participant_id: UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._pid = participant_id
        self.lang = lang()
        self.assessments: list[Assessment] = []  # stored ones, oldest first
        self.current: Assessment | None = None
        self.instrument: Instrument | None = None
        self._build()
        self.reload()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.history_box = QComboBox()
        self.history_box.setProperty("reading", True)  # choosing what to read: stays on in a read-only dossier
        self.history_box.setAccessibleName(self.tr("Meting kiezen"))
        self.history_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.history_box.activated.connect(self._chosen)
        pick_label = QLabel(self.tr("&Meting:"))
        pick_label.setBuddy(self.history_box)
        self.new_button = QPushButton(self.tr("Nieuwe m&eting"))
        self.new_button.setAccessibleName(self.tr("Nieuwe meting"))
        self.new_button.setToolTip(self.tr("Nieuwe meting (Alt+N)"))
        self.new_button.clicked.connect(self.new_assessment)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setAccessibleName(self.tr("Datum van de meting"))
        self.date_edit.editingFinished.connect(self._date_changed)
        self.date_label = date_label = QLabel(self.tr("&Datum:"))
        date_label.setBuddy(self.date_edit)
        self.instrument_label = QLabel()
        self.instrument_label.setObjectName("Hint")
        self.instrument_label.setWordWrap(True)  # a long instrument name must not widen the tab
        top = QHBoxLayout()
        for widget in (pick_label, self.history_box, self.new_button, date_label, self.date_edit):
            top.addWidget(widget)
        top.addStretch(1)

        self.grid = MatrixGrid()
        self.grid.scored.connect(self._scored)
        self.grid.focused.connect(self._show_criterion)
        self.criterion_title = QLabel()
        self.criterion_title.setObjectName("Subtitle")
        self.criterion_title.setWordWrap(True)
        self.criterion_text = QLabel(self.tr("Kies een vakje om het criterium te lezen."))
        self.criterion_text.setWordWrap(True)
        self.criterion_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.criterion_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        criterion = QGroupBox(self.tr("Criterium"))
        box = QVBoxLayout(criterion)
        box.addWidget(self.criterion_title)
        box.addWidget(self.criterion_text, 1)
        criterion.setMinimumHeight(80)

        self.radar = RadarChart()
        self.history_table = QTableWidget()
        self.history_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history_table.setAccessibleName(self.tr("Geschiedenis van de metingen"))
        names = self.history_table.verticalHeader()
        names.setProperty("compact", True)
        names.setProperty("elides", True)  # by design: the scores keep the room; the name is in the tooltip
        names.setMaximumWidth(150)
        self.views = QTabWidget()
        self.views.addTab(self.radar, self.tr("&Grafiek"))
        self.views.addTab(self.history_table, self.tr("Ge&schiedenis"))
        right = QVBoxLayout()
        right.addWidget(self.views, 1)
        right.addWidget(criterion)  # beside the grid: all 13 domains fit 720 px in height

        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Notitie bij de meting"))
        self.note.editingFinished.connect(self._note_changed)
        note_label = QLabel(self.tr("No&titie:"))
        note_label.setBuddy(self.note)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty_hint = QLabel(self.tr("Nog geen meting. Kies ‘Nieuwe meting’ om te beginnen."))
        self.empty_hint.setObjectName("Hint")

        left = QVBoxLayout()
        left.addWidget(self.instrument_label)
        left.addWidget(self.empty_hint)
        left.addWidget(self.grid, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        left.addLayout(note_row)
        left.addWidget(self.error)
        body = QHBoxLayout()
        body.addLayout(left, 17)  # the levels' names need the room more than the chart
        body.addLayout(right, 7)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the participant's assessments again; keeps the one on screen if it still exists."""
        self.assessments = in_order(self._vault.dossier(self._pid).assessments)
        stored = {a.id: a for a in self.assessments}
        if self.current is None:
            self.current = self.assessments[-1] if self.assessments else None
        else:  # a new, not yet stored assessment stays on screen
            self.current = stored.get(self.current.id, self.current)
        self._show()

    def _is_saved(self, assessment: Assessment) -> bool:
        return any(a.id == assessment.id for a in self.assessments)

    def _previous(self) -> Assessment | None:
        """The latest assessment of the same instrument before the one on screen."""
        if self.current is None:
            return None
        same = [a for a in self.assessments if a.instrument_id == self.current.instrument_id
                and a.id != self.current.id]
        when = (self.current.date or self.current.updated_at.date(), self.current.updated_at)
        earlier = [a for a in same if (a.date or a.updated_at.date(), a.updated_at) < when]
        return earlier[-1] if earlier else None

    def _show(self) -> None:
        self._fill_history_box()
        has = self.current is not None
        self.empty_hint.setVisible(not has)
        for widget in (self.grid, self.date_edit, self.note, self.views):
            widget.setEnabled(has)
        for widget in (self.date_label, self.date_edit):  # no made-up date before there is a meting
            widget.setVisible(has)
        if not has:
            self.grid.setRowCount(0)
            self.radar.set_data([], [])
            return
        try:
            instrument = find(self.current.instrument_id, self.current.instrument_version)
        except InstrumentError as error:
            self._say([error.render(self.lang)])
            self.grid.setRowCount(0)
            return
        if self.instrument is None or (instrument.id, instrument.version) != (self.instrument.id, self.instrument.version):
            self.instrument = instrument
            self._load_instrument()
        version = self.tr("versie")  # lupdate does not look inside f-strings
        self.instrument_label.setText(f"{instrument.title(self.lang)} · {version} {instrument.version}")
        previous = self._previous()
        self.grid.set_levels(self.current.scores, previous.scores if previous else None)
        self.date_edit.setMaximumDate(QDate.currentDate())
        day = self.current.date or self.current.updated_at.date()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.note.setText(self.current.note or "")
        self._show_radar(previous)
        self._fill_history_table()

    def _load_instrument(self) -> None:
        ins, language = self.instrument, self.lang
        self.grid.set_instrument([(d, ins.domain_name(d, language)) for d in ins.domain_ids],
                                 [(level, ins.level_name(level, language)) for level in range(1, 6)])
        self.grid.set_criteria({(d, level): ins.criterion(d, level, language)
                                for d in ins.domain_ids for level in range(1, 6)})

    def _label(self, assessment: Assessment) -> str:
        if not self._is_saved(assessment):
            return self.tr("Nieuwe meting (nog niet opgeslagen)")
        day = assessment.date or assessment.updated_at.date()
        mean = mean_level(assessment)
        average = _decimal(mean, self.lang) if mean is not None else "–"
        word = self.tr("gemiddeld")  # lupdate does not look inside f-strings
        return f"{day:%d-%m-%Y} · {word} {average}"

    def _fill_history_box(self) -> None:
        self.history_box.clear()
        shown = list(reversed(self.assessments))
        if self.current is not None and not self._is_saved(self.current):
            shown.insert(0, self.current)
        for assessment in shown:
            self.history_box.addItem(self._label(assessment), str(assessment.id))
        if self.current is not None:
            self.history_box.setCurrentIndex(self.history_box.findData(str(self.current.id)))

    def _show_radar(self, previous: Assessment | None) -> None:
        ids = self.instrument.domain_ids
        self.radar.set_data([self.instrument.domain_name(d, self.lang) for d in ids],
                            [self.current.scores.get(d) for d in ids],
                            [previous.scores.get(d) for d in ids] if previous else None)

    def _fill_history_table(self) -> None:
        ins = self.instrument
        series = [a for a in self.assessments if a.instrument_id == ins.id]
        changes = {row.domain_id: row.change_since_previous for row in domain_rows(series, ins)}
        series.reverse()  # newest first, next to its change: the columns that matter stay in view
        table = self.history_table
        table.clear()
        table.setRowCount(len(ins.domain_ids) + 1)
        table.setColumnCount(len(series) + 1)
        table.setHorizontalHeaderLabels(["±"]
                                        + [f"{(a.date or a.updated_at.date()):%d-%m-%Y}" for a in series])
        table.setVerticalHeaderLabels([ins.domain_name(d, self.lang) for d in ins.domain_ids]
                                      + [self.tr("Gemiddeld")])
        for row in range(table.rowCount()):
            table.verticalHeaderItem(row).setToolTip(table.verticalHeaderItem(row).text())
        for col, assessment in enumerate(series, start=1):
            for row, domain_id in enumerate(ins.domain_ids):
                level = assessment.scores.get(domain_id)
                item = QTableWidgetItem("–" if level is None else str(level))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if level is not None:
                    item.setBackground(level_colour(level, strong=False))
                table.setItem(row, col, item)
            mean = mean_level(assessment)
            table.setItem(len(ins.domain_ids), col, QTableWidgetItem("–" if mean is None else _decimal(mean, self.lang)))
        for row, domain_id in enumerate(ins.domain_ids):
            change = changes.get(domain_id)
            text = "" if not change else (f"▲ +{change}" if change > 0 else f"▼ {change}")
            table.setItem(row, 0, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeaderItem(0).setToolTip(self.tr("Verschil met de vorige meting"))

    # --- editing -----------------------------------------------------------------------
    def new_assessment(self) -> None:
        """Start an empty assessment with the shipped instrument; stored at its first score."""
        instrument = builtin()
        self.current = Assessment(participant_id=self._pid, instrument_id=instrument.id,
                                  instrument_version=instrument.version, date=dt.date.today(),
                                  assessor=self._vault.worker_name or None)
        self._show()
        self.grid.setFocus()
        self.grid.setCurrentCell(0, 0)

    def _chosen(self, index: int) -> None:
        wanted = self.history_box.itemData(index)
        self.current = next((a for a in self.assessments if str(a.id) == wanted), self.current)
        self._show()

    def _store(self, **changes) -> None:
        """Save the assessment on screen with `changes`; an error is shown and nothing changes."""
        try:
            updated = Assessment.model_validate(self.current.model_dump() | changes)
            self.current = self._vault.save(updated).record
        except ValidationError as error:
            self._say(explain(error, self.lang))
            return
        except VaultError as error:
            self._say([str(error)])
            return
        self._say([])
        self.assessments = in_order(self._vault.dossier(self._pid).assessments)
        self._fill_history_box()
        self._show_radar(self._previous())
        self._fill_history_table()

    def _scored(self, domain_id: str, level: int | None) -> None:
        self._store(scores={**self.current.scores, domain_id: level})
        if level is not None:
            self._show_criterion(domain_id, level)

    def _date_changed(self) -> None:
        if self.current is None:
            return
        day = self.date_edit.date().toPython()
        if day != self.current.date:
            if self._is_saved(self.current):
                self._store(date=day)
                self._show()
            else:
                self.current = self.current.model_copy(update={"date": day})

    def _note_changed(self) -> None:
        text = self.note.text().strip() or None
        if self.current is not None and text != self.current.note:
            if self._is_saved(self.current):
                self._store(note=text)
            else:
                self.current = self.current.model_copy(update={"note": text})

    def _show_criterion(self, domain_id: str, level: int) -> None:
        ins = self.instrument
        if ins is None:
            return
        self.criterion_title.setText(
            f"{ins.domain_name(domain_id, self.lang)} — {level} {ins.level_name(level, self.lang)}")
        self.criterion_text.setText(ins.criterion(domain_id, level, self.lang))

    def _say(self, lines: list[str]) -> None:
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))
