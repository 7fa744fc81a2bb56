"""The goal editor: her goal in her words, 1-10 start and target, sub-goals, actions, and a
SMART check that updates while you type (the verdicts come from `matrix.smart`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.flows.goal_rows import ActionRow, SubGoalRow
from desktop.ui.i18n import lang
from desktop.ui.widgets.common import show_text
from desktop.ui.widgets.row_table import RowTable
from desktop.ui.widgets.score_slider import ScoreSlider
from desktop.ui.widgets.unsaved import unsaved_mark
from forms import Goal, Trajectplan, explain
from forms.vocab import vocabulary
from matrix import smart

OK_COLOUR, TODO_COLOUR = "#2f6f6a", "#b3261e"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GoalEditor(QWidget):
    """Edits one goal of a plan. `saved(Goal)` fires with a valid goal; the tab stores the plan.

    `dirty` is True from the first change by hand until the goal is shown again (after a save);
    `edited` fires on every such change, `unsaved_changed(bool)` when `dirty` flips.
    """

    saved = Signal(object)
    removed = Signal(object)  # the goal id
    edited = Signal()
    unsaved_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang()
        self._goal: Goal | None = None
        self._plan: Trajectplan | None = None
        self.dirty, self._loading = False, False
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
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.specific, self.measurable, self.realistic = QLineEdit(), QLineEdit(), QLineEdit()
        self.agreed = QCheckBox(self.tr("Ze stemt &in met dit doel"))
        self.has_deadline = QCheckBox(self.tr("Deadline:"))
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
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: the field under its label
        for text, widget in ((self.tr("Leefgebied"), self.domain), (self.tr("Doel in haar &woorden"), self.text),
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
        state_label = QLabel(self.tr("Status:"))
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
        self.unsaved = unsaved_mark()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unsaved)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        for signal in (self.text.textChanged, self.specific.textChanged, self.measurable.textChanged,
                       self.agreed.toggled, self.has_deadline.toggled, self.deadline.dateChanged,
                       self.start.valueChanged, self.target.valueChanged, self.lower.toggled,
                       self.domain.currentIndexChanged):
            signal.connect(self.update_smart)
            signal.connect(self._touched)
        for signal in (self.realistic.textChanged, self.state.currentIndexChanged, self.subgoals.edited,
                       self.actions.edited):
            signal.connect(self._touched)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.has_deadline.toggled.connect(self.deadline.setVisible)  # no made-up date while there is none

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
        self.subgoals = RowTable(SubGoalRow, [("text", self.tr("Tussenstap"), "text"),
                                              ("start", self.tr("Start"), "score"),
                                              ("target", self.tr("Doel"), "score"),
                                              ("deadline", self.tr("Vóór (dd-mm-jjjj)"), "text")],
                                 self.tr("Tussenstappen"))
        self.actions = RowTable(ActionRow, [("what", self.tr("Wat"), "text"), ("who", self.tr("Wie"), "text"),
                                            ("by_when", self.tr("Vóór (dd-mm-jjjj)"), "text"),
                                            ("done", self.tr("Klaar"), "done")],
                                self.tr("Acties"))
        for col, table in enumerate((self.subgoals, self.actions)):
            add, remove = QPushButton(self.tr("Toevoegen")), QPushButton(self.tr("Weghalen"))
            add.setAccessibleName(table.accessibleName() + ": " + self.tr("toevoegen"))
            remove.setAccessibleName(table.accessibleName() + ": " + self.tr("weghalen"))
            add.clicked.connect(lambda _=False, t=table: (t.add_row(), t.setCurrentCell(t.rowCount() - 1, 0),
                                                          t.edited.emit()))
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
        self._loading = True
        try:
            self._show_fields(goal or Goal(text=""), plan)
        finally:
            self._loading = False
        self._set_read_only(read_only)
        self.error.clear()
        self.update_smart()
        self._set_dirty(False)

    def set_plan(self, plan: Trajectplan) -> None:
        """The plan was stored again (new dates): keep the edits on screen."""
        self._plan = plan
        self.update_smart()

    @property
    def goal_id(self) -> UUID | None:
        return self._goal.id if self._goal is not None else None

    def _show_fields(self, goal: Goal, plan: Trajectplan | None) -> None:
        self.domain.setCurrentIndex(max(0, self.domain.findData(goal.life_domain)))
        self.text.setPlainText(goal.text)
        show_text(self.specific, goal.specific or "")
        show_text(self.measurable, goal.measurable or "")
        show_text(self.realistic, goal.realistic or "")
        self.agreed.setChecked(goal.agreed)
        self.has_deadline.setChecked(goal.deadline is not None)
        self.deadline.setEnabled(goal.deadline is not None)
        self.deadline.setVisible(goal.deadline is not None)
        self.deadline.setDate(_qdate(goal.deadline or (plan.horizon if plan and plan.horizon else dt.date.today())))
        self.start.setValue(goal.start)
        self.target.setValue(goal.target)
        self.lower.setChecked(goal.lower_is_better)
        self.state.setCurrentIndex(max(0, self.state.findData(goal.state)))
        self.subgoals.set_rows([SubGoalRow.of(sub) for sub in goal.subgoals])
        self.actions.set_rows([ActionRow.of(action) for action in goal.actions])

    # --- unsaved changes and drafts ------------------------------------------------------
    def _touched(self) -> None:
        if not self._loading and self._goal is not None:
            self._set_dirty(True)
            self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        self.unsaved.setVisible(dirty)
        if dirty != self.dirty:
            self.dirty = dirty
            self.unsaved_changed.emit(dirty)

    def draft(self) -> dict:
        """The fields as typed, for the autosaved draft (valid or not)."""
        s = self.smart_input()
        return {"domain": s.domain, "text": s.text, "specific": self.specific.text(), "measurable": self.measurable.text(),
                "realistic": self.realistic.text(), "agreed": s.agreed, "lower": s.lower_is_better,
                "deadline": s.deadline.isoformat() if s.deadline else None, "start": s.start, "target": s.target,
                "state": self.state.currentData(), "subgoals": [asdict(r) for r in self.subgoals.rows()],
                "actions": [asdict(r) for r in self.actions.rows()]}

    def restore(self, fields: dict) -> None:
        """Put a draft's fields back on the goal shown; they count as unsaved."""
        self.domain.setCurrentIndex(max(0, self.domain.findData(fields.get("domain"))))
        self.text.setPlainText(fields.get("text", ""))
        for name in ("specific", "measurable", "realistic"):
            show_text(getattr(self, name), fields.get(name, ""))
        self.agreed.setChecked(bool(fields.get("agreed")))
        self.lower.setChecked(bool(fields.get("lower")))
        self.has_deadline.setChecked(fields.get("deadline") is not None)
        if fields.get("deadline"):
            self.deadline.setDate(_qdate(dt.date.fromisoformat(fields["deadline"])))
        self.start.setValue(fields.get("start"))
        self.target.setValue(fields.get("target"))
        self.state.setCurrentIndex(max(0, self.state.findData(fields.get("state"))))
        self.subgoals.set_rows([SubGoalRow(**row) for row in fields.get("subgoals", [])])
        self.actions.set_rows([ActionRow(**row) for row in fields.get("actions", [])])
        self._touched()

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
            self._set_dirty(False)  # gone on purpose: nothing left to ask about
            self.removed.emit(self._goal.id)

    # --- saving ------------------------------------------------------------------------
    def goal(self) -> Goal:
        """The goal as edited; raises ValidationError (or ValueError for a bad date)."""
        subgoals = [row.model() for row in self.subgoals.rows() if not row.is_blank()]
        actions = [row.model() for row in self.actions.rows() if not row.is_blank()]
        s = self.smart_input()
        return Goal(id=self._goal.id, life_domain=s.domain, text=s.text, specific=s.specific,
                    measurable=s.measurable, realistic=self.realistic.text() or None, agreed=s.agreed,
                    deadline=s.deadline, start=s.start, target=s.target, lower_is_better=s.lower_is_better,
                    state=self.state.currentData(), subgoals=subgoals, actions=actions)

    def save(self) -> bool:
        """Emit `saved` with the edited goal, or show what is wrong in plain words; True once stored."""
        if self._goal is None:
            return False
        try:
            goal = self.goal()
        except ValidationError as error:
            self.error.setText("\n".join(explain(error, self.lang)))
            return False
        except ValueError:
            self.error.setText(self.tr("Schrijf een datum als dd-mm-jjjj, bijvoorbeeld 01-06-2026."))
            return False
        self.error.clear()
        self.saved.emit(goal)  # the tab stores the plan and shows the stored goal again
        return not self.dirty
