"""The vault service: the one API the command line and the screens use to store dossiers.

Every save validates (the `forms` models), writes one transaction, appends to the audit
log and tells subscribers what changed. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import orjson

from forms import RECORD_TYPES, Dossier, Participant, Record, Signature, Trajectplan
from forms.base import utcnow
from forms.catalogue import Message, text
from forms.dossier import STANDALONE_KINDS, anonymous_dossier
from forms.sharing import MonitoringForm
from forms.messages import name_problem
from forms.vocab import fold
from desktop.vault import audit, backup, erasure, index, keyfile, owners
from desktop.vault import merge as merging
from desktop.vault.db import connect
from desktop.vault.erasure import ErasureResult
from desktop.vault.errors import FrozenPlanError, NewerVault, ReadOnlyDossier, VaultError, WeakPassphrase
from desktop.vault.identity import WorkerIdentity, new_identity
from desktop.vault.keyfile import KdfParams, WrongPassphrase
from desktop.vault.merge import MergeResult
from desktop.vault.migrations import LATEST, migrate, schema_version
from desktop.vault.owners import LOCAL, Origin
from desktop.vault.sharing import Incoming, link_referrals
from desktop.vault.passphrase import strength
from desktop.vault.paths import DATABASE, KEYFILE, prepare_private_dir, within
from desktop.vault.throttle import Throttle
from exports.report.lean import VERSION as LEAN_VERSION

ROLES = ("begeleider", "supervisor")


def _require_strong(new_passphrase: str, worker_name: str) -> None:
    verdict = strength(new_passphrase, [worker_name])
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.refusal())


@dataclass(frozen=True)
class ParticipantSummary:
    id: UUID
    roepnaam: str  # "anoniem" for a dossier shared anonymously (anonymous: True)
    phase: str | None
    next_deadline: dt.date | None
    anonymous: bool = False


def anonymous_name() -> str:
    """What screens and lists show instead of the name of a dossier shared anonymously."""
    return text("rights.anonymous")


@dataclass
class Changes:
    """What one operation changed, for screens to decide whether to refresh."""

    kinds: set[str] = field(default_factory=set)
    participant_ids: set[UUID] = field(default_factory=set)


@dataclass(frozen=True)
class SaveResult:
    record: Record
    created: bool
    changed: bool


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
            vault._backfill(old)
        if vault.meta("report_rows_version") != LEAN_VERSION:
            vault._rewrite_report_rows()
        if vault.meta("audit_anchored") is None:
            vault._anchor_audit_head()  # made before heads were anchored: trusted as it is, once
        vault._erase_again()
        return vault

    def _erase_again(self) -> None:
        """Erase anew whom this vault's list of erased ids names but it still holds (a backup
        from before her erasure was restored, or an old bundle came in)."""
        again = erasure.still_present(self.db, erasure.erased_ids(self.folder))
        if not again:
            return
        with self.transaction():
            for pid in again:
                erasure.delete_rows(self.db, pid)
            audit.append_many(self.db, self.worker_name, [("erase-again", "participant", str(p)) for p in again])
        erasure.scrub(self.db)

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
        self._notify(committed)  # reached only when the outermost transaction committed

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

    def _notify(self, changes: Changes) -> None:
        if self._depth:  # inside a transaction: wait until it is committed
            self._pending.kinds |= changes.kinds
            self._pending.participant_ids |= changes.participant_ids
            return
        if changes.kinds:
            for callback in self._subscribers:
                callback(changes)

    # --- records ---------------------------------------------------------------------
    def get(self, record_id: UUID) -> Record | None:
        row = self.db.execute("SELECT kind, body FROM records WHERE id = ?", (str(record_id),)).fetchone()
        return RECORD_TYPES[row[0]].model_validate_json(row[1]) if row else None

    def save(self, record: Record) -> SaveResult:
        """Validate and store one record; a changed record gets the next revision."""
        return self.save_all([record])[0]

    def save_all(self, records: Iterable[Record]) -> list[SaveResult]:
        """Store many records in one transaction: all of them, or none."""
        results, changes, writes, pending = [], Changes(), [], set()
        records = list(records)
        with self.transaction():
            self._refuse_read_only(records)
            for record in link_referrals(self.db, records):
                if record.id in pending:
                    self._write_records(writes, LOCAL)  # the second save must see the first
                    writes, pending = [], set()
                result, digest = self._prepare(record)
                results.append(result)
                if result.changed:
                    writes.append((result.record, digest, "create" if result.created else "update"))
                    pending.add(record.id)
                    changes.kinds.add(record.KIND)
                    if record.KIND not in STANDALONE_KINDS:  # a kaart entry is no one's dossier
                        changes.participant_ids.add(record.dossier_id)
            self._write_records(writes, LOCAL)
            self._reindex(changes.participant_ids)
            self._notify(changes)
        return results

    def _refuse_read_only(self, records: list[Record]) -> None:
        """A dossier someone else owns is read-only. At a supervisor: a worker's (her notes aside).
        At a worker: handed over, lent for a cover (she may add contacts) or the programme's kaart
        entries (desktop.vault.handover)."""
        if self.role != "begeleider":
            owners.refuse_foreign(self.db, records, self.worker_name)
            return
        theirs = {pid for pid, owner in owners.owners(self.db, {r.dossier_id for r in records}).items()
                  if owner != LOCAL}
        for record in records:
            if record.dossier_id in theirs and not self._cover_contact(record):
                raise ReadOnlyDossier(Message("team.read-only", kind=record.KIND))

    def _cover_contact(self, record: Record) -> bool:
        """A new contact written during a cover of her dossier that has not ended."""
        return record.KIND == "contact" and self.get(record.id) is None and self.db.execute(
            "SELECT 1 FROM records WHERE participant_id = ? AND kind = 'handover' AND origin != 'local'"
            " AND json_extract(body, '$.mode') = 'waarneming' AND json_extract(body, '$.until') >= ?",
            (str(record.dossier_id), dt.date.today().isoformat())).fetchone() is not None

    def _prepare(self, record: Record) -> tuple[SaveResult, str]:
        """Validate a record against what is stored; returns what to write and its hash."""
        stored = self.get(record.id)
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

    def merge(self, incoming: Sequence[tuple[Record, str]], origin: Origin,
              attachments: Sequence[tuple[UUID, str, str, str, bytes]] = (),
              record_owned: frozenset[str] = frozenset()) -> MergeResult:
        """Merge records from another vault, each with its (already checked) content hash, and
        their attachments (record id, sha256, name, media type, bytes) in one transaction, by the
        rules of desktop.vault.merge: MergeRefused, and nothing written, when the sender may not."""
        with self.transaction():
            sorted_in = Incoming.sort(self.db, self.folder, list(incoming), origin)
            result = merging.decide(self.db, sorted_in.records, origin, [(a[0], a[1]) for a in attachments],
                                    record_owned)
            result.erased, result.anonymised = sorted_in.erased, sorted_in.anonymised
            self._write_records([(record, digest, "import") for record, digest in result.writes], origin)
            self.db.executemany("INSERT OR IGNORE INTO conflicts VALUES (?,?,?,?,?,?,?,?)",
                                merging.conflict_rows(result, origin))
            self.db.executemany("INSERT OR IGNORE INTO attachments VALUES (?,?,?,?,?,?)",
                                [(str(rid), *rest, str(origin)) for rid, *rest in attachments])
            changed = {record.dossier_id for record, _ in result.writes}
            self._reindex(self._with_participant(changed))
            gone = set(result.erased) | set(result.anonymised)
            self._notify(Changes({record.KIND for record, _ in result.writes} | ({"participant"} if gone else set()),
                                 changed | gone))
        return result

    def store_as(self, record: Record, origin: Origin, action: str, seen: Sequence[tuple[UUID, int, str]] = ()) -> None:
        """Store `record` exactly as given, as written by `origin` (a conflict settled in favour of
        the dossier's owner), and remember other versions (id, rev, hash) as seen, so the same
        bundle again is no new conflict. The caller checks that this may be done."""
        with self.transaction():
            self._write_records([(record, record.content_hash(), action)], origin)
            self.db.executemany("INSERT OR IGNORE INTO record_versions (id, rev, hash, origin, at) VALUES (?,?,?,?,?)",
                                [(str(i), rev, digest, str(origin), utcnow().isoformat()) for i, rev, digest in seen])
            self._reindex(self._with_participant({record.dossier_id}))
            self._notify(Changes({record.KIND}, {record.dossier_id}))

    def _with_participant(self, participant_ids: set[UUID]) -> list[UUID]:
        """Records may arrive before their participant (files in any order): index those that can be."""
        found = self.db.execute("SELECT id FROM records WHERE kind IN ('participant', 'monitoring') AND id IN"
                                " (SELECT value FROM json_each(?))",
                                (orjson.dumps([str(p) for p in participant_ids]).decode(),))
        return [UUID(row[0]) for row in found]

    def _write_records(self, items: list[tuple[Record, str, str]], origin: Origin) -> None:
        """Store (record, its content hash, audit action) exactly as given (no revision bump),
        with their history and one audit entry each; the first writer of a dossier owns it.
        Call inside a transaction."""
        now, origin_text = utcnow().isoformat(), str(origin)
        ids = [str(r.id) for r, _d, _a in items]  # each once: a bundle import writes thousands
        bodies = [r.model_dump_json() for r, _d, _a in items]
        self.db.executemany(
            "INSERT OR REPLACE INTO records (id, kind, participant_id, rev, updated_at, body, hash, origin)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(rid, r.KIND, str(r.dossier_id), r.rev, r.updated_at.isoformat(), body, digest, origin_text)
             for rid, (r, digest, _action), body in zip(ids, items, bodies)])
        self.db.executemany("INSERT OR IGNORE INTO record_versions (id, rev, hash, origin, at, body)"
                            " VALUES (?,?,?,?,?,?)",
                            [(rid, r.rev, digest, origin_text, now, body)
                             for rid, (r, digest, _a), body in zip(ids, items, bodies)])
        audit.append_many(self.db, self.worker_name,
                          [(action, r.KIND, rid) for rid, (r, _d, action) in zip(ids, items)])
        index.write_report_rows(self.db, [r for r, _d, _a in items])
        owners.claim(self.db, [r.dossier_id for r, _d, _a in items], origin)

    # --- participants and dossiers ---------------------------------------------------
    def participants(self, search: str | None = None, phase: str | None = None,
                     limit: int | None = None) -> list[ParticipantSummary]:
        """Participants whose roepnaam (or a word of it) starts with `search`, by name."""
        sql = ["SELECT p.id, coalesce(json_extract(r.body, '$.roepnaam'), ''), p.phase, p.next_deadline"
               " FROM participants p JOIN records r ON r.id = p.id WHERE 1"]
        args: list[object] = []
        if search and search.strip():
            pattern = fold(search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            sql.append("AND (p.name_key LIKE ? ESCAPE '\\' OR p.name_key LIKE ? ESCAPE '\\')")
            args += [pattern + "%", "% " + pattern + "%"]
        if phase:
            sql.append("AND p.phase = ?")
            args.append(phase)
        sql.append("ORDER BY p.name_key")
        if limit:
            sql.append(f"LIMIT {int(limit)}")
        return [
            ParticipantSummary(UUID(pid), name or anonymous_name(), ph, dt.date.fromisoformat(due) if due else None,
                               anonymous=not name)
            for pid, name, ph, due in self.db.execute(" ".join(sql), args)
        ]

    def count_participants(self) -> int:
        return self.db.execute("SELECT count(*) FROM participants").fetchone()[0]

    def dossier(self, participant_id: UUID) -> Dossier:
        """The whole dossier of one participant; VaultError if there is none."""
        return self._load_dossier(participant_id, kinds=None)

    def open_dossier(self, participant_id: UUID) -> Dossier:
        """Her dossier, for a person to read: the audit log records who opened it and when
        (never what was shown), for her copy of her data."""
        dossier = self.dossier(participant_id)
        self.log("open", Participant.KIND, participant_id)
        return dossier

    def _load_dossier(self, participant_id: UUID, kinds: tuple[str, ...] | None) -> Dossier:
        sql = "SELECT kind, body FROM records WHERE participant_id = ?"
        if kinds:
            kinds = (*kinds, "monitoring")
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
        rows = self.db.execute(sql, (str(participant_id), *(kinds or ()))).fetchall()
        records = [RECORD_TYPES[kind].model_validate_json(body) for kind, body in rows]
        form = next((r for r in records if isinstance(r, MonitoringForm)), None)
        if form is not None:  # a dossier shared anonymously: never a name (forms.sharing)
            return anonymous_dossier(form, anonymous_name())
        participant = next((r for r in records if isinstance(r, Participant)), None)
        if participant is None:
            raise VaultError(Message("vault.unknown-participant", participant_id=participant_id))
        return Dossier.from_records(participant, [r for r in records if r is not participant])

    def _reindex(self, participant_ids: Iterable[UUID]) -> None:
        """Refresh what is derived per participant: the search index and her lean report dossier."""
        index.reindex(self.db, list(participant_ids), self._load_dossier)

    def _backfill(self, old_version: int) -> None:
        """After migrating from `old_version`: fill what newer schemas added, for older records.
        Schema 5 (dossier owners) needs nothing here beyond what its SQL copies from the history."""
        if old_version >= 4:
            return
        with self.transaction():
            for kind, body, origin in self.db.execute("SELECT kind, body, origin FROM records").fetchall():
                record = RECORD_TYPES[kind].model_validate_json(body)
                if old_version < 2:  # content hashes and history
                    digest = record.content_hash()
                    self.db.execute("UPDATE records SET hash = ? WHERE id = ?", (digest, str(record.id)))
                    self.db.execute("INSERT OR IGNORE INTO record_versions (id, rev, hash, origin, at)"
                                    " VALUES (?,?,?,?,?)", (str(record.id), record.rev, digest, origin,
                                                            utcnow().isoformat()))
                    owners.claim(self.db, [record.dossier_id], Origin.parse(origin))  # no history to copy from
                index.write_report_rows(self.db, [record])
            ids = [UUID(r[0]) for r in self.db.execute("SELECT id FROM records WHERE kind = 'participant'")]
            self._reindex(ids)

    # --- erasure (desktop.vault.erasure) -----------------------------------------------
    def erasure_preview(self, participant_id: UUID) -> ErasureResult:
        """What `erase_participant` would remove, removing nothing."""
        return erasure.inventory(self.db, participant_id)

    def erase_participant(self, participant_id: str, reason: str) -> ErasureResult:
        """Erase her whole dossier: records, history, drafts, search and report rows, attachments.
        The audit log keeps that she was erased, by whom and why (ids only); her id is kept
        outside the backups so a restore erases her again, and the next bundle to a supervisor
        carries the erasure. Nothing readable of hers stays in the file (erasure.scrub)."""
        try:
            pid = UUID(str(participant_id))
        except ValueError:
            raise VaultError(Message("rights.unknown-participant", id=str(participant_id)[:40])) from None
        why = erasure.clean_reason(reason)
        if why is None:
            raise VaultError(Message("rights.reason-needed"))
        with self.transaction():
            gone = erasure.inventory(self.db, pid)
            if not gone.found:
                raise VaultError(Message("rights.unknown-participant", id=str(pid)))
            erasure.delete_rows(self.db, pid)
            audit.append_many(self.db, self.worker_name,
                              [("erase", "participant", str(pid)), ("erase-reason", why, str(pid))])
            self._notify(Changes(set(gone.records) or {"participant"}, {pid}))
        erasure.remember(self.folder, pid)  # after the commit: a failed erasure must not come back
        erasure.scrub(self.db)
        return gone

    def _rewrite_report_rows(self) -> None:
        """The lean rows again from every record: what figures read grew (exports.report.lean)."""
        with self.transaction():
            for kind, body in self.db.execute("SELECT kind, body FROM records").fetchall():
                index.write_report_rows(self.db, [RECORD_TYPES[kind].model_validate_json(body)])
            self._reindex([UUID(r[0]) for r in self.db.execute("SELECT id FROM records WHERE kind = 'participant'")])
            self.set_meta("report_rows_version", LEAN_VERSION)

    # --- trajectplan versions and signing --------------------------------------------
    def _plan(self, plan_record_id: UUID) -> Trajectplan:
        plan = self.get(plan_record_id)
        if not isinstance(plan, Trajectplan):
            raise VaultError(Message("vault.unknown-plan", plan_record_id=plan_record_id))
        return plan

    def sign_plan(self, plan_record_id: UUID, signature: Signature) -> Trajectplan:
        """Add a signature; the first one freezes the version. It must cover this version's hash."""
        plan = self._plan(plan_record_id)
        owners.refuse_foreign(self.db, [plan], self.worker_name)
        if signature.plan_hash != plan.plan_content_hash():
            raise FrozenPlanError(Message("vault.signature-other-content"))
        signed = Trajectplan.model_validate(
            plan.model_dump() | {"signatures": [*plan.model_dump()["signatures"], signature.model_dump()],
                                 "rev": plan.rev + 1, "updated_at": utcnow()})
        with self.transaction():
            self._write_records([(signed, signed.content_hash(), "sign")], LOCAL)
            self._reindex([signed.participant_id])
            self._notify(Changes({"plan"}, {signed.participant_id}))
        return signed

    def new_plan_version(self, plan_record_id: UUID) -> Trajectplan:
        """A new, unsigned version with the same goals (goal ids kept, so evaluations follow)."""
        plan = self._plan(plan_record_id)
        newest = max(v.version for v in self.dossier(plan.participant_id).plan_versions(plan.plan_id))
        draft = Trajectplan.model_validate(
            plan.model_dump(exclude={"id", "rev", "updated_at", "signatures"})
            | {"version": newest + 1, "date": dt.date.today()})
        return self.save(draft).record

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


__all__ = ["ROLES", "Changes", "ErasureResult", "FrozenPlanError", "KdfParams", "ParticipantSummary", "SaveResult",
           "Vault", "VaultError", "WeakPassphrase", "WrongPassphrase"]
