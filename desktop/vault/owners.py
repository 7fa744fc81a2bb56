"""Where a record came from, and whose a dossier is.

An origin is this vault itself or the worker key whose bundle brought a record. Every dossier
has one owner, kept as data (`dossier_owners`): the origin that first wrote any record of
hers, until a handover or a key's successor moves her. Only her owner's bundles may change her.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from desktop.vault.errors import ReadOnlyDossier
from forms.base import Record, utcnow
from forms.catalogue import Message

_IMPORT = "import:"


@dataclass(frozen=True)
class Origin:
    """This vault itself (`fingerprint` None) or the worker key a bundle was signed with.
    Stored as text: 'local' or 'import:<fingerprint>'."""

    fingerprint: str | None = None

    @classmethod
    def imported(cls, fingerprint: str) -> Origin:
        return cls(fingerprint)

    @classmethod
    def parse(cls, text: str) -> Origin:
        if text == "local":
            return LOCAL
        if not text.startswith(_IMPORT) or len(text) == len(_IMPORT):
            raise ValueError(f"not an origin: {text[:40]!r}")
        return cls(text.removeprefix(_IMPORT))

    @property
    def is_local(self) -> bool:
        return self.fingerprint is None

    def __str__(self) -> str:
        return "local" if self.fingerprint is None else _IMPORT + self.fingerprint


LOCAL = Origin()


def owners(db: sqlite3.Connection, dossier_ids: Iterable[UUID | str]) -> dict[UUID, Origin]:
    """The owner of each of these dossiers that has one."""
    ids = sorted({str(d) for d in dossier_ids})
    rows = db.execute("SELECT participant_id, owner FROM dossier_owners"
                      " WHERE participant_id IN (SELECT value FROM json_each(?))", (json_list(ids),))
    return {UUID(pid): Origin.parse(owner) for pid, owner in rows}


def all_owners(db: sqlite3.Connection) -> dict[UUID, Origin]:
    return {UUID(pid): Origin.parse(owner) for pid, owner in db.execute(
        "SELECT participant_id, owner FROM dossier_owners")}


def claim(db: sqlite3.Connection, dossier_ids: Iterable[UUID], origin: Origin) -> None:
    """Make `origin` the owner of those of these dossiers that have none yet."""
    now = utcnow().isoformat()
    db.executemany("INSERT OR IGNORE INTO dossier_owners VALUES (?,?,?)",
                   [(str(d), str(origin), now) for d in set(dossier_ids)])


def transfer(db: sqlite3.Connection, dossier_ids: Iterable[UUID], new: Origin) -> None:
    """These dossiers become `new`'s (a handover)."""
    db.executemany("INSERT OR REPLACE INTO dossier_owners VALUES (?,?,?)",
                   [(str(d), str(new), utcnow().isoformat()) for d in set(dossier_ids)])


def transfer_all(db: sqlite3.Connection, old: Origin, new: Origin) -> int:
    """Every dossier `old` owns becomes `new`'s (a worker's key replaced by its successor)."""
    return db.execute("UPDATE dossier_owners SET owner = ?, since = ? WHERE owner = ?",
                      (str(new), utcnow().isoformat(), str(old))).rowcount


def names(db: sqlite3.Connection, own_name: str) -> dict[Origin, str]:
    """A name for every origin this vault knows: its own worker's, and each trusted key's."""
    found = {Origin.imported(fp): name for fp, name in db.execute("SELECT fingerprint, name FROM trusted_keys")}
    return {LOCAL: own_name, **found}


def name_of(db: sqlite3.Connection, origin: Origin, own_name: str) -> str:
    return names(db, own_name).get(origin, origin.fingerprint or own_name)


def refuse_foreign(db: sqlite3.Connection, records: Iterable[Record], own_name: str) -> None:
    """ReadOnlyDossier when any of these records (other than a supervisor's note) would change a
    dossier that another worker owns: hers to change, through her own bundles only."""
    ids = {r.dossier_id for r in records if r.KIND != "supervisor_note"}
    for dossier, owner in sorted(owners(db, ids).items()):
        if not owner.is_local:
            raise ReadOnlyDossier(Message("supervisor.read-only", roepnaam=roepnaam(db, dossier),
                                          owner=name_of(db, owner, own_name)))


def refuse_read_only(db: sqlite3.Connection, role: str, own_name: str, records: list[Record]) -> None:
    """A dossier someone else owns is read-only. At a supervisor: a worker's (her notes aside).
    At a worker: handed over, lent for a cover (she may add contacts) or the programme's kaart
    entries (desktop.vault.handover)."""
    if role != "begeleider":
        refuse_foreign(db, records, own_name)
        return
    theirs = {pid for pid, owner in owners(db, {r.dossier_id for r in records}).items() if owner != LOCAL}
    for record in records:
        if record.dossier_id in theirs and not _cover_contact(db, record):
            raise ReadOnlyDossier(Message("team.read-only", kind=record.KIND))


def _cover_contact(db: sqlite3.Connection, record: Record) -> bool:
    """A new contact written during a cover of her dossier that has not ended."""
    return record.KIND == "contact" and db.execute(
        "SELECT 1 FROM records WHERE id = ?", (str(record.id),)).fetchone() is None and db.execute(
        "SELECT 1 FROM records WHERE participant_id = ? AND kind = 'handover' AND origin != 'local'"
        " AND json_extract(body, '$.mode') = 'waarneming' AND json_extract(body, '$.until') >= ?",
        (str(record.dossier_id), dt.date.today().isoformat())).fetchone() is not None


def roepnaam(db: sqlite3.Connection, dossier: UUID) -> str:
    row = db.execute("SELECT json_extract(body, '$.roepnaam') FROM records WHERE id = ? AND kind = 'participant'",
                     (str(dossier),)).fetchone()
    return row[0] if row and row[0] else str(dossier)


def json_list(values: list[str]) -> str:
    return "[" + ",".join(f'"{v}"' for v in values) + "]"  # UUID strings need no escaping
