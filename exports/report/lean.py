"""What the figures read of a dossier, as plain data: a "lean dossier".

A lean record is a dict of the few fields a figure uses, with dates as ISO text (which sort
as dates) and `updated_at` at a fixed width (so it sorts as a time too). The vault keeps each
record's lean form ready beside it, so a report over thousands of dossiers never builds
model objects; `lean_dossier` gives the same form for a whole `forms.Dossier`.
"""

from __future__ import annotations

from forms import Dossier, Record
from forms.sharing import GOAL_FIELDS, LEAN_FIELDS

# Contacts, consents and referrals never reach a figure; names, notes and signatures neither.
# The table lives in forms.sharing: the anonymous monitoring form carries exactly these fields.
FIELDS = LEAN_FIELDS
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
