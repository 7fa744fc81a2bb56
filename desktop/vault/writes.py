"""Storing records: a save validated against what is stored (next revision, a signed plan
version frozen), the owner rule's refusal, each write with its history and audit entry, and
records merged from another vault (desktop.vault.merge)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from desktop.vault import audit, index, owners
from desktop.vault import merge as merging
from desktop.vault.changes import Changes
from desktop.vault.dossiers import reindex, with_participant
from desktop.vault.errors import FrozenPlanError, VaultError
from desktop.vault.merge import MergeResult
from desktop.vault.owners import LOCAL, Origin
from desktop.vault.sharing import Incoming, link_referrals
from forms import Record, Trajectplan
from forms.base import utcnow
from forms.catalogue import Message
from forms.dossier import STANDALONE_KINDS

if TYPE_CHECKING:
    from desktop.vault.service import Vault


@dataclass(frozen=True)
class SaveResult:
    record: Record
    created: bool
    changed: bool


def save_all(vault: Vault, records: Iterable[Record]) -> list[SaveResult]:
    """Store many records in one transaction: all of them, or none."""
    results, changes, writes, pending = [], Changes(), [], set()
    records = list(records)
    with vault.transaction():
        owners.refuse_read_only(vault.db, vault.role, vault.worker_name, records)
        for record in link_referrals(vault.db, records):
            if record.id in pending:
                write_records(vault, writes, LOCAL)  # the second save must see the first
                writes, pending = [], set()
            result, digest = _prepare(vault, record)
            results.append(result)
            if result.changed:
                writes.append((result.record, digest, "create" if result.created else "update"))
                pending.add(record.id)
                changes.kinds.add(record.KIND)
                if record.KIND not in STANDALONE_KINDS:  # a kaart entry is no one's dossier
                    changes.participant_ids.add(record.dossier_id)
        write_records(vault, writes, LOCAL)
        reindex(vault.db, changes.participant_ids)
        vault.notify(changes)
    return results


def _prepare(vault: Vault, record: Record) -> tuple[SaveResult, str]:
    """Validate a record against what is stored; returns what to write and its hash."""
    stored = vault.get(record.id)
    if stored is not None:
        if type(stored) is not type(record):
            raise VaultError(Message("vault.other-kind", id=record.id))
        same = stored.model_copy(update={"rev": record.rev, "updated_at": record.updated_at})
        if same.content_hash() == record.content_hash():
            return SaveResult(stored, created=False, changed=False), ""
        if isinstance(stored, Trajectplan) and stored.frozen:
            raise FrozenPlanError(Message("vault.version-signed"))
    # Validate again: assignment does not rerun the model-wide rules.
    record = type(record).model_validate(record.model_dump())
    if stored is not None:
        record = record.model_copy(update={"rev": stored.rev + 1, "updated_at": utcnow()})
    return SaveResult(record, created=stored is None, changed=True), record.content_hash()


def merge(vault: Vault, incoming: Sequence[tuple[Record, str]], origin: Origin,
          attachments: Sequence[tuple[UUID, str, str, str, bytes]] = (),
          record_owned: frozenset[str] = frozenset()) -> MergeResult:
    """Merge records from another vault, each with its (already checked) content hash, and
    their attachments (record id, sha256, name, media type, bytes) in one transaction, by the
    rules of desktop.vault.merge: MergeRefused, and nothing written, when the sender may not."""
    db = vault.db
    with vault.transaction():
        sorted_in = Incoming.sort(db, vault.folder, list(incoming), origin)
        result = merging.decide(db, sorted_in.records, origin, [(a[0], a[1]) for a in attachments], record_owned)
        result.erased, result.anonymised = sorted_in.erased, sorted_in.anonymised
        write_records(vault, [(record, digest, "import") for record, digest in result.writes], origin)
        db.executemany("INSERT OR IGNORE INTO conflicts VALUES (?,?,?,?,?,?,?,?)",
                       merging.conflict_rows(result, origin))
        db.executemany("INSERT OR IGNORE INTO attachments VALUES (?,?,?,?,?,?)",
                       [(str(rid), *rest, str(origin)) for rid, *rest in attachments])
        changed = {record.dossier_id for record, _ in result.writes}
        reindex(db, with_participant(db, changed))
        gone = set(result.erased) | set(result.anonymised)
        vault.notify(Changes({record.KIND for record, _ in result.writes} | ({"participant"} if gone else set()),
                             changed | gone))
    return result


def store_as(vault: Vault, record: Record, origin: Origin, action: str,
             seen: Sequence[tuple[UUID, int, str]] = ()) -> None:
    """Store `record` exactly as given, as written by `origin` (a conflict settled in favour of
    the dossier's owner), and remember other versions (id, rev, hash) as seen, so the same
    bundle again is no new conflict. The caller checks that this may be done."""
    with vault.transaction():
        write_records(vault, [(record, record.content_hash(), action)], origin)
        vault.db.executemany("INSERT OR IGNORE INTO record_versions (id, rev, hash, origin, at) VALUES (?,?,?,?,?)",
                             [(str(i), rev, digest, str(origin), utcnow().isoformat()) for i, rev, digest in seen])
        reindex(vault.db, with_participant(vault.db, {record.dossier_id}))
        vault.notify(Changes({record.KIND}, {record.dossier_id}))


def write_records(vault: Vault, items: list[tuple[Record, str, str]], origin: Origin) -> None:
    """Store (record, its content hash, audit action) exactly as given (no revision bump),
    with their history and one audit entry each; the first writer of a dossier owns it.
    Call inside a transaction."""
    db, now, origin_text = vault.db, utcnow().isoformat(), str(origin)
    ids = [str(r.id) for r, _d, _a in items]  # each once: a bundle import writes thousands
    bodies = [r.model_dump_json() for r, _d, _a in items]
    db.executemany(
        "INSERT OR REPLACE INTO records (id, kind, participant_id, rev, updated_at, body, hash, origin)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [(rid, r.KIND, str(r.dossier_id), r.rev, r.updated_at.isoformat(), body, digest, origin_text)
         for rid, (r, digest, _action), body in zip(ids, items, bodies)])
    db.executemany("INSERT OR IGNORE INTO record_versions (id, rev, hash, origin, at, body) VALUES (?,?,?,?,?,?)",
                   [(rid, r.rev, digest, origin_text, now, body)
                    for rid, (r, digest, _a), body in zip(ids, items, bodies)])
    audit.append_many(db, vault.worker_name, [(action, r.KIND, rid) for rid, (r, _d, action) in zip(ids, items)])
    index.write_report_rows(db, [r for r, _d, _a in items])
    owners.claim(db, [r.dossier_id for r, _d, _a in items], origin)
