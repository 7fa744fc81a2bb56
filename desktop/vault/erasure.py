"""Erasing a participant: every row that holds anything of hers goes, and the file keeps no
readable trace (secure_delete zeroes what is deleted, then VACUUM and a WAL truncation leave no
free page or log frame behind). The operation is `erase` (`Vault.erase_participant`).

Her id is also written to a small file beside the vault (ERASED), which the rotating backups
do not hold: a vault restored from a backup made before the erasure erases her again when it
opens (`erase_again`). The file holds ids only.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from desktop.vault import audit
from desktop.vault.changes import Changes
from desktop.vault.errors import VaultError
from desktop.vault.paths import atomic_write
from forms.catalogue import Message

if TYPE_CHECKING:
    from desktop.vault.service import Vault

ERASED = "koers.erased"
_MAX_REASON = 200


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure removed: her records by kind, attachments (signed PDFs) and drafts."""

    participant_id: UUID
    records: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    drafts: int = 0

    @property
    def found(self) -> bool:
        return bool(self.records or self.attachments or self.drafts)


def clean_reason(reason: str) -> str | None:
    """The reason as stored (stripped), or None when it is empty, too long or holds control characters."""
    reason = reason.strip()
    if not reason or len(reason) > _MAX_REASON or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in reason):
        return None
    return reason


def _record_ids(db: sqlite3.Connection, pid: str) -> list[str]:
    return [row[0] for row in db.execute("SELECT id FROM records WHERE participant_id = ?", (pid,))]


def _drafts_of(pid: str) -> tuple[str, tuple[str]]:
    # Draft keys name the participant they belong to (e.g. "contact:<id>").
    return "key LIKE ? ESCAPE '\\'", (f"%{pid}%",)


def inventory(db: sqlite3.Connection, participant_id: UUID) -> ErasureResult:
    """What erasing her would remove, without removing anything (the screen names it first)."""
    pid = str(participant_id)
    kinds = dict(db.execute("SELECT kind, count(*) FROM records WHERE participant_id = ? GROUP BY kind", (pid,)))
    ids = json.dumps(_record_ids(db, pid))
    attachments = db.execute("SELECT count(*) FROM attachments WHERE record_id IN (SELECT value FROM json_each(?))",
                             (ids,)).fetchone()[0]
    where, args = _drafts_of(pid)
    drafts = db.execute(f"SELECT count(*) FROM drafts WHERE {where}", args).fetchone()[0]
    return ErasureResult(participant_id, kinds, attachments, drafts)


def delete_rows(db: sqlite3.Connection, participant_id: UUID, keep_owner: bool = False) -> None:
    """Delete every row of hers; call inside a transaction. With `keep_owner` her owner stays
    (a dossier reduced to its anonymous form is still someone's)."""
    pid = str(participant_id)
    ids = json.dumps(_record_ids(db, pid))
    in_ids = "IN (SELECT value FROM json_each(?))"
    where, args = _drafts_of(pid)
    db.execute(f"DELETE FROM drafts WHERE {where}", args)
    db.execute(f"DELETE FROM attachments WHERE record_id {in_ids}", (ids,))
    db.execute(f"DELETE FROM record_versions WHERE id {in_ids}", (ids,))
    db.execute(f"DELETE FROM export_sent WHERE id {in_ids}", (ids,))
    for table, column in (("conflicts", "participant_id"), ("report_rows", "participant_id"),
                          ("report_dossiers", "participant_id"), ("participants", "id"),
                          ("records", "participant_id")):
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (pid,))
    if not keep_owner:
        db.execute("DELETE FROM dossier_owners WHERE participant_id = ?", (pid,))


def scrub(db: sqlite3.Connection) -> None:
    """Leave no deleted page readable: rewrite the file without free pages and empty the WAL.
    Outside a transaction. (secure_delete is on for every connection: desktop.vault.db.)"""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def erase(vault: Vault, participant_id: str, reason: str) -> ErasureResult:
    """Erase her whole dossier: records, history, drafts, search and report rows, attachments.
    The audit log keeps that she was erased, by whom and why (ids only); her id is kept
    outside the backups so a restore erases her again, and the next bundle to a supervisor
    carries the erasure. Nothing readable of hers stays in the file (scrub)."""
    try:
        pid = UUID(str(participant_id))
    except ValueError:
        raise VaultError(Message("rights.unknown-participant", id=str(participant_id)[:40])) from None
    why = clean_reason(reason)
    if why is None:
        raise VaultError(Message("rights.reason-needed"))
    with vault.transaction():
        gone = inventory(vault.db, pid)
        if not gone.found:
            raise VaultError(Message("rights.unknown-participant", id=str(pid)))
        delete_rows(vault.db, pid)
        audit.append_many(vault.db, vault.worker_name,
                          [("erase", "participant", str(pid)), ("erase-reason", why, str(pid))])
        vault.notify(Changes(set(gone.records) or {"participant"}, {pid}))
    remember(vault.folder, pid)  # after the commit: a failed erasure must not come back
    scrub(vault.db)
    return gone


def erase_again(vault: Vault) -> None:
    """Erase anew whom this vault's list of erased ids names but it still holds (a backup
    from before her erasure was restored, or an old bundle came in)."""
    again = still_present(vault.db, erased_ids(vault.folder))
    if not again:
        return
    with vault.transaction():
        for pid in again:
            delete_rows(vault.db, pid)
        audit.append_many(vault.db, vault.worker_name, [("erase-again", "participant", str(p)) for p in again])
    scrub(vault.db)


# --- the erased ids, kept outside the backups ----------------------------------------
def erased_ids(folder: Path) -> set[UUID]:
    path = folder / ERASED
    if not path.exists():
        return set()
    try:
        return {UUID(text) for text in json.loads(path.read_text("utf-8"))}
    except (ValueError, TypeError):
        return set()  # a damaged list: the erasures themselves were done; the vault still opens


def remember(folder: Path, participant_id: UUID) -> None:
    ids = erased_ids(folder) | {participant_id}
    atomic_write(folder / ERASED, json.dumps(sorted(str(i) for i in ids)).encode())


def still_present(db: sqlite3.Connection, ids: set[UUID]) -> list[UUID]:
    """Those erased ids of which this (restored) vault still holds something."""
    found = {row[0] for row in db.execute(
        "SELECT participant_id FROM records WHERE participant_id IN (SELECT value FROM json_each(?))"
        " UNION SELECT participant_id FROM dossier_owners WHERE participant_id IN (SELECT value FROM json_each(?))",
        (json.dumps([str(i) for i in ids]),) * 2)}
    return sorted(UUID(pid) for pid in found)
