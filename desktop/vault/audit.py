"""The append-only, hash-chained audit log: who did what to which record, never the content."""

from __future__ import annotations

import sqlite3

from forms.base import sha256_hex, utcnow

GENESIS = "0" * 64


def _entry_hash(prev_hash: str, at: str, actor: str, action: str, kind: str | None, record_id: str | None) -> str:
    # Fields joined by a unit separator: none of them can hold control characters.
    fields = [prev_hash, at, actor, action, kind or "", record_id or ""]
    return sha256_hex("\x1f".join(fields).encode())


def append(db: sqlite3.Connection, actor: str, action: str, kind: str | None = None, record_id: str | None = None) -> None:
    """Add one entry; call inside the transaction that does the action."""
    append_many(db, actor, [(action, kind, record_id)])


def append_many(db: sqlite3.Connection, actor: str, entries: list[tuple[str, str | None, str | None]]) -> None:
    """Add (action, kind, record_id) entries in order, chained in memory and written at once."""
    row = db.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = utcnow().isoformat()
    rows = []
    for action, kind, record_id in entries:
        digest = _entry_hash(prev, at, actor, action, kind, record_id)
        rows.append((at, actor, action, kind, record_id, prev, digest))
        prev = digest
    db.executemany(
        "INSERT INTO audit (at, actor, action, kind, record_id, prev_hash, hash) VALUES (?,?,?,?,?,?,?)", rows)


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
