"""The Trajectplan tab: goals per life domain, the goal editor, evaluations, signing.

A signed version is frozen: the editor turns read-only and the tab offers 'Nieuwe versie'
(vault.new_plan_version). Draft goals come from the latest matrix assessment; current
scores and status come from `matrix.scales`. The tab stores through the vault only.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop.settings import Settings
from desktop.ui.goal_drafts import GoalDrafts
from desktop.ui.goal_editor import GoalEditor
from desktop.ui.i18n import lang
from desktop.ui.plan_actions import ask_pdf_path, confirm_smart, save_plan_pdf
from desktop.ui.plan_dialogs import DraftGoalsDialog, EvaluationDialog, drafts_from_matrix
from desktop.ui.widgets.unsaved import settle
from desktop.vault import VaultError
from forms import Evaluation, Goal, Trajectplan, explain
from forms.vocab import label
from matrix.scales import goal_progress, status_label

PLAN_WEEKS = 26  # a new plan's default horizon


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanTab(QWidget):
    """One participant's trajectplan versions; `sign_requested(plan_record_id)` opens co-signing.

    A goal being edited is marked unsaved in the list and autosaved as a draft; choosing another
    goal or version, or leaving the tab, asks first (`has_unsaved` / `save_unsaved` / `discard_unsaved`).
    """

    sign_requested = Signal(object)
    unsaved_changed = Signal(bool)

    def __init__(self, vault, participant_id: UUID, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._pid = participant_id
        self.lang = lang()
        self.plan: Trajectplan | None = None
        self.dossier = None
        self.pending: Goal | None = None  # a new goal, not stored yet
        self.drafts = GoalDrafts(self, vault, f"goal:{participant_id}", (settings or Settings()).autosave_seconds)
        self._build()
        self.reload()
        self.drafts.restore()

    # --- layout ------------------------------------------------------------------------
    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        # The Alt-key of the text as translated, so the tip never names another language's letter.
        button.setToolTip(tip or QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.versions = QComboBox()
        self.versions.setProperty("reading", True)  # choosing what to read: stays on in a read-only dossier
        self.versions.setAccessibleName(self.tr("Planversie kiezen"))
        self.versions.activated.connect(self._version_chosen)
        pick = QLabel(self.tr("&Plan:"))
        pick.setBuddy(self.versions)
        self.new_plan_button = self._button(self.tr("Nie&uw plan"), self.new_plan)
        self.new_version_button = self._button(self.tr("Nieuwe &versie"), self.new_version)
        self.sign_button = self._button(self.tr("&Ondertekenen"), self._sign)
        self.sign_button.setProperty("primary", True)
        self.pdf_button = self._button(self.tr("PD&F maken"), self._ask_pdf,
                                       self.tr("Deze versie als PDF opslaan; een ondertekende versie "
                                               "digitaal ondertekend (Alt+F)"))
        top = QHBoxLayout()
        for widget in (pick, self.versions, self.new_plan_button, self.new_version_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.sign_button)

        self.plan_date, self.horizon = QDateEdit(), QDateEdit()
        for edit, text in ((self.plan_date, self.tr("Datum pl&an")), (self.horizon, self.tr("Loopt &tot"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(text.replace("&", ""))
            edit.editingFinished.connect(self._dates_changed)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        dates = QHBoxLayout()
        self.date_widgets: list[QWidget] = []
        for text, edit in ((self.tr("Datum pl&an"), self.plan_date), (self.tr("Loopt &tot"), self.horizon)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            dates.addWidget(caption)
            dates.addWidget(edit)
            self.date_widgets += [caption, edit]
        dates.addWidget(self.status, 1)

        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Doel"), self.tr("Start → doel"), self.tr("Nu"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Doelen per leefgebied"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._goal_chosen)
        self.new_goal_button = self._button(self.tr("Nieuw &doel"), self.new_goal, "Alt+D")
        self.drafts_button = self._button(self.tr("Doelen uit matri&x"), self.propose_goals, "Alt+X")
        self.evaluate_button = self._button(self.tr("&Evaluatie"), self.evaluate)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (self.new_goal_button, self.drafts_button, self.evaluate_button):
            row.addWidget(button)
        left_layout.addLayout(row)

        self.editor = GoalEditor()
        self.editor.saved.connect(self._goal_saved)
        self.editor.removed.connect(self._goal_removed)
        self.editor.edited.connect(self.drafts.edited)
        self.editor.unsaved_changed.connect(self.unsaved_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(dates)
        layout.addWidget(self.banner)
        layout.addWidget(self.drafts.banner)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the dossier again; keeps the version on screen (or shows the newest)."""
        self.dossier = self._vault.dossier(self._pid)
        stored = {p.id: p for p in self.dossier.plans}
        if self.plan is not None and self.plan.id in stored:
            self.plan = stored[self.plan.id]
        else:
            self.plan = self._newest()
        self._show()

    def _newest(self) -> Trajectplan | None:
        latest = self.dossier.latest_plan()
        return self.dossier.plan_versions(latest.plan_id)[-1] if latest else None

    def _ordered_plans(self) -> list[Trajectplan]:
        return sorted(self.dossier.plans, key=lambda p: (p.date or p.updated_at.date(), p.version), reverse=True)

    def _plan_label(self, plan: Trajectplan) -> str:
        day = f"{plan.date:%d-%m-%Y}" if plan.date else "—"
        state = self.tr("ondertekend") if plan.frozen else self.tr("concept")
        version = self.tr("versie")  # lupdate does not look inside f-strings
        return f"{day} · {version} {plan.version} · {state}"

    def _show(self, goal_id: UUID | None = None) -> None:
        plan = self.plan
        if goal_id is None and self.editor.dirty:
            goal_id = self.editor.goal_id  # a reload keeps the goal being edited, edits and all
        self.versions.clear()
        for p in self._ordered_plans():
            self.versions.addItem(self._plan_label(p), str(p.id))
        if plan:
            self.versions.setCurrentIndex(self.versions.findData(str(plan.id)))
        newest = self._newest()
        self.new_plan_button.setVisible(plan is None)
        self.new_version_button.setEnabled(bool(plan and plan.frozen))
        roles = {s.role for s in plan.signatures} if plan else set()
        self.sign_button.setEnabled(bool(plan and plan.goals and "begeleider" not in roles))
        self.pdf_button.setEnabled(plan is not None)
        for widget in (self.plan_date, self.horizon):
            widget.setEnabled(bool(plan and not plan.frozen))
        for widget in self.date_widgets:  # no made-up dates before there is a plan
            widget.setVisible(plan is not None)
        for widget in (self.new_goal_button, self.drafts_button):
            widget.setEnabled(plan is None or not plan.frozen)
        self.evaluate_button.setEnabled(bool(plan and plan.goals))
        if plan:
            self.plan_date.setDate(_qdate(plan.date or dt.date.today()))
            self.horizon.setDate(_qdate(plan.horizon or dt.date.today()))
        self._show_status(plan, newest)
        self._fill_tree(goal_id)

    def _show_status(self, plan: Trajectplan | None, newest: Trajectplan | None) -> None:
        if plan is None:
            self.status.setText(self.tr("Nog geen trajectplan."))
            self.banner.hide()
            return
        names = " & ".join(s.name for s in plan.signatures)
        self.status.setText(self.tr("Ondertekend door %1").replace("%1", names) if names else self.tr("Concept"))
        if plan.frozen:
            text = self.tr("Deze versie is ondertekend en staat vast. Kies ‘Nieuwe versie’ om iets te veranderen.")
            if newest and newest.id != plan.id:
                text = self.tr("Er is een nieuwere versie: %1.").replace("%1", str(newest.version)) + " " + text
            self.banner.setText(text)
        self.banner.setVisible(plan.frozen)

    def _fill_tree(self, goal_id: UUID | None) -> None:
        self.tree.clear()
        plan = self.plan
        if plan is None:
            self.editor.set_goal(None, None)
            return
        evaluations = self.dossier.evaluations_of(plan.plan_id)
        domains: dict[str | None, QTreeWidgetItem] = {}
        chosen = None
        for goal in self._goals():
            if goal.life_domain not in domains:
                name = label("life_domains", goal.life_domain, self.lang) or self.tr("Zonder leefgebied")
                domains[goal.life_domain] = QTreeWidgetItem(self.tree, [name])
                domains[goal.life_domain].setFirstColumnSpanned(True)
            item = self._goal_item(domains[goal.life_domain], goal, evaluations)
            for sub in goal.subgoals:
                self._goal_item(item, sub, evaluations)
            if goal.id == goal_id:
                chosen = item
            if self.drafts.is_unsaved(goal):
                self.drafts.mark(item)
        self.tree.expandAll()
        first = chosen or next((d.child(0) for d in domains.values()), None)
        if first:
            self.tree.setCurrentItem(first)
        else:
            self.editor.set_goal(None, plan)

    def _goals(self) -> list[Goal]:
        """The plan's goals, and the new one being written."""
        return [*self.plan.goals, *([self.pending] if self.pending else [])]

    def _goal_item(self, parent: QTreeWidgetItem, item, evaluations) -> QTreeWidgetItem:
        """Status is the goal's own state, as the editor shows it; progress goes with 'Nu'."""
        scale = goal_progress(item, evaluations)
        span = f"{scale.start or '–'} → {scale.target or '–'}"
        now = f"{scale.current} · {status_label(scale.status, self.lang)}" if scale.current else "–"
        state = label("goal_states", item.state, self.lang) if isinstance(item, Goal) else ""
        row = QTreeWidgetItem(parent, [item.text or self.tr("(nog zonder tekst)"), span, now, state])
        row.setData(0, Qt.ItemDataRole.UserRole, str(item.id))
        row.setToolTip(0, item.text)
        return row

    # --- choosing ----------------------------------------------------------------------
    def _version_chosen(self, index: int) -> None:
        wanted = self.versions.itemData(index)
        if self.plan is not None and wanted != str(self.plan.id) and not self.settle():
            self.versions.setCurrentIndex(self.versions.findData(str(self.plan.id)))
            return
        self.plan = next((p for p in self.dossier.plans if str(p.id) == wanted), self.plan)
        self._show()

    def _goal_chosen(self, item: QTreeWidgetItem | None, previous=None) -> None:
        if item is None:
            return
        while item.parent() is not None and item.parent().parent() is not None:
            item = item.parent()  # a sub-goal row opens its goal
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        goal = next((g for g in self._goals() if str(g.id) == wanted), None)
        if goal is None:
            return
        if self.editor.dirty and goal.id == self.editor.goal_id:
            self.editor.set_plan(self.plan)  # the list was refreshed: the edits stay
        elif self.editor.dirty and not self.settle():
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(previous)
            self.tree.blockSignals(False)
        else:
            self.editor.set_goal(goal, self.plan, read_only=self.plan.frozen)

    # --- unsaved work ------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self.editor.dirty

    def save_unsaved(self) -> bool:
        return self.editor.save()

    def discard_unsaved(self) -> None:
        self.pending = None
        self.drafts.saved()
        self.editor.set_goal(None, self.plan)
        self._show()

    def unsaved_what(self) -> str:
        text = self.editor.text.toPlainText().strip()
        return self.tr("Het doel ‘{goal}’").format(goal=text if len(text) <= 40 else text[:39] + "…")

    def settle(self) -> bool:
        """Ask about the goal being edited, if any; True when the screen may move on."""
        return settle(self, self.unsaved_what())

    def flush_draft(self) -> None:
        self.drafts.flush()

    # --- changing ----------------------------------------------------------------------
    def _save_plan(self, **changes) -> bool:
        """Store the plan on screen with `changes`; problems are shown, nothing half-saved."""
        try:
            updated = Trajectplan.model_validate(self.plan.model_dump() | changes)
            self.plan = self._vault.save(updated).record
        except ValidationError as error:
            return self._say(explain(error, self.lang))
        except VaultError as error:  # FrozenPlanError included
            return self._say([str(error)])
        self._say([])
        self.dossier = self._vault.dossier(self._pid)
        return True

    def _say(self, lines: list[str]) -> bool:
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))
        return not lines

    def new_plan(self) -> None:
        today = dt.date.today()
        self.plan = Trajectplan(participant_id=self._pid, date=today, horizon=today + dt.timedelta(weeks=PLAN_WEEKS),
                                worker=self._vault.worker_name or None,
                                goals_language=lang())  # written down together, in the worker's language
        if self._save_plan():
            self._show()

    def new_version(self) -> None:
        """An unsigned copy of the version on screen, to edit."""
        if self.plan is not None and self.plan.frozen:
            self.plan = self._vault.new_plan_version(self.plan.id)
            self.dossier = self._vault.dossier(self._pid)
            self._show()

    def show_goal(self, plan: Trajectplan, goal: Goal, pending: bool = False) -> None:
        """Open `goal` of `plan` in the editor; `pending`: a new goal, not stored yet."""
        self.plan, self.pending = plan, goal if pending else None
        self.editor.set_goal(None, plan)
        self._show(goal.id)

    def new_goal(self) -> None:
        """A new goal shows in the list at once, marked unsaved, and opens in the editor."""
        if self.editor.dirty and not self.settle():
            return
        if self.plan is None:
            self.new_plan()
        if self.plan is not None and not self.plan.frozen:
            self.show_goal(self.plan, Goal(text=""), pending=True)
            self.editor.text.setFocus()

    def _goal_saved(self, goal: Goal) -> None:
        goals = [g for g in self.plan.goals]
        at = next((i for i, g in enumerate(goals) if g.id == goal.id), None)
        if at is None:
            goals.append(goal)
        else:
            goals[at] = goal
        if self._save_plan(goals=[g.model_dump() for g in goals]):
            self.pending = None if self.pending is not None and self.pending.id == goal.id else self.pending
            self.drafts.saved()
            self.editor.set_goal(None, self.plan)  # stored: the list shows it again, fresh
            self._show(goal.id)

    def _goal_removed(self, goal_id: UUID) -> None:
        self.drafts.saved()
        if self.pending is not None and self.pending.id == goal_id:
            self.pending = None
            self._show()
            return
        goals = [g.model_dump() for g in self.plan.goals if g.id != goal_id]
        if self._save_plan(goals=goals):
            self._show()

    def _dates_changed(self) -> None:
        if self.plan is None or self.plan.frozen:
            return
        day, end = self.plan_date.date().toPython(), self.horizon.date().toPython()
        if (day, end) != (self.plan.date, self.plan.horizon) and self._save_plan(date=day, horizon=end):
            self._show_status(self.plan, self._newest())
            self.editor.update_smart()

    def propose_goals(self) -> None:
        """Draft goals from the latest assessment's priorities; the worker picks which to add."""
        drafts, problems = drafts_from_matrix(self.dossier, self.lang)
        if problems:
            self._say(problems)
            return
        self.draft_dialog = DraftGoalsDialog(drafts, self)  # reachable for tests and screenshots
        chosen = self.draft_dialog.chosen() if self.draft_dialog.exec() == QDialog.DialogCode.Accepted else []
        if not chosen:
            return
        if self.plan is None:
            self.new_plan()
        goals = [g.model_dump() for g in self.plan.goals]
        goals += [Goal(life_domain=d.life_domain, text=d.text).model_dump() for d in chosen]
        if self._save_plan(goals=goals):
            self._show()

    def evaluate(self) -> None:
        """Score the goals again; an evaluation is its own record, so a signed plan can be evaluated."""
        dialog = EvaluationDialog(self.plan, self.dossier.evaluations_of(self.plan.plan_id), self)
        self.evaluation_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.scores():
            return
        try:
            self._vault.save(Evaluation(participant_id=self._pid, plan_id=self.plan.plan_id,
                                        date=dialog.date.date().toPython(), scores=dialog.scores(),
                                        note=dialog.note.text().strip() or None,
                                        assessor=self._vault.worker_name or None))
        except ValidationError as error:
            self._say(explain(error, self.lang))
            return
        self.reload()

    def _sign(self) -> None:
        """Co-sign mode for the stored plan: unsaved work is asked about first, then a warning
        (she may still sign) when a goal fails the SMART check."""
        if self.plan is None or not self.settle():
            return
        if self.plan.signatures or confirm_smart(self, self.plan):
            self.sign_requested.emit(self.plan.id)

    def _ask_pdf(self) -> None:
        path = ask_pdf_path(self, self.plan)
        if path:
            self.make_pdf(path)

    def make_pdf(self, path) -> None:
        """The version on screen as a PDF; a signed one shows exactly what was signed."""
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("PDF wordt gemaakt…"))
        save_plan_pdf(self, self._vault, self.dossier, self.plan, path, self._pdf_finished)

    def _pdf_finished(self, message: str) -> None:
        self.pdf_button.setEnabled(self.plan is not None)
        self.status.setText(message)
