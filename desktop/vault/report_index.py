"""What the monitoring figures read of each record, kept in its own small table on every
write, so a report over 10,000 dossiers does not decrypt every contact note."""

from __future__ import annotations

import orjson

from forms import Record

# Contacts, consents and referrals never reach a figure; names, notes and signatures neither.
GOAL_FIELDS = ("id", "life_domain", "state", "start", "target", "lower_is_better")
FIELDS: dict[str, set[str]] = {
    "participant": {"gender"},
    "aanmelding": {"date", "source"},
    "intake": {"date", "legal_position", "work_settings"},
    "phase": {"date", "phase", "outcome"},
    "assessment": {"date", "instrument_id", "scores"},
    "plan": {"date", "plan_id", "version", "goals"},
    "evaluation": {"date", "plan_id", "scores"},
}


def report_data(record: Record) -> str | None:
    """The JSON of the fields figures read, or None for a kind no figure uses."""
    fields = FIELDS.get(record.KIND)
    if fields is None:
        return None
    if record.KIND == "plan":
        data = record.model_dump(mode="json", include=fields - {"goals"})
        data["goals"] = [goal.model_dump(mode="json", include=set(GOAL_FIELDS)) for goal in record.goals]
    else:
        data = record.model_dump(mode="json", include=fields)
    return orjson.dumps(data).decode()
