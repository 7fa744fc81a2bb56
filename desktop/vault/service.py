"""The vault service: the one API the command line and the screens use to store dossiers.

Every save validates (the `forms` models), writes one transaction, appends to the audit
log and tells subscribers what changed. Nothing here imports Qt. This module holds the vault's
life (create, unlock, migrate, back up, close), its settings, transactions and change notices;
the operations live in modules of their own that take the Vault: writes (saving and merging
records), dossiers (reading them), erasure, plans (signing), upgrade (after a migration).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

from desktop.vault import audit, backup, dossiers, erasure, keyfile, plans, upgrade, writes
from desktop.vault.changes import Changes
from desktop.vault.db import connect
from desktop.vault.dossiers import ParticipantSummary
from desktop.vault.erasure import ErasureResult
from desktop.vault.errors import NewerVault, VaultError, WeakPassphrase
from desktop.vault.identity import WorkerIdentity, new_identity
from desktop.vault.keyfile import KdfParams, WrongPassphrase
from desktop.vault.merge import MergeResult
from desktop.vault.migrations import LATEST, migrate, schema_version
from desktop.vault.owners import Origin
from desktop.vault.passphrase import strength
from desktop.vault.paths import DATABASE, KEYFILE, prepare_private_dir, within
from desktop.vault.throttle import Throttle
from desktop.vault.writes import SaveResult
from exports.report.lean import VERSION as LEAN_VERSION
from forms import RECORD_TYPES, Dossier, Record, Signature, Trajectplan
from forms.base import utcnow
from forms.catalogue import Message
from forms.messages import name_problem

ROLES = ("begeleider", "supervisor")


def _require_strong(new_passphrase: str, worker_name: str) -> None:
    verdict = strength(new_passphrase, [worker_name])
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.refusal())


class Vault:
    """An unlocked vault. Make one with `create`, `open` or `recover`; `close` it when done."""

    def __init__(self, folder: Path, db: sqlite3.Connection, vault_key: bytes):
        self.folder = folder
        self.db = db
        self._vault_key = vault_key
        self._subscribers: list[Callable[[Changes], None]] = []
        self._identity: WorkerIdentity | None = None
        # Where the backup made before this session's schema migration is, if there was one.
        self.update_backup: Path | None = None
        # A transaction holds this lock, so a save from another thread waits instead of joining
        # it. Background jobs use a connection of their own (opened_again, desktop.ui.worker).
        self._lock = threading.RLock()
        self._depth = 0
        self._pending = Changes()  # told to subscribers once the outermost transaction commits
        self._audit_anchor = audit.HeadAnchor(db, folder / KEYFILE, vault_key)
        self._cancelled = False

    # --- lifecycle -------------------------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        return (folder / KEYFILE).exists() and (folder / DATABASE).exists()

    @classmethod
    def create(cls, folder: Path, passphrase: str, worker_name: str, role: str = "begeleider",
               kdf: KdfParams | None = None) -> tuple[Vault, str]:
        """A new vault with the worker's keys. Returns it and the recovery code (show it once)."""
        if role not in ROLES:
            raise VaultError(Message("vault.unknown-role", role=role))
        worker_name = checked_name(worker_name)
        _require_strong(passphrase, worker_name)
        cls._refuse_existing_files(folder)
        prepare_private_dir(folder)
        vault_key, code = keyfile.create(folder / KEYFILE, passphrase, kdf or keyfile.DEFAULT_KDF)
        vault = cls(folder, connect(folder / DATABASE, vault_key), vault_key)
        migrate(vault.db)
        identity = new_identity(worker_name)
        with vault.transaction():
            vault.db.executemany("INSERT INTO meta VALUES (?, ?)",
                                 [("worker_name", worker_name), ("role", role), ("created", utcnow().isoformat()),
                                  ("report_rows_version", LEAN_VERSION)])
            vault.db.executemany("INSERT INTO secrets VALUES (?, ?)", identity.as_secrets().items())
            audit.append(vault.db, worker_name, "init")
        vault._anchor_audit_head()
        return vault, code

    @staticmethod
    def _refuse_existing_files(folder: Path) -> None:
        """Creating never deletes: a database without its key file may be the only copy of
        someone's dossiers (the key file may be on a backup), so it stays where it is."""
        if Vault.exists(folder):
            raise VaultError(Message("vault.already-exists", folder=folder))
        found = [name for name in (DATABASE, KEYFILE) if (folder / name).exists()]
        if found:
            raise VaultError(
                Message("vault.partial-vault", folder=folder, found=found))

    @classmethod
    def open(cls, folder: Path, passphrase: str, sleep: Callable[[float], None] = time.sleep) -> Vault:
        """Unlock with the passphrase; raises WrongPassphrase and writes nothing if it does not fit.

        After failed attempts the next one first waits (desktop.vault.throttle).
        """
        return cls._open_with_key(folder, cls._unlock(folder, passphrase, keyfile.unlock, sleep))

    @classmethod
    def passphrase_fits(cls, folder: Path, passphrase: str, sleep: Callable[[float], None] = time.sleep) -> bool:
        """Check a passphrase without opening (leaving co-sign mode); slowed after failures too."""
        try:
            cls._unlock(folder, passphrase, keyfile.unlock, sleep)
        except WrongPassphrase:
            return False
        return True

    @classmethod
    def _unlock(cls, folder: Path, secret: str, unwrap: Callable[[Path, str], bytes],
                sleep: Callable[[float], None]) -> bytes:
        path = cls._keyfile(folder)
        throttle = Throttle(folder)
        try:
            keyfile.load(path)  # a damaged key file is refused before an attempt is counted
            sleep(throttle.book())  # counted as a failure until it succeeds: parallel guesses queue
            vault_key = unwrap(path, secret)
        except keyfile.KeyFileDamaged as error:
            raise VaultError(error.message) from None
        throttle.succeeded()
        return vault_key

    @classmethod
    def recover(cls, folder: Path, code: str, new_passphrase: str) -> Vault:
        """Unlock with the recovery code and set a new passphrase."""
        _require_strong(new_passphrase, "")
        vault_key = cls._unlock(folder, code, keyfile.unlock_with_recovery, time.sleep)
        keyfile.set_passphrase(folder / KEYFILE, vault_key, new_passphrase)
        vault = cls._open_with_key(folder, vault_key)
        vault.log("recover")
        return vault

    @staticmethod
    def _keyfile(folder: Path) -> Path:
        if not Vault.exists(folder):
            raise VaultError(Message("vault.no-vault", folder=folder))
        return folder / KEYFILE

    @classmethod
    def _open_with_key(cls, folder: Path, vault_key: bytes) -> Vault:
        """Open, refusing a vault from a newer Koers untouched, and backing up before a migration."""
        db = connect(folder / DATABASE, vault_key)
        found = schema_version(db)
        if found > LATEST:
            db.close()
            raise NewerVault(found)
        vault = cls(folder, db, vault_key)
        if 0 < found < LATEST:
            vault.update_backup = backup.before_update(db, vault_key, folder, found)
        old = migrate(vault.db)
        if old < LATEST:
            upgrade.backfill(vault, old)
        if vault.meta("report_rows_version") != LEAN_VERSION:
            upgrade.rewrite_report_rows(vault)
        if vault.meta("audit_anchored") is None:
            vault._anchor_audit_head()  # made before heads were anchored: trusted as it is, once
        erasure.erase_again(vault)
        return vault

    def _anchor_audit_head(self) -> None:
        self._audit_anchor.adopt()
        self.set_meta("audit_anchored", utcnow().isoformat())  # after: a crash between adopts again

    def opened_again(self) -> Vault:
        """This vault on a second connection, for work off the screen thread (desktop.ui.worker).

        It tells the same subscribers what it saved (from its own thread). `cancel()` from any
        thread makes its statements and its commit fail, so an open transaction rolls back.
        Close it with close(make_backup=False)."""
        other = Vault(self.folder, connect(self.folder / DATABASE, self._vault_key), self._vault_key)
        other._subscribers = self._subscribers
        other.db.set_progress_handler(lambda: other._cancelled, 1000)
        return other

    def cancel(self) -> None:
        self._cancelled = True
        self.db.interrupt()

    def change_passphrase(self, new_passphrase: str) -> None:
        """A new passphrase (the policy's WeakPassphrase if too weak); the database stays as it is."""
        _require_strong(new_passphrase, self.worker_name)
        keyfile.set_passphrase(self.folder / KEYFILE, self._vault_key, new_passphrase)
        self.log("passwd")

    def close(self, make_backup: bool = True) -> None:
        """Close the vault, first making the daily automatic backup if one is due."""
        if make_backup:
            backup.rotate(self.db, self._vault_key, self.folder)
        self.db.close()

    def backup_to(self, out: Path) -> Path:
        """An encrypted backup file (same keys) at `out`, which must lie outside the vault."""
        self.refuse_own_path(out)
        self.log("backup")
        return backup.write_backup(self.db, self._vault_key, self.folder, out)

    def refuse_own_path(self, path: Path) -> None:
        """VaultError if writing `path` could overwrite the vault's files (or be lost with them):
        anything in the vault's folder, also through a symbolic or hard link."""
        if within(self.folder, path):
            raise VaultError(Message("vault.inside-vault", path=path, folder=self.folder))

    def backups(self) -> list[backup.BackupInfo]:
        """The automatic backups beside this vault, newest first."""
        return backup.list_backups(self.folder)

    @staticmethod
    def check_backup(backup_file: Path, passphrase: str) -> None:
        """Raise BackupError or WrongPassphrase unless the backup opens with `passphrase`."""
        backup.check_passphrase(backup_file, passphrase)

    @staticmethod
    def restore(folder: Path, backup_file: Path, passphrase: str) -> Path | None:
        """Put a backup in place of the closed vault in `folder` (the checks of `koers restore`).

        Returns the folder where the replaced vault is kept, if there was one; raises
        WrongPassphrase or BackupError and then changes nothing."""
        return backup.restore_backup(backup_file, folder, passphrase)

    # --- settings and keys -----------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def worker_name(self) -> str:
        return self.meta("worker_name", "")

    @property
    def role(self) -> str:
        return self.meta("role", "begeleider")

    @property
    def identity(self) -> WorkerIdentity:
        if self._identity is None:
            values = dict(self.db.execute("SELECT name, value FROM secrets").fetchall())
            self._identity = WorkerIdentity.from_secrets(values)
        return self._identity

    # --- transactions, audit, change notices -----------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit: all of it is written, or none of it. Nested calls join the outer one."""
        with self._lock:
            self._depth += 1
            try:
                if self._depth > 1:
                    yield self.db
                    return
                self.db.execute("BEGIN IMMEDIATE")
                try:
                    yield self.db
                    if self._cancelled:
                        raise VaultError(Message("vault.cancelled"))
                except BaseException:
                    self.db.execute("ROLLBACK")
                    raise
                self.db.execute("COMMIT")
                self._audit_anchor.after_commit()
            finally:
                self._depth -= 1
                if not self._depth:  # the outermost one ended: what it changed is told, or dropped
                    committed, self._pending = self._pending, Changes()
        self.notify(committed)  # reached only when the outermost transaction committed

    def log(self, action: str, kind: str | None = None, record_id: UUID | None = None) -> None:
        with self.transaction():
            audit.append(self.db, self.worker_name, action, kind, str(record_id) if record_id else None)

    def audit_broken_at(self) -> int | None:
        """The first audit entry whose hash does not fit the chain, or None."""
        return audit.verify(self.db)

    def audit_head_intact(self) -> bool:
        """False when the log's last entries were removed (or its anchor in the key file was
        stripped or forged). Cheap: checked at every unlock."""
        return self._audit_anchor.intact()

    def subscribe(self, callback: Callable[[Changes], None]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Changes], None]) -> None:
        self._subscribers.remove(callback)

    def notify(self, changes: Changes) -> None:
        """Tell subscribers what an operation changed (the vault's operation modules call this);
        inside a transaction, once it is committed."""
        if self._depth:  # inside a transaction: wait until it is committed
            self._pending.kinds |= changes.kinds
            self._pending.participant_ids |= changes.participant_ids
            return
        if changes.kinds:
            for callback in self._subscribers:
                callback(changes)

    # --- records (desktop.vault.writes) ------------------------------------------------
    def get(self, record_id: UUID) -> Record | None:
        row = self.db.execute("SELECT kind, body FROM records WHERE id = ?", (str(record_id),)).fetchone()
        return RECORD_TYPES[row[0]].model_validate_json(row[1]) if row else None

    def save(self, record: Record) -> SaveResult:
        """Validate and store one record; a changed record gets the next revision."""
        return self.save_all([record])[0]

    def save_all(self, records: Iterable[Record]) -> list[SaveResult]:
        """Store many records in one transaction: all of them, or none."""
        return writes.save_all(self, records)

    def merge(self, incoming: Sequence[tuple[Record, str]], origin: Origin,
              attachments: Sequence[tuple[UUID, str, str, str, bytes]] = (),
              record_owned: frozenset[str] = frozenset()) -> MergeResult:
        """Merge records from another vault in one transaction (writes.merge)."""
        return writes.merge(self, incoming, origin, attachments, record_owned)

    def store_as(self, record: Record, origin: Origin, action: str, seen: Sequence[tuple[UUID, int, str]] = ()) -> None:
        """Store `record` exactly as given, as written by `origin` (writes.store_as)."""
        writes.store_as(self, record, origin, action, seen)

    # --- participants and dossiers (desktop.vault.dossiers) ----------------------------
    def participants(self, search: str | None = None, phase: str | None = None,
                     limit: int | None = None) -> list[ParticipantSummary]:
        """Participants whose roepnaam (or a word of it) starts with `search`, by name."""
        return dossiers.participants(self.db, search, phase, limit)

    def count_participants(self) -> int:
        return self.db.execute("SELECT count(*) FROM participants").fetchone()[0]

    def dossier(self, participant_id: UUID) -> Dossier:
        """The whole dossier of one participant; VaultError if there is none."""
        return dossiers.load_dossier(self.db, participant_id, kinds=None)

    def open_dossier(self, participant_id: UUID) -> Dossier:
        """Her dossier, for a person to read; the audit log records that it was opened."""
        return dossiers.open_dossier(self, participant_id)

    # --- erasure (desktop.vault.erasure) -----------------------------------------------
    def erasure_preview(self, participant_id: UUID) -> ErasureResult:
        """What `erase_participant` would remove, removing nothing."""
        return erasure.inventory(self.db, participant_id)

    def erase_participant(self, participant_id: str, reason: str) -> ErasureResult:
        """Erase her whole dossier, leaving nothing readable of hers (erasure.erase)."""
        return erasure.erase(self, participant_id, reason)

    # --- trajectplan versions and signing (desktop.vault.plans) ------------------------
    def sign_plan(self, plan_record_id: UUID, signature: Signature) -> Trajectplan:
        """Add a signature; the first one freezes the version. It must cover this version's hash."""
        return plans.sign_plan(self, plan_record_id, signature)

    def new_plan_version(self, plan_record_id: UUID) -> Trajectplan:
        """A new, unsigned version with the same goals (goal ids kept, so evaluations follow)."""
        return plans.new_plan_version(self, plan_record_id)

    # --- drafts (autosave) -----------------------------------------------------------
    def save_draft(self, key: str, body: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO drafts VALUES (?,?,?)", (key, utcnow().isoformat(), body))

    def drafts(self) -> list[tuple[str, dt.datetime, str]]:
        return [(k, dt.datetime.fromisoformat(at), body)
                for k, at, body in self.db.execute("SELECT key, saved_at, body FROM drafts ORDER BY saved_at")]

    def discard_draft(self, key: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM drafts WHERE key = ?", (key,))


def checked_name(name: str) -> str:
    """A worker's or key's name by the rule for every name (forms.base.Name), or VaultError."""
    problem = name_problem(name)
    if problem:
        raise VaultError(Message("vault.bad-name", problem=problem))
    return name.strip()


__all__ = ["ROLES", "Vault", "checked_name"]
