"""What the figures read of a dossier, as plain data: a "lean dossier".

A lean record is a dict of the few fields a figure uses, with dates as ISO text (which sort
as dates) and `updated_at` at a fixed width (so it sorts as a time too). The vault keeps each
record's lean form ready beside it, so a report over thousands of dossiers never builds
model objects; `lean_dossier` gives the same form for a whole `forms.Dossier`.
"""

from __future__ import annotations

from forms import Dossier, Record
from forms.sharing import GOAL_FIELDS

# Consents never reach a figure; names, notes and signatures neither. Of a contact only its day,
# minutes and signals do; of a referral the kind of partner and its dates (the wait per kind).
# What of these may travel in her anonymous form is forms.sharing.LEAN_FIELDS.
FIELDS: dict[str, set[str]] = {
    "participant": {"gender", "birth_year", "country_of_birth", "stopped_sex_work_on"},
    "aanmelding": {"date", "source"},
    "intake": {"date", "legal_position", "work_settings", "sector", "profile", "signals", "reasons_to_stop"},
    "phase": {"date", "phase", "goal", "outcome", "dropout_reason", "stopped_on", "stop_reasons",
              "restarted_on", "restart_reasons"},
    "contact": {"date", "duration_minutes", "signals"},
    "assessment": {"date", "instrument_id", "scores"},
    "plan": {"date", "plan_id", "version", "goals"},
    "evaluation": {"date", "plan_id", "scores"},
    "referral": {"partner_kind", "sent_on", "waiting_since", "intake_on"},
}
# Raised whenever FIELDS changes: a vault rewrites its lean rows once when it opens (Vault).
VERSION = "2"
LeanRecord = dict
LeanDossier = dict  # record kind -> its lean records ("participant" -> a list of one); absent: none


def day_of(record: LeanRecord) -> str:
    """The record's day as ISO text (ISO dates sort as dates)."""
    return record["date"] or record["updated_at"][:10]


def record_data(record: Record) -> LeanRecord | None:
    """The lean form of one record, or None for a kind no figure reads."""
    fields = FIELDS.get(record.KIND)
    if fields is None:
        return None
    data = record.model_dump(mode="json", include=fields - {"goals"})
    if "goals" in fields:
        data["goals"] = [goal.model_dump(mode="json", include=GOAL_FIELDS) for goal in record.goals]
    data["updated_at"] = record.updated_at.isoformat(timespec="microseconds")
    return data


def lean_dossier(dossier: Dossier) -> LeanDossier:
    """The lean form of a whole dossier (what the vault's report rows give, in one go)."""
    lean: LeanDossier = {}
    for record in dossier.records():
        if (data := record_data(record)) is not None:
            lean.setdefault(record.KIND, []).append(data)
    return lean
