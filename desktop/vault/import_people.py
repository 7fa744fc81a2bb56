"""An import told in people, not records: per dossier in the bundle whether she is new, updated,
unchanged or in conflict, named by roepnaam (or 'anoniem'); and whether this very bundle was
read in before (when), or is older than one already read in from the same worker."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from desktop.vault import owners
from desktop.vault.merge import MergeResult
from forms import Record

# In the order results are listed. A dossier with any conflict is 'in conflict', whatever else
# changed in it: it needs her eyes.
OUTCOMES = ("new", "updated", "unchanged", "conflicts")


@dataclass(frozen=True)
class DossierOutcome:
    participant_id: UUID
    roepnaam: str  # '' when the dossier carries none: shown as 'anoniem'
    outcome: str


@dataclass(frozen=True)
class Earlier:
    """What the vault knew of this bundle before reading it in."""

    read_at: dt.datetime | None  # this very bundle was read in then
    newer_created: dt.datetime | None  # a bundle made later by the same worker was read in already


def earlier(db: sqlite3.Connection, digest: str, fingerprint: str, created: dt.datetime) -> Earlier:
    row = db.execute("SELECT min(at) FROM import_log WHERE bundle_digest = ?", (digest,)).fetchone()
    newest = db.execute("SELECT max(created) FROM import_log WHERE from_fingerprint = ? AND bundle_digest != ?",
                        (fingerprint, digest)).fetchone()
    later = dt.datetime.fromisoformat(newest[0]) if newest and newest[0] else None
    return Earlier(dt.datetime.fromisoformat(row[0]) if row and row[0] else None,
                   later if later is not None and later > created else None)


def older(result: MergeResult, known: Earlier) -> bool:
    """Older than what is here: a record came in at an older revision than the one stored (a
    file read after a newer one), or a later bundle of the same worker was read in already."""
    return known.read_at is None and (bool(result.older) or known.newer_created is not None)


def per_dossier(db: sqlite3.Connection, records: Sequence[Record], result: MergeResult) -> list[DossierOutcome]:
    """Each dossier in the bundle once, by roepnaam; call after the merge (the names are stored)."""
    outcome = {record_id: name for name in OUTCOMES for _kind, record_id in getattr(result, name)}
    found: dict[UUID, set[str]] = {}
    for record in records:
        found.setdefault(record.dossier_id, set()).add(outcome.get(record.id, "unchanged"))
    people = []
    for dossier, outcomes in found.items():
        name = owners.roepnaam(db, dossier)
        shown = "" if name == str(dossier) else name  # no participant record: no name to show
        people.append(DossierOutcome(dossier, shown, _dossier_outcome(dossier, outcomes, outcome)))
    return sorted(people, key=lambda p: (OUTCOMES.index(p.outcome), p.roepnaam.casefold()))


def _dossier_outcome(dossier: UUID, outcomes: set[str], by_record: dict[UUID, str]) -> str:
    if "conflicts" in outcomes:
        return "conflicts"
    if by_record.get(dossier) == "new":
        return "new"  # her participant record came in for the first time
    return "updated" if outcomes & {"new", "updated"} else "unchanged"
