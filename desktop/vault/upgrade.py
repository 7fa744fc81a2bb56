"""What opening a vault made by an older Koers fills in after its schema migration
(desktop.vault.migrations): content hashes and history, report rows, the search index."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from desktop.vault import index, owners
from desktop.vault.dossiers import reindex
from desktop.vault.owners import Origin
from exports.report.lean import VERSION as LEAN_VERSION
from forms import RECORD_TYPES
from forms.base import utcnow

if TYPE_CHECKING:
    from desktop.vault.service import Vault


def _participant_ids(vault: Vault) -> list[UUID]:
    return [UUID(r[0]) for r in vault.db.execute("SELECT id FROM records WHERE kind = 'participant'")]


def backfill(vault: Vault, old_version: int) -> None:
    """After migrating from `old_version`: fill what newer schemas added, for older records.
    Schema 5 (dossier owners) needs nothing here beyond what its SQL copies from the history."""
    if old_version >= 4:
        return
    db = vault.db
    with vault.transaction():
        for kind, body, origin in db.execute("SELECT kind, body, origin FROM records").fetchall():
            record = RECORD_TYPES[kind].model_validate_json(body)
            if old_version < 2:  # content hashes and history
                digest = record.content_hash()
                db.execute("UPDATE records SET hash = ? WHERE id = ?", (digest, str(record.id)))
                db.execute("INSERT OR IGNORE INTO record_versions (id, rev, hash, origin, at)"
                           " VALUES (?,?,?,?,?)", (str(record.id), record.rev, digest, origin, utcnow().isoformat()))
                owners.claim(db, [record.dossier_id], Origin.parse(origin))  # no history to copy from
            index.write_report_rows(db, [record])
        reindex(db, _participant_ids(vault))


def rewrite_report_rows(vault: Vault) -> None:
    """The lean rows again from every record: what figures read grew (exports.report.lean)."""
    with vault.transaction():
        for kind, body in vault.db.execute("SELECT kind, body FROM records").fetchall():
            index.write_report_rows(vault.db, [RECORD_TYPES[kind].model_validate_json(body)])
        reindex(vault.db, _participant_ids(vault))
        vault.set_meta("report_rows_version", LEAN_VERSION)
