"""What the figures read of a dossier, as plain data: a "lean dossier".

A lean record is a dict of the few fields a figure uses, with dates as ISO text (which sort
as dates) and `updated_at` at a fixed width (so it sorts as a time too). The vault keeps each
record's lean form ready beside it, so a report over thousands of dossiers never builds
model objects; `lean_dossier` gives the same form for a whole `forms.Dossier`.
"""

from __future__ import annotations

from forms import Dossier, Record
from forms.sharing import GOAL_FIELDS, LEAN_FIELDS

# Consents never reach a figure; names, notes and signatures neither. The report reads all that
# her anonymous form may carry (forms.sharing.LEAN_FIELDS: codes, dates, numbers) and, from a
# dossier shared whole, her birth year and country of birth as well (age band, origin group).
FIELDS: dict[str, set[str]] = {kind: fields | ({"birth_year", "country_of_birth"} if kind == "participant" else set())
                               for kind, fields in LEAN_FIELDS.items()}
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
