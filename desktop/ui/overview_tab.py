"""Overzicht: where she is in the traject, what is due, who she is waiting for."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout,
    QWidget,
)
from pydantic import ValidationError

from desktop.flows.fields import FieldSpec, model_value
from desktop.ui.i18n import lang, tr
from desktop.ui.models.caseload_model import short_date
from desktop.ui.widgets.common import button, error_label, heading, show_error
from desktop.vault import Vault
from forms import PHASES, Dossier, KaartEntry, PhaseChange, Referral, episodes, explain
from forms.vocab import label, vocabulary

WAITING = ("aangemeld", "wachtlijst")


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
        layout.addWidget(self._phase_form(), 5, 0)
        self.reload()

    def _phase_form(self) -> QWidget:
        box = QFrame()
        form = QVBoxLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.new_phase = QComboBox(accessibleName=tr("Nieuwe fase"))
        for code in PHASES:
            self.new_phase.addItem(label("phases", code, lang()), code)
        self.outcome = QComboBox(accessibleName=tr("Uitstroomreden"))
        self.outcome.addItem(tr("Uitstroomreden (alleen bij afsluiten)"), None)
        for term in vocabulary("outcomes").values():
            self.outcome.addItem(term.label(lang()), term.code)
        self.phase_date = QLineEdit(short_date(dt.date.today()), accessibleName=tr("Datum"))
        self.phase_error = error_label()
        save = button(tr("Fase &opslaan"))
        save.clicked.connect(self.save_phase)
        for widget in (self.new_phase, self.outcome, self.phase_date, self.phase_error, save):
            form.addWidget(widget)
        form.addStretch()
        return box

    def reload(self) -> None:
        dossier = self._vault.dossier(self.participant_id)
        self.timeline.show_phase(dossier.phase)
        if dossier.phase != self._shown_phase:  # her current phase: saving as is moves nothing
            self.new_phase.setCurrentIndex(max(0, self.new_phase.findData(dossier.phase)))
            self._shown_phase = dossier.phase
        self.history.clear()
        for number, episode in enumerate(episodes(dossier.phases), start=1):
            for change in episode:
                outcome = f" — {label('outcomes', change.outcome, lang())}" if change.outcome else ""
                when = short_date(change.date or change.updated_at.date())
                again = "  " + tr("(traject {n})").format(n=number) if number > 1 else ""
                self.history.addItem(f"{when}  {label('phases', change.phase, lang())}{outcome}{again}")
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
        day = model_value(FieldSpec("date", "date"), self.phase_date.text())
        try:
            change = PhaseChange(participant_id=self.participant_id, phase=self.new_phase.currentData(),
                                 date=day, outcome=self.outcome.currentData())
        except ValidationError as error:
            show_error(self.phase_error, explain(error, lang()))
            return
        show_error(self.phase_error, [])
        self._vault.save(change)
