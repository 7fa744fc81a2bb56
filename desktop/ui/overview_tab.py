"""Overzicht: where she is in the traject, what is due, who she is waiting for."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QWidget,
)
from pydantic import ValidationError

from desktop.flows.fields import FieldSpec, model_value
from desktop.ui.i18n import lang, tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.widgets.choice_menu import ChoiceMenu
from desktop.ui.widgets.common import button, error_label, heading, show_error
from desktop.vault import Vault
from desktop.vault.agenda import choose_aftercare
from forms import PHASES, Dossier, KaartEntry, PhaseChange, Referral, episodes, explain
from forms.aftercare import DEFAULT_MODE
from forms.vocab import label, vocabulary
from matrix.agenda import WAITING


def open_items(dossier: Dossier) -> list[tuple[dt.date | None, str]]:
    """Open actions and active goal deadlines of the newest version of each plan, by date."""
    newest = {}
    for plan in dossier.plans:
        if plan.plan_id not in newest or plan.version > newest[plan.plan_id].version:
            newest[plan.plan_id] = plan
    items = []
    for plan in newest.values():
        for goal in (g for g in plan.goals if g.state == "actief"):
            items.append((goal.deadline, tr("Doel: {text}").format(text=goal.text)))
            items += [(a.by_when, tr("Actie: {text}").format(text=a.what)) for a in goal.actions if not a.done]
    return sorted(items, key=lambda item: (item[0] is None, item[0] or dt.date.max))


class PhaseTimeline(QWidget):
    """The five phases as chips: passed, current, still to come."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chips = {}
        for i, code in enumerate(PHASES):
            if i:
                layout.addWidget(QLabel("→"))
            chip = QLabel(label("phases", code, lang()), objectName="Chip")
            self.chips[code] = chip
            layout.addWidget(chip)
        layout.addStretch()

    def show_phase(self, current: str | None) -> None:
        reached = PHASES.index(current) if current in PHASES else -1
        for i, (code, chip) in enumerate(self.chips.items()):
            chip.setProperty("current", i == reached)
            chip.setProperty("past", i < reached)
            chip.style().polish(chip)
        self.setAccessibleName(tr("Fase: {phase}").format(phase=label("phases", current, lang())))


