"""What the figures read of a dossier, as plain data: a "lean dossier".

A lean record is a dict of the few fields a figure uses, with dates as ISO text (which sort
as dates) and `updated_at` at a fixed width (so it sorts as a time too). The vault keeps each
record's lean form ready beside it, so a report over thousands of dossiers never builds
model objects; `lean_dossier` gives the same form for a whole `forms.Dossier`.
"""

from __future__ import annotations

from forms import Dossier, Record

# Contacts and consents never reach a figure; names, notes and signatures neither. Of a referral
# only the kind of partner and its dates do (the wait per kind of partner).
GOAL_FIELDS = {"id", "life_domain", "state", "start", "target", "lower_is_better"}
FIELDS: dict[str, set[str]] = {
    "participant": {"gender"},
    "aanmelding": {"date", "source"},
    "intake": {"date", "legal_position", "work_settings"},
    "phase": {"date", "phase", "outcome"},
    "assessment": {"date", "instrument_id", "scores"},
    "plan": {"date", "plan_id", "version", "goals"},
    "evaluation": {"date", "plan_id", "scores"},
    "referral": {"partner_kind", "sent_on", "waiting_since", "intake_on"},
}
LeanRecord = dict
LeanDossier = dict  # record kind -> its lean records ("participant" -> a list of one); absent: none


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
