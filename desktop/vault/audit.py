"""The append-only, hash-chained audit log: who did what to which record, never the content."""

from __future__ import annotations

import sqlite3

from forms.base import canonical_json, sha256_hex, utcnow

GENESIS = "0" * 64


def _entry_hash(prev_hash: str, at: str, actor: str, action: str, kind: str | None, record_id: str | None) -> str:
    return sha256_hex(canonical_json([prev_hash, at, actor, action, kind, record_id]))


def append(db: sqlite3.Connection, actor: str, action: str, kind: str | None = None, record_id: str | None = None) -> None:
    """Add one entry; call inside the transaction that does the action."""
    row = db.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = utcnow().isoformat()
    db.execute(
        "INSERT INTO audit (at, actor, action, kind, record_id, prev_hash, hash) VALUES (?,?,?,?,?,?,?)",
        (at, actor, action, kind, record_id, prev, _entry_hash(prev, at, actor, action, kind, record_id)),
    )


def verify(db: sqlite3.Connection) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None if it is whole."""
    prev = GENESIS
    for seq, at, actor, action, kind, record_id, prev_hash, hash_ in db.execute(
        "SELECT seq, at, actor, action, kind, record_id, prev_hash, hash FROM audit ORDER BY seq"
    ):
        if prev_hash != prev or hash_ != _entry_hash(prev, at, actor, action, kind, record_id):
            return seq
        prev = hash_
    return None
