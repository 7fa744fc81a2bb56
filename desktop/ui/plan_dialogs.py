"""The plan tab's dialogs: goals drafted from the matrix to pick from, and an evaluation that
scores a plan's goals again."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.ui.widgets.score_slider import ScoreSlider
from forms import Dossier, Evaluation, Trajectplan
from matrix.assessment import draft_goals, in_order
from matrix.instruments import InstrumentError, find
from matrix.scales import goal_progress


def drafts_from_matrix(dossier: Dossier, lang: str) -> tuple[list, list[str]]:
    """Goals drafted from the latest assessment's priorities, or the lines saying why there are none."""
    assessments = in_order(dossier.assessments)
    if not assessments:
        return [], [QCoreApplication.translate("PlanTab", "Er is nog geen zelfredzaamheidsmatrix ingevuld.")]
    latest = assessments[-1]
    try:
        instrument = find(latest.instrument_id, latest.instrument_version)
    except InstrumentError as error:
        return [], [error.render(lang)]
    drafts = draft_goals(latest, instrument, dossier.participant.plan_language)
    if not drafts:
        return [], [QCoreApplication.translate("PlanTab", "Geen domeinen op niveau 1 of 2: geen voorstellen.")]
    return drafts, []


class DraftGoalsDialog(QDialog):
    """The drafted goals, all ticked; the worker keeps the ones to rewrite together."""

    def __init__(self, drafts: list, parent: QWidget | None = None):
        super().__init__(parent)
        self._drafts = drafts
        self.setWindowTitle(self.tr("Doelen uit de matrix"))
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Voorgestelde doelen"))
        for draft in drafts:
            item = QListWidgetItem(draft.text)
            item.setCheckState(Qt.CheckState.Checked)
            self.listing.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kies de doelen om samen in haar woorden te herschrijven:")))
        layout.addWidget(self.listing)
        layout.addWidget(buttons)

    def chosen(self) -> list:
        return [d for i, d in enumerate(self._drafts) if self.listing.item(i).checkState() == Qt.CheckState.Checked]


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
