"""The rules for merging records from another vault (an imported bundle) into this one; the
operation itself is `Vault.merge`. docs/bundle-format.md has them as a table.

Per incoming record:
- its hash is in the record's history (or it is the current one)   -> unchanged
- no local record with that id                                      -> new
- the local record came from an import and the incoming rev is newer -> updated
- the local record came from an import and the incoming rev is older -> unchanged (older file)
- anything else (edited here, or the same rev with other content)    -> conflict, kept aside

The whole merge is refused (MergeRefused, nothing written) when a new, updated or conflicting
record lies in a dossier someone else owns (desktop.vault.owners), would move a record to
another dossier or change its kind, changes a signed plan version other than by adding
signatures, or carries a time far in the future.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from desktop.vault import owners
from desktop.vault.errors import VaultError
from desktop.vault.owners import Origin
from forms import Record, Trajectplan
from forms.base import printable, utcnow
from forms.catalogue import Message

# Clocks differ a little between laptops; a day ahead is a wrong clock, more is a forgery.
CLOCK_SLACK = dt.timedelta(days=1)


class MergeRefused(VaultError):
    """A merge the sender may not make; the message says why, nothing was written."""


@dataclass
class MergeResult:
    """What a merge did, record by record: (kind, id) per outcome."""

    new: list[tuple[str, UUID]] = field(default_factory=list)
    updated: list[tuple[str, UUID]] = field(default_factory=list)
    unchanged: list[tuple[str, UUID]] = field(default_factory=list)
    conflicts: list[tuple[str, UUID]] = field(default_factory=list)
    writes: list[tuple[Record, str]] = field(default_factory=list)  # (record, hash) to store
    kept_aside: list[tuple[Record, str]] = field(default_factory=list)  # conflicting versions
    erased: list[UUID] = field(default_factory=list)  # dossiers her owner erased (desktop.vault.sharing)
    anonymised: list[UUID] = field(default_factory=list)  # dossiers reduced to their anonymous form
    older: list[tuple[str, UUID]] = field(default_factory=list)  # unchanged: older than the version here


@dataclass(frozen=True)
class _Local:
    kind: str
    rev: int
    hash: str
    origin: Origin
    dossier: UUID
    body: str | None  # plans only


def decide(db: sqlite3.Connection, incoming: Sequence[tuple[Record, str]], origin: Origin,
           attachments: Sequence[tuple[UUID, str]] = (), record_owned: frozenset[str] = frozenset()
           ) -> MergeResult:
    """Sort the incoming (record, hash) pairs by outcome, or raise MergeRefused; `attachments`
    (record id, sha256) count as changes to their record's dossier unless already stored.
    Records of a `record_owned` kind (a supervisor's note in a worker's dossier) are owned one by
    one, not by their dossier: the sender may add them, and change only those she sent before."""
    local, seen = _local_state(db, [r for r, _ in incoming])
    result = MergeResult()
    changed_dossiers: set[UUID] = set()
    for record, digest in incoming:
        _check_times(record)
        mine = local.get(record.id)
        outcome = _outcome(record, digest, mine, seen)
        if outcome == "older":
            result.older.append((record.KIND, record.id))
            outcome = "unchanged"
        getattr(result, outcome).append((record.KIND, record.id))
        if outcome == "unchanged":
            continue
        _check_same_place(record, mine)
        if record.KIND in record_owned:
            _check_record_owner(db, record, mine, origin)
        else:
            changed_dossiers.add(record.dossier_id)
        if outcome == "conflicts":
            result.kept_aside.append((record, digest))
        else:
            result.writes.append((record, digest))
    for record_id, digest in attachments:
        if not db.execute("SELECT 1 FROM attachments WHERE record_id = ? AND sha256 = ?",
                          (str(record_id), digest)).fetchone():
            changed_dossiers.add(_dossier_of(db, record_id, incoming))
    check_owners(db, changed_dossiers, origin)
    _check_signed_plans(db, result.writes + result.kept_aside, local)
    return result


def _local_state(db: sqlite3.Connection, records: list[Record]) -> tuple[dict[UUID, _Local], set[tuple[str, str]]]:
    """The local state and every known (id, hash) of the incoming ids, in two queries."""
    ids = owners.json_list([str(r.id) for r in records])
    local = {UUID(row[0]): _Local(row[1], row[2], row[3], Origin.parse(row[4]), UUID(row[5]), row[6])
             for row in db.execute("SELECT id, kind, rev, hash, origin, participant_id,"
                                   " CASE kind WHEN 'plan' THEN body END FROM records"  # plans: signed?
                                   " WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
    seen = set(db.execute("SELECT id, hash FROM record_versions WHERE id IN (SELECT value FROM json_each(?))",
                          (ids,)))
    return local, seen


def _outcome(record: Record, digest: str, local: _Local | None, seen: set[tuple[str, str]]) -> str:
    if local is None:
        return "new"
    if local.kind != record.KIND:
        raise MergeRefused(Message("exchange.merge.record-is-another-kind", id=record.id, kind=local.kind))
    if digest == local.hash or (str(record.id), digest) in seen:
        return "unchanged"
    if not local.origin.is_local and record.rev != local.rev:
        return "older" if record.rev < local.rev else "updated"  # older: a file after a newer one
    return "conflicts"


def far_in_future(moment: dt.datetime) -> bool:
    """Later than any clock could be wrong by (a time without zone counts as UTC)."""
    return moment.replace(tzinfo=moment.tzinfo or dt.timezone.utc) > utcnow() + CLOCK_SLACK


def _check_times(record: Record) -> None:
    times = [record.updated_at, *(s.signed_at for s in getattr(record, "signatures", ()))]
    if any(far_in_future(t) for t in times):
        raise MergeRefused(Message("exchange.merge.record-carries-a-time", id=record.id, kind=record.KIND))


def _check_same_place(record: Record, local: _Local | None) -> None:
    if local is not None and local.dossier != record.dossier_id:
        raise MergeRefused(Message("exchange.merge.record-belongs-to-another", id=record.id,
                                   dossier=local.dossier))


def _dossier_of(db: sqlite3.Connection, record_id: UUID, incoming: Sequence[tuple[Record, str]]) -> UUID:
    """The dossier of the record an attachment belongs to: in the bundle, or here."""
    for record, _ in incoming:
        if record.id == record_id:
            return record.dossier_id
    row = db.execute("SELECT participant_id FROM records WHERE id = ?", (str(record_id),)).fetchone()
    if row is None:
        raise MergeRefused(Message("exchange.merge.an-attachment-belongs-to", record_id=record_id))
    return UUID(row[0])


def check_owners(db: sqlite3.Connection, changed: set[UUID], origin: Origin) -> None:
    """Refuse when any changed dossier belongs to someone other than the sender."""
    for dossier, owner in sorted(owners.owners(db, changed).items()):
        if owner != origin:
            who = printable(owners.name_of(db, owner, _own_name(db)))
            what = _dossier_label(db, dossier)
            raise MergeRefused(
                Message("exchange.merge.the-bundle-changes-the", what=what, who=who))


def _check_record_owner(db: sqlite3.Connection, record: Record, mine: _Local | None, origin: Origin) -> None:
    if mine is not None and mine.origin != origin:
        who = printable(owners.name_of(db, mine.origin, _own_name(db)))
        raise MergeRefused(Message("exchange.merge.record-of-other", record_id=str(record.id),
                                   kind=record.KIND, who=who))


def _own_name(db: sqlite3.Connection) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'worker_name'").fetchone()
    return row[0] if row else ""


def _dossier_label(db: sqlite3.Connection, dossier: UUID) -> str:
    row = db.execute("SELECT json_extract(body, '$.roepnaam') FROM records WHERE id = ? AND kind = 'participant'",
                     (str(dossier),)).fetchone()
    return f"{printable(row[0])} ({dossier})" if row else str(dossier)


def _check_signed_plans(db: sqlite3.Connection, changes: list[tuple[Record, str]],
                        local: dict[UUID, _Local]) -> None:
    """A signed version may only gain signatures; no other record may take its place."""
    for record, _ in changes:
        if not isinstance(record, Trajectplan):
            continue
        mine = local.get(record.id)
        stored = Trajectplan.model_validate_json(mine.body) if mine else _signed_twin(db, record)
        if stored is not None and stored.frozen and not _only_adds_signatures(stored, record, mine is None):
            raise MergeRefused(
                Message("exchange.merge.the-bundle-changes-version", version=stored.version, id=stored.id))


def _signed_twin(db: sqlite3.Connection, plan: Trajectplan) -> Trajectplan | None:
    """A signed local version with the same plan and number as a new incoming record."""
    row = db.execute(
        "SELECT body FROM records WHERE kind = 'plan' AND participant_id = ? AND id != ?"
        " AND json_extract(body, '$.plan_id') = ? AND json_extract(body, '$.version') = ?"
        " AND json_array_length(body, '$.signatures') > 0",
        (str(plan.participant_id), str(plan.id), str(plan.plan_id), plan.version)).fetchone()
    return Trajectplan.model_validate_json(row[0]) if row else None


def _only_adds_signatures(stored: Trajectplan, incoming: Trajectplan, other_record: bool) -> bool:
    return (not other_record and incoming.plan_content_hash() == stored.plan_content_hash()
            and incoming.signatures[:len(stored.signatures)] == stored.signatures)


def conflict_rows(result: MergeResult, origin: Origin) -> list[tuple]:
    """The rows that keep each conflicting version aside (table `conflicts`)."""
    now = utcnow().isoformat()
    return [(str(r.id), digest, r.KIND, str(r.dossier_id), r.rev, str(origin), r.model_dump_json(), now)
            for r, digest in result.kept_aside]
