"""The goal editor: her goal in her words, 1-10 start and target, sub-goals, actions, and a
SMART check that updates while you type (the verdicts come from `matrix.smart`); and the
evaluation dialog that scores a plan's goals again."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import lang
from desktop.ui.widgets.score_slider import ScoreSlider
from forms import Action, Evaluation, Goal, SubGoal, Trajectplan, explain
from forms.vocab import vocabulary
from matrix import smart
from matrix.scales import goal_progress

OK_COLOUR, TODO_COLOUR = "#2f6f6a", "#b3261e"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RowsTable(QTableWidget):
    """A small editable table; columns are (title, kind) with kind text | score | date | done."""

    def __init__(self, columns: list[tuple[str, str]], name: str, parent: QWidget | None = None):
        super().__init__(0, len(columns), parent)
        self.kinds = [kind for _, kind in columns]
        self.setHorizontalHeaderLabels([title for title, _ in columns])
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(0, self.horizontalHeader().ResizeMode.Stretch)
        self.setAccessibleName(name)
        self.setMinimumHeight(90)

    def add_row(self, values: dict | None = None, item_id=None) -> None:
        """Append a row; `item_id` (a sub-goal's or action's id) rides along so it is kept."""
        values = values or {}
        row = self.rowCount()
        self.insertRow(row)
        for col, kind in enumerate(self.kinds):
            value = values.get(col)
            if kind == "score":
                spin = QSpinBox()
                spin.setRange(0, 10)
                spin.setSpecialValueText("–")
                spin.setValue(value or 0)
                spin.setAccessibleName(self.horizontalHeaderItem(col).text())
                self.setCellWidget(row, col, spin)
            elif kind == "done":
                item = QTableWidgetItem()
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.setItem(row, col, item)
            elif kind == "date":
                self.setItem(row, col, QTableWidgetItem(value.strftime("%d-%m-%Y") if value else ""))
            else:
                self.setItem(row, col, QTableWidgetItem(value or ""))
        self.item(row, 0).setData(Qt.ItemDataRole.UserRole, str(item_id) if item_id else None)

    def ids(self, row: int) -> dict:
        """{'id': ...} for a row that came from a stored item; {} for a new row."""
        item_id = self.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return {"id": item_id} if item_id else {}

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def value(self, row: int, col: int):
        kind = self.kinds[col]
        if kind == "score":
            return self.cellWidget(row, col).value() or None
        item = self.item(row, col)
        if kind == "done":
            return item.checkState() == Qt.CheckState.Checked
        text = item.text().strip() if item else ""
        if kind == "date":
            return dt.datetime.strptime(text, "%d-%m-%Y").date() if text else None
        return text


class GoalEditor(QWidget):
    """Edits one goal of a plan. `saved(Goal)` fires with a valid goal; the tab stores the plan."""

    saved = Signal(object)
    removed = Signal(object)  # the goal id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang()
        self._goal: Goal | None = None
        self._plan: Trajectplan | None = None
        self._build()
        self.set_goal(None, None)

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.domain = QComboBox()
        self.domain.addItem("—", None)
        for term in vocabulary("life_domains").values():
            self.domain.addItem(term.label(self.lang), term.code)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.specific, self.measurable, self.realistic = QLineEdit(), QLineEdit(), QLineEdit()
        self.agreed = QCheckBox(self.tr("Ze stemt &in met dit doel"))
        self.has_deadline = QCheckBox(self.tr("Dead&line:"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.start = ScoreSlider(self.tr("Startscore"))
        self.target = ScoreSlider(self.tr("Doelscore"))
        self.lower = QCheckBox(self.tr("Lager is &beter"))
        self.state = QComboBox()
        for term in vocabulary("goal_states").values():
            self.state.addItem(term.label(self.lang), term.code)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Leef&gebied"), self.domain), (self.tr("Doel in &haar woorden"), self.text),
                             (self.tr("&Specifiek: wat precies"), self.specific),
                             (self.tr("&Meetbaar: zo zien we het"), self.measurable),
                             (self.tr("&Realistisch: waarom het kan"), self.realistic),
                             (self.tr("Start (&1–10)"), self.start), (self.tr("Doel (1–1&0)"), self.target)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        row = QHBoxLayout()  # two short rows, so the editor fits beside the goal list at 1366 px
        for widget in (self.lower, self.agreed):
            row.addWidget(widget)
        row.addStretch(1)
        form.addRow(row)
        row = QHBoxLayout()
        for widget in (self.has_deadline, self.deadline):
            row.addWidget(widget)
        row.addStretch(1)
        state_label = QLabel(self.tr("Stat&us:"))
        state_label.setBuddy(self.state)
        row.addWidget(state_label)
        row.addWidget(self.state)
        form.addRow(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.frozen_hint = QLabel(self.tr("Deze versie is ondertekend: alleen lezen."))
        self.frozen_hint.setObjectName("Hint")
        layout.addWidget(self.frozen_hint)
        layout.addLayout(form)
        layout.addWidget(self._smart_box())
        layout.addWidget(self._lists_box())
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Doel verwijderen"))
        self.remove_button.clicked.connect(self._confirm_remove)
        self.save_button = QPushButton(self.tr("Doel opslaan"))
        self.save_button.setProperty("primary", True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Doel opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        for signal in (self.text.textChanged, self.specific.textChanged, self.measurable.textChanged,
                       self.agreed.toggled, self.has_deadline.toggled, self.deadline.dateChanged,
                       self.start.valueChanged, self.target.valueChanged, self.lower.toggled,
                       self.domain.currentIndexChanged):
            signal.connect(self.update_smart)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)

    def _smart_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("SMART-check"))
        grid = QGridLayout(box)
        names = {"S": self.tr("Specifiek"), "M": self.tr("Meetbaar"), "A": self.tr("Acceptabel"),
                 "R": self.tr("Realistisch"), "T": self.tr("Tijdgebonden")}
        self.smart_marks: dict[str, QLabel] = {}
        self.smart_hints: dict[str, QLabel] = {}
        for row, letter in enumerate(smart.LETTERS):
            mark, hint = QLabel(), QLabel()
            mark.setMinimumWidth(self.fontMetrics().horizontalAdvance("✗ M ") + 4)
            mark.setToolTip(names[letter])
            hint.setWordWrap(True)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(hint, row, 1)
            self.smart_marks[letter], self.smart_hints[letter] = mark, hint
        grid.setColumnStretch(1, 1)
        return box

    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tussenstappen en acties"))
        layout = QGridLayout(box)
        self.subgoals = RowsTable([(self.tr("Tussenstap"), "text"), (self.tr("Start"), "score"),
                                   (self.tr("Doel"), "score"), (self.tr("Vóór (dd-mm-jjjj)"), "date")],
                                  self.tr("Tussenstappen"))
        self.actions = RowsTable([(self.tr("Wat"), "text"), (self.tr("Wie"), "text"),
                                  (self.tr("Vóór (dd-mm-jjjj)"), "date"), (self.tr("Klaar"), "done")],
                                 self.tr("Acties"))
        for col, table in enumerate((self.subgoals, self.actions)):
            add, remove = QPushButton(self.tr("Toevoegen")), QPushButton(self.tr("Weghalen"))
            add.setAccessibleName(table.accessibleName() + ": " + self.tr("toevoegen"))
            remove.setAccessibleName(table.accessibleName() + ": " + self.tr("weghalen"))
            add.clicked.connect(lambda _=False, t=table: (t.add_row(), t.setCurrentCell(t.rowCount() - 1, 0)))
            remove.clicked.connect(table.remove_current)
            layout.addWidget(table, col * 2, 0, 1, 3)  # stacked: each table gets the full width
            layout.addWidget(add, col * 2 + 1, 0)
            layout.addWidget(remove, col * 2 + 1, 1)
        return box

    # --- showing a goal ----------------------------------------------------------------
    def set_goal(self, goal: Goal | None, plan: Trajectplan | None, read_only: bool = False) -> None:
        """Show `goal` of `plan` (None: nothing chosen); read-only for a signed version."""
        self._goal, self._plan = goal, plan
        self.setEnabled(goal is not None)
        goal = goal or Goal(text="")
        self.domain.setCurrentIndex(max(0, self.domain.findData(goal.life_domain)))
        self.text.setPlainText(goal.text)
        self.specific.setText(goal.specific or "")
        self.measurable.setText(goal.measurable or "")
        self.realistic.setText(goal.realistic or "")
        self.agreed.setChecked(goal.agreed)
        self.has_deadline.setChecked(goal.deadline is not None)
        self.deadline.setEnabled(goal.deadline is not None)
        self.deadline.setDate(_qdate(goal.deadline or (plan.horizon if plan and plan.horizon else dt.date.today())))
        self.start.setValue(goal.start)
        self.target.setValue(goal.target)
        self.lower.setChecked(goal.lower_is_better)
        self.state.setCurrentIndex(max(0, self.state.findData(goal.state)))
        self.subgoals.setRowCount(0)
        for sub in goal.subgoals:
            self.subgoals.add_row({0: sub.text, 1: sub.start, 2: sub.target, 3: sub.deadline}, sub.id)
        self.actions.setRowCount(0)
        for action in goal.actions:
            self.actions.add_row({0: action.what, 1: action.who, 2: action.by_when, 3: action.done}, action.id)
        self._set_read_only(read_only)
        self.error.clear()
        self.update_smart()

    def _set_read_only(self, read_only: bool) -> None:
        self.frozen_hint.setVisible(read_only)
        for widget in (self.text, self.specific, self.measurable, self.realistic):
            widget.setReadOnly(read_only)
        for widget in (self.domain, self.agreed, self.has_deadline, self.lower, self.state,
                       self.save_button, self.remove_button, self.subgoals, self.actions):
            widget.setEnabled(not read_only)
        self.deadline.setEnabled(not read_only and self.has_deadline.isChecked())
        self.start.setReadOnly(read_only)
        self.target.setReadOnly(read_only)

    # --- SMART, live -------------------------------------------------------------------
    def smart_input(self) -> smart.SmartInput:
        """What the check sees of the fields right now (even if the goal would not validate)."""
        plan = self._plan
        return smart.SmartInput(
            text=self.text.toPlainText(), domain=self.domain.currentData(), start=self.start.value(),
            target=self.target.value(), deadline=self.deadline.date().toPython() if self.has_deadline.isChecked() else None,
            agreed=self.agreed.isChecked(), plan_date=plan.date if plan else None,
            horizon=plan.horizon if plan else None, lower_is_better=self.lower.isChecked(),
            specific=self.specific.text() or None, measurable=self.measurable.text() or None)

    def update_smart(self) -> dict[str, smart.Verdict]:
        verdicts = smart.check(self.smart_input(), self.lang)
        for letter, verdict in verdicts.items():
            colour = OK_COLOUR if verdict.ok else TODO_COLOUR
            self.smart_marks[letter].setText(f"<b style='color:{colour}'>{'✓' if verdict.ok else '✗'} {letter}</b>")
            self.smart_hints[letter].setText(verdict.hint)
            state = self.tr("in orde") if verdict.ok else self.tr("nog niet")
            self.smart_marks[letter].setAccessibleName(f"{letter}: {state}")
        return verdicts

    def _confirm_remove(self) -> None:
        answer = QMessageBox.question(self, self.tr("Doel verwijderen"),
                                      self.tr("Dit doel uit deze versie van het plan halen?"))
        if self._goal is not None and answer == QMessageBox.StandardButton.Yes:
            self.removed.emit(self._goal.id)

    # --- saving ------------------------------------------------------------------------
    def goal(self) -> Goal:
        """The goal as edited; raises ValidationError (or ValueError for a bad date)."""
        subgoals = [SubGoal(**self.subgoals.ids(row), text=self.subgoals.value(row, 0),
                            start=self.subgoals.value(row, 1), target=self.subgoals.value(row, 2),
                            deadline=self.subgoals.value(row, 3))
                    for row in range(self.subgoals.rowCount()) if self.subgoals.value(row, 0)]
        actions = [Action(**self.actions.ids(row), what=self.actions.value(row, 0),
                          who=self.actions.value(row, 1) or None, by_when=self.actions.value(row, 2),
                          done=self.actions.value(row, 3))
                   for row in range(self.actions.rowCount()) if self.actions.value(row, 0)]
        s = self.smart_input()
        return Goal(id=self._goal.id, life_domain=s.domain, text=s.text, specific=s.specific,
                    measurable=s.measurable, realistic=self.realistic.text() or None, agreed=s.agreed,
                    deadline=s.deadline, start=s.start, target=s.target, lower_is_better=s.lower_is_better,
                    state=self.state.currentData(), subgoals=subgoals, actions=actions)

    def save(self) -> None:
        """Emit `saved` with the edited goal, or show what is wrong in plain words."""
        if self._goal is None:
            return
        try:
            goal = self.goal()
        except ValidationError as error:
            self.error.setText("\n".join(explain(error, self.lang)))
            return
        except ValueError:
            self.error.setText(self.tr("Schrijf een datum als dd-mm-jjjj, bijvoorbeeld 01-06-2026."))
            return
        self.error.clear()
        self.saved.emit(goal)


class EvaluationDialog(QDialog):
    """Score every goal and sub-goal of a plan again (1-10), starting from the latest scores."""

    def __init__(self, plan: Trajectplan, evaluations: list[Evaluation], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evaluatie"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Datum"), self.date)
        self.sliders: dict[UUID, ScoreSlider] = {}
        for goal in plan.goals:
            for item, indent in [(goal, ""), *((sub, "    ↳ ") for sub in goal.subgoals)]:
                slider = ScoreSlider(self.tr("Nu") + f": {item.text}")  # lupdate skips f-strings
                slider.setValue(goal_progress(item, evaluations).current)
                form.addRow(QLabel(indent + item.text[:70]), slider)
                self.sliders[item.id] = slider
        form.addRow(self.tr("&Notitie"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def scores(self) -> dict[UUID, int]:
        return {item_id: s.value() for item_id, s in self.sliders.items() if s.value() is not None}
