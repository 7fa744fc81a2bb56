"""Aanmelding & intake as a state machine over plain values: steps, validation, drafts.

Values are what the worker typed or ticked (strings, lists of codes, DECLINED); the flow
turns them into `forms` records, and maps each pydantic error to the field it names, with
the `forms.explain` sentence. The screen only draws fields and messages. No Qt.
"""

from __future__ import annotations

import json
from datetime import date
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from desktop.flows.fields import FieldSpec, build_record, field_problems, initial_values, is_blank, shown_value
from forms import Aanmelding, Dossier, Intake, Participant, Record

DRAFT_VERSION = 1
STEPS = ("deelnemer", "aanmelding", "intake", "controle")


SECTIONS: dict[str, tuple[type[Record], tuple[FieldSpec, ...]]] = {
    "deelnemer": (Participant, (
        FieldSpec("roepnaam", "text"),
        FieldSpec("legal_name", "text", declinable=True),
        FieldSpec("birth_year", "int", declinable=True),
        FieldSpec("gender", "choice", "genders"),
        FieldSpec("nationality", "text", declinable=True),
        FieldSpec("country_of_birth", "text", declinable=True),
        FieldSpec("languages", "codes"),
        FieldSpec("preferred_language", "text"),
        FieldSpec("contact_preferences", "multi", "contact_preferences"),
        FieldSpec("preferred_worker_gender", "choice", "worker_genders"),
        FieldSpec("contact_person", "text"),
        FieldSpec("stopped_sex_work_on", "date"),
    )),
    "aanmelding": (Aanmelding, (
        FieldSpec("date", "date"),
        FieldSpec("source", "choice", "sources"),
    )),
    # In the order a conversation goes (001:880-940): her words first, then her situation per
    # life domain, her work and earlier attempts, and the legal frame and safety last.
    "intake": (Intake, (
        FieldSpec("date", "date"),
        FieldSpec("help_request", "long"),
        FieldSpec("expectations", "long"),
        FieldSpec("domain_situations", "domains", "life_domains"),
        FieldSpec("work_settings", "multi", "work_settings"),
        FieldSpec("sector", "choice", "sectors"),
        # Not declinable in the form: the model's ge/le bound breaks on the DECLINED string.
        FieldSpec("years_in_sex_work", "int"),
        FieldSpec("earlier_attempts", "int"),
        FieldSpec("reasons_to_stop", "multi", "stop_reasons"),
        FieldSpec("conditions", "multi", "conditions"),
        FieldSpec("legal_position", "choice", "legal_positions"),
        FieldSpec("signals", "multi", "coercion_signals"),
        FieldSpec("signals_note", "long"),
        FieldSpec("reflection_period", "choice", "reflection_periods"),
        FieldSpec("police_report", "choice", "police_reports"),
        FieldSpec("profile", "choice", "profiles"),
    )),
}

FieldKey = tuple[str, str]  # (section, field name)


@dataclass
class IntakeFlow:
    """The participant, aanmelding and intake of one dossier, being edited step by step."""

    dossier: Dossier
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    step: str = STEPS[0]
    dirty: bool = False

    def __post_init__(self) -> None:
        if not self.values:
            self.values = {name: initial_values(specs, self._stored(name))
                           for name, (_cls, specs) in SECTIONS.items()}
            if self._stored("aanmelding") is None:  # she registered the day she was added, or today
                self.values["aanmelding"]["date"] = shown_value(SECTIONS["aanmelding"][1][0], self._registered())

    @property
    def participant_id(self) -> UUID:
        return self.dossier.participant.id

    @property
    def draft_key(self) -> str:
        return f"intake:{self.participant_id}"

    def _registered(self) -> date:
        days = [c.date for c in self.dossier.phases if c.phase == "aanmelding" and c.date]
        return min(days, default=date.today())

    def _stored(self, section: str) -> Record | None:
        if section == "deelnemer":
            return self.dossier.participant
        records = self.dossier.aanmeldingen if section == "aanmelding" else self.dossier.intakes
        return max(records, key=lambda r: r.updated_at, default=None)

    # --- editing and moving ----------------------------------------------------------
    def set(self, section: str, name: str, value: Any) -> None:
        if self.values[section].get(name) != value:
            self.values[section][name] = value
            self.dirty = True

    def go(self, step: str) -> None:
        if step not in STEPS:
            raise ValueError(step)
        self.step = step

    def next(self, lang: str = "nl") -> dict[FieldKey, list[str]]:
        """Validate the current step; move on only when it has no problems."""
        problems = self.problems(lang, sections=[self.step] if self.step in SECTIONS else None)
        if not problems and self.step != STEPS[-1]:
            self.step = STEPS[STEPS.index(self.step) + 1]
        return problems

    def back(self) -> None:
        if self.step != STEPS[0]:
            self.step = STEPS[STEPS.index(self.step) - 1]

    # --- validation and records ------------------------------------------------------
    def _build(self, section: str) -> Record | None:
        cls, specs = SECTIONS[section]
        stored, values = self._stored(section), self.values[section]
        if stored is None and is_blank(specs, values):
            return None  # nothing filled in: no empty record
        return build_record(cls, specs, values, stored, self.participant_id)

    def problems(self, lang: str = "nl", sections: list[str] | None = None) -> dict[FieldKey, list[str]]:
        """The forms.explain() lines per (section, field), for the given sections (default: all)."""
        found: dict[FieldKey, list[str]] = {}
        for section in sections or list(SECTIONS):
            try:
                self._build(section)
            except ValidationError as error:
                for name, lines in field_problems(error, lang).items():
                    found[(section, name)] = lines
        return found

    def records(self) -> list[Record]:
        """The records to save; raises ValidationError when a section is not valid yet."""
        return [r for r in (self._build(s) for s in SECTIONS) if r is not None]

    def first_step_with(self, problems: dict[FieldKey, list[str]]) -> str | None:
        return next((s for s in STEPS if any(key[0] == s for key in problems)), None)

    def saved(self, dossier: Dossier) -> None:
        """After a successful save: the stored records are the new starting point."""
        self.dossier, self.dirty = dossier, False

    # --- drafts ----------------------------------------------------------------------
    def to_draft(self) -> str:
        return json.dumps({"version": DRAFT_VERSION, "form": "intake", "participant_id": str(self.participant_id),
                           "step": self.step, "values": self.values}, ensure_ascii=False)

    def restore(self, draft: str) -> bool:
        """Put a draft's values back; False (and nothing changed) if it does not fit this dossier."""
        try:
            data = json.loads(draft)
        except ValueError:
            return False
        if data.get("version") != DRAFT_VERSION or data.get("participant_id") != str(self.participant_id):
            return False
        for section, values in data.get("values", {}).items():
            if section in self.values:
                known = {k: v for k, v in values.items() if k in self.values[section]}
                self.values[section].update(known)
        self.step = data.get("step") if data.get("step") in STEPS else self.step
        self.dirty = True
        return True
