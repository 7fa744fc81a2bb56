"""Schema versions. `PRAGMA user_version` holds the version a vault is at.

Append a new step for every change; never edit a step that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Step = Callable[[sqlite3.Connection], None]


def _v1_records(db: sqlite3.Connection) -> None:
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            participant_id TEXT NOT NULL,
            rev INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX records_participant ON records(participant_id);
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            kind TEXT,
            record_id TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
    """)


def _v2_search_history_secrets(db: sqlite3.Connection) -> None:
    """Search index, content hashes and history per record, key material, drafts."""
    db.executescript("""
        ALTER TABLE records ADD COLUMN hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE records ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
        CREATE TABLE participants (
            id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            name_key TEXT NOT NULL,
            phase TEXT,
            next_deadline TEXT
        );
        CREATE INDEX participants_name ON participants(name_key);
        CREATE INDEX participants_phase ON participants(phase);
        CREATE TABLE record_versions (
            id TEXT NOT NULL,
            rev INTEGER NOT NULL,
            hash TEXT NOT NULL,
            origin TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (id, hash)
        );
        CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE drafts (key TEXT PRIMARY KEY, saved_at TEXT NOT NULL, body TEXT NOT NULL);
    """)
    # Records saved under v1 get their hash, history and search entry when the vault opens
    # (desktop.vault.store.reindex), because hashing needs the models, not SQL.


def _v3_exchange(db: sqlite3.Connection) -> None:
    """Trusted keys, what was sent to whom, what came in, conflicting edits and bundle files."""
    db.executescript("""
        CREATE TABLE trusted_keys (
            fingerprint TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            ed25519 BLOB NOT NULL,
            age TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE export_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            to_fingerprint TEXT NOT NULL,
            bundle_digest TEXT NOT NULL,
            records INTEGER NOT NULL,
            since_last INTEGER NOT NULL
        );
        CREATE TABLE export_sent (
            to_fingerprint TEXT NOT NULL,
            id TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (to_fingerprint, id)
        );
        CREATE TABLE import_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            from_fingerprint TEXT NOT NULL,
            bundle_digest TEXT NOT NULL,
            created TEXT NOT NULL,
            new INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            conflicts INTEGER NOT NULL
        );
        CREATE TABLE conflicts (
            id TEXT NOT NULL,
            hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            participant_id TEXT NOT NULL,
            rev INTEGER NOT NULL,
            origin TEXT NOT NULL,
            body TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (id, hash)
        );
        CREATE TABLE attachments (
            record_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            data BLOB NOT NULL,
            origin TEXT NOT NULL,
            PRIMARY KEY (record_id, sha256)
        );
    """)


def _v4_report_rows(db: sqlite3.Connection) -> None:
    """The lean form of each record that monitoring figures read (exports.report.lean), and
    per participant all of hers as one document; filled for existing records when the vault opens."""
    db.executescript("""
        CREATE TABLE report_rows (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            participant_id TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX report_rows_participant ON report_rows(participant_id);
        CREATE TABLE report_dossiers (participant_id TEXT PRIMARY KEY, data TEXT NOT NULL);
        -- Where each participant's record first came from: whose caseload she is in.
        CREATE TABLE participant_origin (id TEXT PRIMARY KEY, origin TEXT NOT NULL);
        INSERT INTO participant_origin SELECT id, origin FROM (
            SELECT id, origin, min(at) FROM record_versions
            WHERE id IN (SELECT id FROM records WHERE kind = 'participant') GROUP BY id);
    """)


def _v5_owners_and_revocation(db: sqlite3.Connection) -> None:
    """Every dossier's owner (the origin whose bundles may change her; a handover moves it), and
    revoked keys (kept, so what they sent keeps a name, but their bundles are refused)."""
    db.executescript("""
        CREATE TABLE dossier_owners (
            participant_id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            since TEXT NOT NULL
        );
        INSERT INTO dossier_owners SELECT p.id, p.origin,
            coalesce((SELECT min(at) FROM record_versions v WHERE v.id = p.id), '') FROM participant_origin p;
        -- Records whose participant has not arrived: the first writer of any of them.
        INSERT OR IGNORE INTO dossier_owners SELECT participant_id, origin, at FROM (
            SELECT r.participant_id, v.origin, min(v.at) AS at FROM record_versions v
            JOIN records r ON r.id = v.id GROUP BY r.participant_id);
        DROP TABLE participant_origin;
        ALTER TABLE trusted_keys ADD COLUMN revoked_at TEXT;
        ALTER TABLE trusted_keys ADD COLUMN successor TEXT;
    """)


def _v6_report_register(db: sqlite3.Connection) -> None:
    """The reports this vault wrote, as they were published (exports.report.linked.Published),
    so a new report cannot give a small count away by difference. Each distinct report once."""
    db.executescript("""
        CREATE TABLE report_register (
            seq INTEGER PRIMARY KEY,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            grouping TEXT NOT NULL,
            published TEXT NOT NULL UNIQUE
        );
    """)


def _v7_version_bodies(db: sqlite3.Connection) -> None:
    """Each revision's content beside its hash, so a correction keeps the old value and her copy
    (issue 12, inzage) shows both. The current revisions get theirs from the records (so the
    next correction keeps the value before it); older ones keep their hash only."""
    db.executescript("""
        ALTER TABLE record_versions ADD COLUMN body TEXT;
        UPDATE record_versions SET body = (
            SELECT r.body FROM records r WHERE r.id = record_versions.id AND r.hash = record_versions.hash);
    """)


MIGRATIONS: list[Step] = [_v1_records, _v2_search_history_secrets, _v3_exchange, _v4_report_rows,
                          _v5_owners_and_revocation, _v6_report_register, _v7_version_bodies]
LATEST = len(MIGRATIONS)


class NewerSchema(Exception):
    """The vault was made by a newer Koers; this one must not touch it."""

    def __init__(self, found: int) -> None:
        super().__init__(f"schema {found} > {LATEST}")
        self.found = found


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection, upto: int = LATEST) -> int:
    """Bring the schema to `upto`, each step in its own transaction. Returns the old version."""
    current = schema_version(db)
    if current > LATEST:
        raise NewerSchema(current)
    for version in range(current + 1, upto + 1):
        with db:
            db.execute("BEGIN")
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
    return current
