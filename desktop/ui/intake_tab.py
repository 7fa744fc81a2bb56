"""Aanmelding & intake: the IntakeFlow's steps drawn as forms, with inline messages and drafts."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.flows.intake import SECTIONS, STEPS, FieldKey, IntakeFlow
from desktop.settings import Settings
from desktop.ui.drafts import DraftAutosaver
from desktop.ui.i18n import lang, tr
from desktop.ui.widgets.common import Banner, button, heading, hint
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.unsaved import unsaved_mark
from desktop.vault import Vault


def step_titles() -> dict[str, str]:
    return {"deelnemer": tr("Deelnemer"), "aanmelding": tr("Aanmelding"), "intake": tr("Intake"),
            "controle": tr("Controleren")}


class IntakeTab(QWidget):
    """Edits participant, aanmelding and intake; a draft is restored when the vault holds one."""

    saved = Signal()
    unsaved_changed = Signal(bool)

    def __init__(self, vault: Vault, participant_id: UUID, settings: Settings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._vault, self.participant_id = vault, participant_id
        self.flow = IntakeFlow(vault.dossier(participant_id))
        interval = (settings or Settings()).autosave_seconds
        self.autosaver = DraftAutosaver(vault, self.flow.draft_key, lambda: self.flow.to_draft(), interval, self)
        self.banner = Banner()
        discard = self.banner.add_button(button(tr("Concept &weggooien")))
        discard.clicked.connect(self.discard_draft)
        self.steps = QListWidget(accessibleName=tr("Stappen van de intake"))
        self.steps.setFixedWidth(170)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.forms: dict[str, FieldForm] = {}
        for number, (step, title) in enumerate(step_titles().items(), start=1):
            self.steps.addItem(f"{number}. {title}")
            self.pages.addWidget(self._page(step, title))
        self.steps.currentRowChanged.connect(lambda row: self._go(STEPS[row]))
        self._build_layout()
        self._restore_draft()
        self._show_step()

    def _build_layout(self) -> None:
        self.back_button = button(tr("&Vorige"), shortcut="Alt+Left")
        self.back_button.setProperty("reading", True)  # choosing what to read: stays on in a read-only dossier
        self.next_button = button(tr("Vol&gende"), shortcut="Alt+Right")
        self.next_button.setProperty("reading", True)  # choosing what to read: stays on in a read-only dossier
        self.save_button = button(tr("&Opslaan"), primary=True, shortcut="Ctrl+S")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.save_button.clicked.connect(self.save)
        self.unsaved = unsaved_mark()
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.unsaved)
        for widget in (self.back_button, self.next_button, self.save_button):
            bar.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addLayout(bar)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def _page(self, step: str, title: str) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(heading(title, "Subtitle"))
        if step == "controle":
            self.summary = QLabel(wordWrap=True)
            column.addWidget(self.summary)
        else:
            if step == "intake":
                column.addWidget(hint(tr("Schrijf haar hulpvraag op in haar eigen woorden.")))
            form = FieldForm(SECTIONS[step][1])
            form.set_values(self.flow.values[step])
            form.edited.connect(lambda name, value, s=step: self._edited(s, name, value))
            self.forms[step] = form
            column.addWidget(form)
        column.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        return scroll

    # --- flow ------------------------------------------------------------------------
    def _edited(self, step: str, name: str, value: object) -> None:
        self.flow.set(step, name, value)
        self.autosaver.touched()
        self._show_unsaved()

    def _show_unsaved(self) -> None:
        if self.unsaved.isHidden() == self.flow.dirty:
            self.unsaved.setVisible(self.flow.dirty)
            self.unsaved_changed.emit(self.flow.dirty)

    def has_unsaved(self) -> bool:
        return self.flow.dirty

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self.discard_draft()

    def _go(self, step: str) -> None:
        self.flow.go(step)
        self._show_step()

    def _show_step(self) -> None:
        index = STEPS.index(self.flow.step)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)
        if self.flow.step == "controle":
            self._show_summary()

    def _show_problems(self, problems: dict[FieldKey, list[str]]) -> None:
        for step, form in self.forms.items():
            form.show_problems({name: lines for (s, name), lines in problems.items() if s == step})

    def _show_summary(self) -> None:
        problems = self.flow.problems(lang())
        self._show_problems(problems)
        if problems:
            lines = "\n".join(f"• {line}" for lines in problems.values() for line in lines)
            self.summary.setText(tr("Nog niet alles klopt:") + "\n" + lines)
        else:
            self.summary.setText(tr("Alles is in orde. Kies Opslaan (Ctrl+S) om de intake te bewaren."))

    def next(self) -> None:
        problems = self.flow.next(lang())
        self._show_problems(problems)
        if problems and self.flow.step in self.forms:
            self.forms[self.flow.step].focus_first_problem({n: l for (_s, n), l in problems.items()})
        self._show_step()

    def back(self) -> None:
        self.flow.back()
        self._show_step()

    def save(self) -> bool:
        """Validate everything; save in one transaction, or show the problems where they are."""
        problems = self.flow.problems(lang())
        self._show_problems(problems)
        if problems:
            self.flow.go(self.flow.first_step_with(problems) or self.flow.step)
            self._show_step()
            if self.flow.step in self.forms:
                self.forms[self.flow.step].focus_first_problem({n: l for (_s, n), l in problems.items()})
            return False
        self._vault.save_all(self.flow.records())
        self.flow.saved(self._vault.dossier(self.participant_id))
        self.autosaver.saved()
        self.banner.show_message(tr("Opgeslagen."))
        self._show_unsaved()
        self.saved.emit()
        return True

    # --- drafts ----------------------------------------------------------------------
    def _restore_draft(self) -> None:
        draft = self.autosaver.stored()
        if draft and self.flow.restore(draft):
            for step, form in self.forms.items():
                form.set_values(self.flow.values[step])
            self.banner.show_message(tr("Niet-opgeslagen concept teruggezet. Kies Opslaan om het te bewaren."))
            self._show_unsaved()

    def discard_draft(self) -> None:
        self.autosaver.saved()
        self.flow = IntakeFlow(self._vault.dossier(self.participant_id))
        for step, form in self.forms.items():
            form.set_values(self.flow.values[step])
            form.show_problems({})
        self.banner.setVisible(False)
        self._show_step()
        self._show_unsaved()

    def flush_draft(self) -> None:
        self.autosaver.flush()

    def reload(self) -> None:
        """Refresh from the vault unless there are unsaved edits (those win until saved)."""
        if not self.flow.dirty:
            self.flow = IntakeFlow(self._vault.dossier(self.participant_id), step=self.flow.step)
            for step, form in self.forms.items():
                form.set_values(self.flow.values[step])
