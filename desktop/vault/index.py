"""What is derived per participant and kept beside her records: the search index (name,
phase, next deadline) and the lean form of her records that monitoring figures read."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from uuid import UUID

import orjson

from exports.report.lean import record_data
from forms import Dossier, Record
from forms.sharing import MonitoringForm
from forms.vocab import fold
from matrix.deadlines import open_deadlines

def next_deadline(dossier: Dossier) -> dt.date | None:
    """The earliest open goal deadline of the current plan, overdue ones included: the rule the
    supervisor's caseload counts by (matrix.deadlines), so the two screens agree."""
    return min(open_deadlines(dossier), default=None)


# Each participant's lean records (report_rows) as one JSON document {"kind": [record, ...]},
# so a report over thousands of dossiers reads one small row each.
_REPORT_DOSSIERS = (
    "INSERT OR REPLACE INTO report_dossiers SELECT participant_id,"
    " '{' || group_concat('\"' || kind || '\":' || records) || '}' FROM ("
    "  SELECT participant_id, kind, '[' || group_concat(data) || ']' AS records FROM report_rows"
    "  WHERE participant_id IN (SELECT value FROM json_each(?)) GROUP BY participant_id, kind)"
    " GROUP BY participant_id")




def write_report_rows(db: sqlite3.Connection, records: list[Record]) -> None:
    """Keep the lean form of each record that figures read (exports.report.lean) beside it;
    an anonymous monitoring form is already lean: its rows replace whatever she had."""
    rows = [(str(r.id), r.KIND, str(r.dossier_id), orjson.dumps(data).decode())
            for r in records if (data := record_data(r)) is not None]
    for form in (r for r in records if isinstance(r, MonitoringForm)):
        db.execute("DELETE FROM report_rows WHERE participant_id = ?", (str(form.participant_id),))
        rows += [(f"{form.id}:{kind}:{n}", kind, str(form.participant_id), orjson.dumps(item).decode())
                 for kind, items in form.data.items() for n, item in enumerate(items)]
    db.executemany("INSERT OR REPLACE INTO report_rows VALUES (?,?,?,?)", rows)


def reindex(db: sqlite3.Connection, participant_ids: list[UUID],
            load: Callable[[UUID, tuple[str, ...]], Dossier]) -> None:
    """Refresh the search index and lean report dossier of these participants."""
    db.execute(_REPORT_DOSSIERS, (orjson.dumps([str(p) for p in participant_ids]).decode(),))
    for pid in participant_ids:
        # The search index needs only her name, phases, plans and evaluations: skip contacts and the rest.
        dossier = load(pid, ("participant", "phase", "plan", "evaluation"))
        due = next_deadline(dossier)
        db.execute("INSERT OR REPLACE INTO participants VALUES (?,?,?,?)",
                   (str(pid), fold(dossier.participant.roepnaam), dossier.phase, due.isoformat() if due else None))
