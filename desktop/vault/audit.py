"""The append-only, hash-chained audit log: who did what to which record, never the content.

The chain shows a changed or removed entry in the middle; its head, anchored in the key file
(HeadAnchor), shows the last entries removed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.vault import keyfile
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


def entries_about(db: sqlite3.Connection, record_id: str, actions: tuple[str, ...]) -> list[tuple[int, str, str, str]]:
    """(seq, at, actor, action) of the entries with these actions about one record, oldest first."""
    marks = ",".join("?" * len(actions))
    return db.execute(f"SELECT seq, at, actor, action FROM audit WHERE record_id = ? AND action IN ({marks})"
                      " ORDER BY seq", (record_id, *actions)).fetchall()


def head(db: sqlite3.Connection) -> tuple[int, str] | None:
    """(seq, hash) of the last entry, or None for an empty log."""
    row = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def holds(db: sqlite3.Connection, seq: int, digest: str) -> bool:
    """Whether entry `seq` is still there with this hash (an anchored head is not removed)."""
    row = db.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return row is not None and row[0] == digest


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


class HeadAnchor:
    """Keeps the key file's anchor on the log's head, moving it forward after each commit that
    added entries, but never away from evidence: once the anchored entry is gone, it stays put."""

    def __init__(self, db: sqlite3.Connection, keyfile_path: Path, vault_key: bytes):
        self._db, self._path, self._key = db, keyfile_path, vault_key
        self._last: tuple[int, str] | None = None

    def intact(self) -> bool:
        """The anchored entry is still in the log with its hash (cheap: two lookups)."""
        anchored = keyfile.anchored_audit_head(self._path, self._key)
        if anchored is None:
            return head(self._db) is None
        return anchored is not False and holds(self._db, *anchored)

    def after_commit(self) -> None:
        now = head(self._db)
        if now is None or now == self._last:
            return
        if self.intact():
            keyfile.anchor_audit_head(self._path, self._key, *now)
        self._last = now

    def adopt(self) -> None:
        """Anchor the head as it is: a new vault, or one made before heads were anchored."""
        now = head(self._db)
        if now is not None:
            keyfile.anchor_audit_head(self._path, self._key, *now, forward_only=False)
        self._last = now
