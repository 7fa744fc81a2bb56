"""What may leave a worker's vault for whom (issue 12 §1), as records a bundle can carry.

- `MonitoringForm`: the anonymous form of a dossier that is not shared with the supervisor:
  only what the monitoring figures read (LEAN_FIELDS: codes, dates, numbers), no name, no
  notes, no free text. Its id is the participant's id, so it takes her place in the
  supervisor's vault and she is counted once.
- `ErasureNotice`: that her owner erased her dossier (ids only); the supervisor erases her too.
- `supervisor_consent` / `referral_consent`: the current consent that allows sharing.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar
from uuid import UUID, uuid5

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from forms.base import ParticipantRecord
from forms.contacts import Consent, Referral
from forms.vocab import fold

SUPERVISOR_PURPOSE = "delen_leidinggevende"
PARTNER_PURPOSE = "delen_ketenpartner"
# A referral still being prepared has not gone to the partner: it needs no consent yet.
UNSENT_STATUSES = {"voorbereid"}

# What of the figures' lean rows (exports.report.lean) travels in the anonymous form: codes, dates
# and numbers only. Her birth year and country of birth stay with her worker, so an anonymous
# dossier counts as 'not recorded' in the age and origin tables (docs/report.md).
GOAL_FIELDS = {"id", "life_domain", "state", "start", "target", "lower_is_better"}
LEAN_FIELDS: dict[str, set[str]] = {
    "participant": {"gender", "stopped_sex_work_on"},
    "aanmelding": {"date", "source"},
    "intake": {"date", "legal_position", "work_settings", "sector", "profile", "signals", "reasons_to_stop"},
    "phase": {"date", "phase", "goal", "outcome", "dropout_reason", "stopped_on", "stop_reasons",
              "restarted_on", "restart_reasons"},
    "contact": {"date", "duration_minutes", "signals"},
    "assessment": {"date", "instrument_id", "scores"},
    "plan": {"date", "plan_id", "version", "goals"},
    "evaluation": {"date", "plan_id", "scores"},
    "referral": {"partner_kind", "sent_on", "waiting_since", "intake_on"},  # the wait per kind of partner
}
# Codes, dates, times and ids: no spaces, so no sentence fits.
_TOKEN = re.compile(r"^[A-Za-z0-9_.:+-]{0,64}$")


def _plain(value: object, depth: int = 0) -> bool:
    """A value without free text: numbers, tokens, and lists or maps of them."""
    if value is None or isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, str):
        return bool(_TOKEN.match(value))
    if depth < 2 and isinstance(value, list):
        return len(value) <= 100 and all(_plain(v, depth + 1) for v in value)
    if depth < 2 and isinstance(value, dict):
        return len(value) <= 100 and all(_TOKEN.match(k) and _plain(v, depth + 1) for k, v in value.items())
    return False


def form_data(lean: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The part of her lean rows that may travel: the LEAN_FIELDS, each only while it holds no
    free text (a value with a space stays home rather than stopping the export)."""
    return {kind: [{key: value for key, value in item.items()
                    if (key in LEAN_FIELDS[kind] or key == "updated_at") and (key == "goals" or _plain(value))}
                   for item in items]
            for kind, items in lean.items() if kind in LEAN_FIELDS}


def _lean_problem(kind: str, item: object) -> bool:
    if kind not in LEAN_FIELDS or not isinstance(item, dict):
        return True
    if set(item) - LEAN_FIELDS[kind] - {"updated_at"}:
        return True
    goals = item.get("goals", [])
    if not isinstance(goals, list) or any(not isinstance(g, dict) or set(g) - GOAL_FIELDS or not _plain(g)
                                          for g in goals):
        return True
    return not all(_plain(v) for k, v in item.items() if k != "goals")


class MonitoringForm(ParticipantRecord):
    """The anonymous monitoring form of one dossier (see the module docstring)."""

    KIND: ClassVar[str] = "monitoring"

    data: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _only_what_figures_read(self) -> MonitoringForm:
        if self.id != self.participant_id:
            raise PydanticCustomError("koers_form_not_hers", "a monitoring form has its participant's id")
        if len(self.data.get("participant", [])) != 1 or any(
                len(items) > 500 or any(_lean_problem(kind, item) for item in items)
                for kind, items in self.data.items()):
            raise PydanticCustomError("koers_form_not_lean", "a monitoring form holds only what figures read")
        return self


class ErasureNotice(ParticipantRecord):
    """Her owner erased her dossier: the receiving vault erases her too. Ids only."""

    KIND: ClassVar[str] = "erasure"

    @classmethod
    def for_participant(cls, participant_id: UUID) -> ErasureNotice:
        return cls(id=uuid5(participant_id, "erasure"), participant_id=participant_id,
                   updated_at="2000-01-01T00:00:00+00:00")  # the same notice, whenever it is made

    @model_validator(mode="after")
    def _one_id_per_participant(self) -> ErasureNotice:
        if self.id != uuid5(self.participant_id, "erasure"):
            raise PydanticCustomError("koers_notice_id", "an erasure notice has its participant's notice id")
        return self


def supervisor_consent(consents: list[Consent], day: date) -> Consent | None:
    """Her current consent to share her dossier with the supervisor (case oversight), if any."""
    return next((c for c in consents if c.purpose == SUPERVISOR_PURPOSE and c.active_on(day)), None)


def covers(consent: Consent, partner: str) -> bool:
    """Whether a consent to share with a partner organisation names this partner."""
    return consent.purpose == PARTNER_PURPOSE and consent.recipient is not None and \
        fold(consent.recipient) == fold(partner)


def referral_consent(referral: Referral, consents: list[Consent], day: date) -> Consent | None:
    """The current consent that lets this referral go to its partner: the one it links to, or
    else one that names the partner. None when there is none."""
    current = [c for c in consents if c.active_on(day) and covers(c, referral.partner)]
    linked = next((c for c in current if c.id == referral.consent_id), None)
    return linked or (current[0] if referral.consent_id is None and current else None)
