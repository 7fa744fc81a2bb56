"""Reviewing and settling conflicts: an incoming version kept aside beside this vault's one
(desktop.vault.merge). Both stay until the supervisor chooses; open conflicts are data in the
vault, so they survive locking, restarting and a language switch.

Settling keeps her vault's version ('hier'), the bundle's ('bundel'), or a mix field by field;
the version kept becomes the owner's current one here, the other is remembered as seen (the
same bundle again is no new conflict), the choice goes to the audit log, and a supervisor note
with the outcome is queued for the owner (desktop.vault.supervision.outgoing).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from desktop.vault import owners
from desktop.vault.errors import VaultError
from desktop.vault.owners import Origin
from desktop.vault.service import Vault
from forms import RECORD_TYPES, Record, SupervisorNote
from forms.catalogue import Message
from forms.base import utcnow

SIDES = ("hier", "bundel")
_NOT_COMPARED = {"id", "rev", "updated_at", "participant_id"}  # a merge never moves a record to another dossier


class NoSuchConflict(VaultError):
    """No open conflict with that id (settled meanwhile, or never there)."""


@dataclass(frozen=True)
class Version:
    """One side of a conflict: the record, who sent it (a worker's name) and when it arrived."""

    record: Record
    sender: str
    received_at: dt.datetime | None


@dataclass(frozen=True)
class OpenConflict:
    record_id: UUID
    digest: str  # the incoming version's content hash: with record_id, what names the conflict
    kind: str
    participant_id: UUID
    roepnaam: str
    here: Version
    incoming: Version
    origin: Origin  # the incoming version's sender

    def fields(self) -> list[tuple[str, Any, Any]]:
        """(field, here, incoming) for every field of the record, in its order."""
        mine, theirs = self.here.record.model_dump(mode="json"), self.incoming.record.model_dump(mode="json")
        return [(name, mine.get(name), theirs.get(name)) for name in mine if name not in _NOT_COMPARED]

    def differing(self) -> list[str]:
        return [name for name, a, b in self.fields() if a != b]

    def newer_side(self) -> str:
        return "bundel" if self.incoming.record.updated_at > self.here.record.updated_at else "hier"


def open_conflicts(vault: Vault, participant_id: UUID | None = None) -> list[OpenConflict]:
    """Every open conflict (of one dossier), oldest first."""
    names = owners.names(vault.db, vault.worker_name)
    sql = "SELECT id, hash, kind, participant_id, origin, received_at, body FROM conflicts"
    args: tuple = ()
    if participant_id is not None:
        sql, args = sql + " WHERE participant_id = ?", (str(participant_id),)
    found = []
    for rid, digest, kind, pid, origin, at, body in vault.db.execute(sql + " ORDER BY received_at, id", args).fetchall():
        here = vault.get(UUID(rid))
        if here is None:
            continue
        source = Origin.parse(origin)
        found.append(OpenConflict(UUID(rid), digest, kind, UUID(pid), owners.roepnaam(vault.db, UUID(pid)),
                                  _here(vault, here, names), Version(RECORD_TYPES[kind].model_validate_json(body),
                                  names.get(source, origin), dt.datetime.fromisoformat(at)), source))
    return found


def _here(vault: Vault, record: Record, names: dict[Origin, str]) -> Version:
    row = vault.db.execute("SELECT r.origin, v.at FROM records r LEFT JOIN record_versions v"
                           " ON v.id = r.id AND v.hash = r.hash WHERE r.id = ?", (str(record.id),)).fetchone()
    origin = Origin.parse(row[0])
    return Version(record, names.get(origin, row[0]), dt.datetime.fromisoformat(row[1]) if row[1] else None)


def conflicts_per_dossier(vault: Vault) -> dict[UUID, int]:
    """How many open conflicts each dossier has (those with none are left out)."""
    return {UUID(pid): n for pid, n in vault.db.execute("SELECT participant_id, count(*) FROM conflicts"
                                                         " GROUP BY participant_id")}


def find(vault: Vault, record_id: UUID | str, digest: str | None = None) -> OpenConflict:
    """The open conflict of this record (its incoming hash, or a prefix of it, when there are several)."""
    matches = [c for c in open_conflicts(vault) if str(c.record_id).startswith(str(record_id))
               and (digest is None or c.digest.startswith(digest))]
    if len(matches) != 1:
        code = "supervisor.no-conflict" if not matches else "supervisor.several-conflicts"
        raise NoSuchConflict(Message(code, id=str(record_id)))
    return matches[0]


def kept_version(conflict: OpenConflict, keep: str, fields: dict[str, str] | None = None) -> Record:
    """The version she keeps: one side whole ('hier', 'bundel', 'nieuwste'), or per field
    (`fields`: field -> side; fields not named come from the newer side)."""
    if keep == "nieuwste":
        keep = conflict.newer_side()
    if fields is None:
        return conflict.here.record if keep == "hier" else conflict.incoming.record
    sides = {"hier": conflict.here.record.model_dump(), "bundel": conflict.incoming.record.model_dump()}
    newer = conflict.newer_side()
    data = {name: sides[fields.get(name, newer)][name] for name in sides["hier"]}
    data |= {"rev": max(conflict.here.record.rev, conflict.incoming.record.rev), "updated_at": utcnow()}
    return type(conflict.here.record).model_validate(data)


def resolve(vault: Vault, conflict: OpenConflict, keep: str, fields: dict[str, str] | None = None) -> SupervisorNote:
    """Settle `conflict` (see kept_version) in one transaction; returns the note queued for the owner."""
    kept = kept_version(conflict, keep, fields)
    outcome = "per_veld" if fields is not None else ("hier" if kept is conflict.here.record else "bundel")
    owner = owners.owners(vault.db, [conflict.participant_id]).get(conflict.participant_id, conflict.origin)
    others = [(v.record.id, v.record.rev, digest) for v, digest in
              ((conflict.here, conflict.here.record.content_hash()), (conflict.incoming, conflict.digest))
              if v.record is not kept]
    note = SupervisorNote(participant_id=conflict.participant_id, author=vault.worker_name,
                          about_record=conflict.record_id, outcome=outcome, kept=kept.model_dump(mode="json"))
    with vault.transaction():
        vault.store_as(kept, owner, f"resolve:{outcome}", others)  # the owner's current version here
        vault.db.execute("DELETE FROM conflicts WHERE id = ? AND hash = ?", (str(conflict.record_id), conflict.digest))
        saved = vault.save(note).record
    return saved