class OverviewTab(QWidget):
    """Read-mostly page; `reload()` after changes. The phase can be changed here."""

    def __init__(self, vault: Vault, participant_id: UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self.participant_id = vault, participant_id
        self._shown_phase: str | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setHorizontalSpacing(18)
        self.timeline = PhaseTimeline()
        layout.addWidget(heading(tr("Traject"), "Subtitle"), 0, 0, 1, 2)
        layout.addWidget(self.timeline, 1, 0, 1, 2)
        self.history = QListWidget(accessibleName=tr("Fasegeschiedenis"))
        self.due = QListWidget(accessibleName=tr("Open acties en deadlines"))
        self.waiting = QListWidget(accessibleName=tr("Verwijzingen die wachten"))
        for row, (title, widget) in enumerate(((tr("Fasegeschiedenis"), self.history),
                                                (tr("Open acties en deadlines"), self.due))):
            layout.addWidget(heading(title, "Subtitle"), 2, row)
            layout.addWidget(widget, 3, row)
        layout.addWidget(heading(tr("Verwijzingen die wachten"), "Subtitle"), 4, 1)
        layout.addWidget(self.waiting, 5, 1)
        layout.addWidget(heading(tr("Fase wijzigen"), "Subtitle"), 4, 0)
        layout.addWidget(self._phase_form(), 5, 0, 3, 1)
        layout.addWidget(heading(tr("Nazorg"), "Subtitle"), 6, 1)
        layout.addWidget(self._aftercare_choice(), 7, 1)
        self.reload()

    def _aftercare_choice(self) -> QComboBox:
        """Her aftercare schedule (issue 14 §3), saved when chosen: the agenda's check-ins."""
        self.aftercare = QComboBox(accessibleName=tr("Nazorg"))
        self.aftercare.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.aftercare.setMinimumContentsLength(12)
        self.aftercare.addItem(tr("Actief: 1, 3, 6, 12 maanden"), "actief")
        self.aftercare.addItem(tr("Passief: als zij wil"), "passief")
        self.aftercare.setToolTip(tr("Actief: de agenda toont een contactmoment 1, 3, 6 en 12 maanden na de start van de nazorg."
                                   " Passief: zij neemt contact op als zij dat wil."))
        self.aftercare.activated.connect(lambda _i: choose_aftercare(self._vault, self.participant_id,
                                                                    self.aftercare.currentData()))
        return self.aftercare

    def _phase_form(self) -> QWidget:
        """Phase, date and outcome; the reason when she stops early; the goal from now on; and
        the days she stopped sex work or started again, with her reasons (issue 13)."""
        box = QFrame()
        form = QGridLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.new_phase = QComboBox(accessibleName=tr("Nieuwe fase"))
        for code in PHASES:
            self.new_phase.addItem(label("phases", code, lang()), code)
        self.outcome = self._choices("outcomes", tr("Uitstroomreden"), tr("Uitstroomreden (alleen bij afsluiten)"))
        self.dropout = self._choices("dropout_reasons", tr("Reden tussentijds gestopt"),
                                     tr("Reden tussentijds gestopt"))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.goal = self._choices("trajectory_goals", tr("Trajectdoel"), tr("Trajectdoel: ongewijzigd"))
        self.phase_date = QLineEdit(short_date(dt.date.today()), accessibleName=tr("Datum"))
        self.stopped_on = self._day(tr("Gestopt met sekswerk op"), tr("Gestopt op: dd-mm-jjjj"))
        self.restarted_on = self._day(tr("Weer begonnen op"), tr("Weer begonnen: dd-mm-jjjj"))
        self.stop_reasons = ChoiceMenu("stop_reasons", tr("Redenen om te stoppen"))
        self.restart_reasons = ChoiceMenu("restart_reasons", tr("Redenen om weer te beginnen"))
        self.phase_error = error_label()
        save = button(tr("Fase &opslaan"))
        save.clicked.connect(self.save_phase)
        rows = ((self.new_phase, self.phase_date), (self.outcome,), (self.dropout,), (self.goal,),
                (self.stopped_on, self.restarted_on), (self.stop_reasons,), (self.restart_reasons,),
                (self.phase_error,), (save,))
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                form.addWidget(widget, row, column, 1, 2 if len(widgets) == 1 else 1)
        form.setRowStretch(len(rows), 1)
        self._outcome_changed()
        return box

    @staticmethod
    def _choices(vocab: str, name: str, empty: str) -> QComboBox:
        combo = QComboBox(accessibleName=name)
        # As wide as the form, not as its longest answer: the window must fit a 1280-pixel screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(empty, None)
        for term in vocabulary(vocab).values():
            combo.addItem(term.label(lang()), term.code)
        return combo

    @staticmethod
    def _day(name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(accessibleName=name)
        line.setPlaceholderText(placeholder)
        line.setToolTip(name)
        return line

    def _outcome_changed(self) -> None:
        """The reason for stopping early is asked only when she stopped early."""
        early = self.outcome.currentData() == "tussentijds_gestopt"
        self.dropout.setEnabled(early)
        if not early:
            self.dropout.setCurrentIndex(0)

    def reload(self) -> None:
        dossier = self._vault.dossier(self.participant_id)
        self.timeline.show_phase(dossier.phase)
        if dossier.phase != self._shown_phase:  # her current phase: saving as is moves nothing
            self.new_phase.setCurrentIndex(max(0, self.new_phase.findData(dossier.phase)))
            self._shown_phase = dossier.phase
        schedule = max(dossier.aftercare, key=lambda s: s.updated_at, default=None)
        self.aftercare.setCurrentIndex(max(0, self.aftercare.findData(schedule.mode if schedule else DEFAULT_MODE)))
        self.history.clear()
        for number, episode in enumerate(episodes(dossier.phases), start=1):
            for change in episode:
                when = short_date(change.date or change.updated_at.date())
                again = "  " + tr("(traject {n})").format(n=number) if number > 1 else ""
                self.history.addItem(f"{when}  {label('phases', change.phase, lang())}{_details(change)}{again}")
        self.due.clear()
        for day, text in open_items(dossier):
            self.due.addItem(f"{short_date(day) or '—'}  {text}")
        if not self.due.count():
            self.due.addItem(tr("Niets open"))
        self.waiting.clear()
        for ref in (r for r in dossier.referrals if r.status in WAITING):
            self.waiting.addItem(f"{ref.partner} — {label('referral_statuses', ref.status, lang())} "
                                 f"{self._wait_text(ref)}".strip())
        if not self.waiting.count():
            self.waiting.addItem(tr("Geen wachtende verwijzingen"))

    def _wait_text(self, ref: Referral) -> str:
        """How long she has waited so far, beside the partner's usual wait from the sociale kaart."""
        days = ref.wait_days(dt.date.today())
        if days is None:
            return ""
        text = tr("wacht {n} dagen").format(n=days)
        partner = self._vault.get(ref.partner_id) if ref.partner_id else None
        if isinstance(partner, KaartEntry) and partner.waiting_days is not None:
            text += " " + tr("(gewoonlijk {n})").format(n=partner.waiting_days)
        return text

    def save_phase(self) -> None:
        date = FieldSpec("date", "date")
        try:
            change = PhaseChange(
                participant_id=self.participant_id, phase=self.new_phase.currentData(),
                date=model_value(date, self.phase_date.text()), outcome=self.outcome.currentData(),
                dropout_reason=self.dropout.currentData(), goal=self.goal.currentData(),
                stopped_on=model_value(date, self.stopped_on.text()), stop_reasons=self.stop_reasons.codes(),
                restarted_on=model_value(date, self.restarted_on.text()),
                restart_reasons=self.restart_reasons.codes())
        except ValidationError as error:
            show_error(self.phase_error, explain(error, lang()))
            return
        show_error(self.phase_error, [])
        self._vault.save(change)
        for line in (self.stopped_on, self.restarted_on):  # said once: the next change starts empty
            line.clear()
        for menu in (self.stop_reasons, self.restart_reasons):
            menu.set_codes([])
        self.goal.setCurrentIndex(0)


def _details(change: PhaseChange) -> str:
    """What a phase change recorded besides the phase, for the history list."""
    parts = [label("outcomes", change.outcome, lang())] if change.outcome else []
    if change.dropout_reason:
        parts.append(label("dropout_reasons", change.dropout_reason, lang()))
    if change.goal:
        parts.append(tr("doel: {goal}").format(goal=label("trajectory_goals", change.goal, lang())))
    if change.stopped_on:
        parts.append(tr("gestopt met sekswerk {day}").format(day=short_date(change.stopped_on)))
    if change.restarted_on:
        parts.append(tr("weer begonnen {day}").format(day=short_date(change.restarted_on)))
    return "".join(f" — {part}" for part in parts)
