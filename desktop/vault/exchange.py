"""The vault side of bundles: trusted keys, exports (and what was sent to whom), and the
merge of an imported bundle in one transaction. The bundle format itself is exports.bundle.

Merge rules, per incoming record (docs/bundle-format.md):
- its hash is in the record's history (or it is the current one)   -> unchanged
- no local record with that id                                      -> new
- the local record came from an import and the incoming rev is newer -> updated
- the local record came from an import and the incoming rev is older -> unchanged (older file)
- anything else (edited here, or the same rev with other content)    -> conflict, kept aside
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from desktop.vault import audit, keyfile
from desktop.vault.paths import KEYFILE
from desktop.vault.service import Changes, Vault, VaultError
from exports.bundle import Attachment, Bundle, PublicKey, open_bundle, pack, public_signing_key
from forms import RECORD_TYPES, Record, Trajectplan
from forms.base import utcnow


class ExchangeError(VaultError):
    """An export or import that cannot be done; nothing was written."""


# --- keys and trust ------------------------------------------------------------------
def own_public_key(vault: Vault) -> PublicKey:
    """This vault's public keys, named after its worker."""
    identity = vault.identity
    return PublicKey(vault.worker_name or "Koers", vault.role,
                     public_signing_key(identity.signing_key_pem), identity.age_recipient)


def trusted_keys(vault: Vault, role: str | None = None) -> list[PublicKey]:
    """The other side's keys this vault trusts, by name."""
    sql = "SELECT name, role, ed25519, age FROM trusted_keys"
    rows = vault.db.execute(sql + (" WHERE role = ?" if role else "") + " ORDER BY name",
                            (role,) if role else ())
    return [PublicKey(name, r, bytes(raw), age) for name, r, raw, age in rows]


def trust_key(vault: Vault, key: PublicKey, role: str, name: str | None = None) -> PublicKey:
    """Register (or rename / change the role of) another side's key."""
    if role not in ("begeleider", "supervisor"):
        raise ExchangeError(f"onbekende rol / unknown role: {role}")
    if key.fingerprint == own_public_key(vault).fingerprint:
        raise ExchangeError("dit is de eigen sleutel van deze kluis / this is this vault's own key")
    key = PublicKey(name or key.name, role, key.ed25519, key.age)
    clash = vault.db.execute("SELECT fingerprint FROM trusted_keys WHERE name = ? AND fingerprint != ?",
                             (key.name, key.fingerprint)).fetchone()
    if clash:
        raise ExchangeError(f"de naam '{key.name}' hoort al bij een andere sleutel; kies een andere naam"
                            f" / the name '{key.name}' already belongs to another key; choose another name")
    with vault.transaction():
        vault.db.execute("INSERT OR REPLACE INTO trusted_keys VALUES (?,?,?,?,?,?)",
                         (key.fingerprint, key.name, key.role, key.ed25519, key.age, utcnow().isoformat()))
        audit.append(vault.db, vault.worker_name, "trust-key")
    return key


def trusted_key(vault: Vault, name: str, role: str | None = None) -> PublicKey:
    """The trusted key with this name (and role); ExchangeError if there is none."""
    for key in trusted_keys(vault, role):
        if key.name == name:
            return key
    known = ", ".join(k.name for k in trusted_keys(vault, role)) or "-"
    raise ExchangeError(f"geen vertrouwde sleutel met de naam '{name}' (bekend: {known})"
                        f" / no trusted key named '{name}' (known: {known})")


def workers_of(vault: Vault) -> dict[UUID, str]:
    """Whose caseload each participant is in: the trusted worker whose bundle first brought
    her in (a later edit here does not move her), else this vault's own worker."""
    names = {f"import:{fp}": name for fp, name in vault.db.execute("SELECT fingerprint, name FROM trusted_keys")}
    rows = vault.db.execute("SELECT id, origin FROM participant_origin")
    return {UUID(pid): vault.worker_name if origin == "local"
            else names.get(origin, origin.removeprefix("import:")) for pid, origin in rows}


def identity_file(vault: Vault, passphrase: str) -> bytes:
    """The age identity as an age key file, after checking the passphrase again (WrongPassphrase)."""
    keyfile.unlock(vault.folder / KEYFILE, passphrase)
    identity = vault.identity
    vault.log("export-identity")
    return (f"# created: {utcnow().isoformat()}\n# public key: {identity.age_recipient}\n"
            f"{identity.age_identity}\n").encode()


# --- export --------------------------------------------------------------------------
@dataclass(frozen=True)
class Export:
    """A packed bundle, not yet marked as sent (call `mark_sent` once the file is written)."""

    data: bytes
    to: PublicKey
    sent: list[tuple[str, str]]  # (record id, hash)
    counts: dict[str, int]
    since_last: bool


def export_bundle(vault: Vault, to: str, participants: Sequence[UUID] | None = None,
                  since_last: bool = False, self_copy: bool = False,
                  attachments: Sequence[Attachment] = (), plan_pdfs: bool = False) -> Export:
    """Pack the selected dossiers (all when `participants` is None) for the supervisor `to`;
    with `plan_pdfs`, also the signed PDF of every signed plan version in the bundle."""
    recipient = trusted_key(vault, to, role="supervisor")
    rows = _selected_rows(vault, participants)
    since = None
    if since_last:
        sent = dict(vault.db.execute("SELECT id, hash FROM export_sent WHERE to_fingerprint = ?",
                                     (recipient.fingerprint,)).fetchall())
        rows = [row for row in rows if sent.get(row[0]) != row[3]]
        last = vault.db.execute("SELECT max(at) FROM export_log WHERE to_fingerprint = ?",
                                (recipient.fingerprint,)).fetchone()[0]
        since = dt.datetime.fromisoformat(last) if last else None
    records = [RECORD_TYPES[kind].model_validate_json(body) for _id, kind, body, _hash in rows]
    if plan_pdfs:
        attachments = [*attachments, *_signed_plan_pdfs(vault, records)]
    me = own_public_key(vault)
    recipients = [recipient.age] + ([me.age] if self_copy else [])
    data = pack(records, vault.identity.signing_key_pem, recipients, exporter=me, recipient=recipient,
                attachments=attachments, since=since)
    counts: dict[str, int] = {}
    for record in records:
        counts[record.KIND] = counts.get(record.KIND, 0) + 1
    return Export(data, recipient, [(row[0], row[3]) for row in rows], counts, since_last)


def _signed_plan_pdfs(vault: Vault, records: list[Record]) -> list[Attachment]:
    from desktop.vault.documents import plan_pdf_job  # reportlab and pyHanko only when asked

    return [Attachment(f"plan-{plan.version}.pdf", plan.id, plan_pdf_job(vault, plan).render())
            for plan in records if isinstance(plan, Trajectplan) and plan.frozen]


def _selected_rows(vault: Vault, participants: Sequence[UUID] | None) -> list[tuple[str, str, str, str]]:
    sql = "SELECT id, kind, body, hash FROM records"
    if participants is None:
        return vault.db.execute(sql + " ORDER BY participant_id, kind != 'participant', id").fetchall()
    wanted = [str(p) for p in dict.fromkeys(participants)]
    known = {r[0] for r in vault.db.execute(
        "SELECT id FROM records WHERE kind = 'participant' AND id IN (SELECT value FROM json_each(?))",
        (_json_list(wanted),))}
    missing = [p for p in wanted if p not in known]
    if missing:
        raise ExchangeError(f"onbekende deelnemer / unknown participant: {missing[0]}")
    return vault.db.execute(sql + " WHERE participant_id IN (SELECT value FROM json_each(?))"
                            " ORDER BY participant_id, kind != 'participant', id", (_json_list(wanted),)).fetchall()


def _json_list(values: list[str]) -> str:
    return "[" + ",".join(f'"{v}"' for v in values) + "]"  # UUID strings need no escaping


def mark_sent(vault: Vault, export: Export) -> None:
    """Remember what went to whom, for the next --since-last export."""
    with vault.transaction():
        vault.db.execute("INSERT INTO export_log (at, to_fingerprint, bundle_digest, records, since_last)"
                         " VALUES (?,?,?,?,?)", (utcnow().isoformat(), export.to.fingerprint,
                                                 hashlib.sha256(export.data).hexdigest(),
                                                 len(export.sent), int(export.since_last)))
        vault.db.executemany("INSERT OR REPLACE INTO export_sent VALUES (?,?,?)",
                             [(export.to.fingerprint, rid, digest) for rid, digest in export.sent])
        audit.append(vault.db, vault.worker_name, "export")


def export_log(vault: Vault) -> list[tuple[dt.datetime, str, int, bool]]:
    """(when, to whom, how many records, since-last?) for every export, newest first."""
    rows = vault.db.execute(
        "SELECT e.at, coalesce(t.name, e.to_fingerprint), e.records, e.since_last FROM export_log e"
        " LEFT JOIN trusted_keys t ON t.fingerprint = e.to_fingerprint ORDER BY e.seq DESC")
    return [(dt.datetime.fromisoformat(at), name, n, bool(s)) for at, name, n, s in rows]


# --- import --------------------------------------------------------------------------
@dataclass
class ImportReport:
    """What an import did, record by record: (kind, id) per outcome."""

    sender: str
    created: dt.datetime
    new: list[tuple[str, UUID]] = field(default_factory=list)
    updated: list[tuple[str, UUID]] = field(default_factory=list)
    unchanged: list[tuple[str, UUID]] = field(default_factory=list)
    conflicts: list[tuple[str, UUID]] = field(default_factory=list)


def import_bundle(vault: Vault, data: bytes) -> ImportReport:
    """Decrypt, verify and merge a bundle in one transaction; BundleError or ExchangeError
    (and an untouched vault) when anything is wrong."""
    bundle = open_bundle(data, vault.identity.age_identity, trusted_keys(vault, role="begeleider"))
    origin = f"import:{bundle.signer.fingerprint}"
    report = ImportReport(bundle.signer.name, bundle.manifest.created)
    changes = Changes()
    with vault.transaction():
        local, seen = _local_state(vault, bundle.records)
        writes = []
        # The reader checked every record against its manifest hash: no need to hash again.
        for record, entry in zip(bundle.records, bundle.manifest.records):
            outcome = _merge_one(vault, record, entry.sha256, local.get(str(record.id)), seen, origin)
            getattr(report, outcome).append((record.KIND, record.id))
            if outcome in ("new", "updated"):
                writes.append((record, entry.sha256, "import"))
                changes.kinds.add(record.KIND)
                changes.participant_ids.add(record.dossier_id)
        vault.write_records(writes, origin)
        _store_attachments(vault, bundle, origin)
        vault._reindex(_with_participant_record(vault, changes.participant_ids))
        _log_import(vault, bundle, report)
    if changes.kinds:
        vault._notify(changes)
    return report



def _local_state(vault: Vault, records: list[Record]) -> tuple[dict[str, tuple], set[tuple[str, str]]]:
    """The local (kind, rev, hash, origin) and every known (id, hash) of the incoming ids, in two queries."""
    ids = _json_list([str(r.id) for r in records])
    local = {row[0]: row[1:] for row in vault.db.execute(
        "SELECT id, kind, rev, hash, origin FROM records WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
    seen = set(vault.db.execute(
        "SELECT id, hash FROM record_versions WHERE id IN (SELECT value FROM json_each(?))", (ids,)))
    return local, seen


def _merge_one(vault: Vault, record: Record, digest: str, local: tuple | None,
               seen: set[tuple[str, str]], origin: str) -> str:
    """Decide what an incoming record is; conflicts are stored here, new and updated ones by the caller."""
    rid = str(record.id)
    if local is None:
        return "new"
    kind, rev, local_hash, local_origin = local
    if kind != record.KIND:
        raise ExchangeError(f"gegeven {rid} is hier een ander soort gegeven ({kind}) / "
                            f"record {rid} is another kind here ({kind})")
    if digest == local_hash or (rid, digest) in seen:
        return "unchanged"
    if local_origin.startswith("import:") and record.rev != rev:
        if record.rev < rev:
            return "unchanged"  # an older file arriving after a newer one
        return "updated"
    vault.db.execute("INSERT OR IGNORE INTO conflicts VALUES (?,?,?,?,?,?,?,?)",
                     (rid, digest, record.KIND, str(record.dossier_id), record.rev, origin,
                      record.model_dump_json(), utcnow().isoformat()))
    return "conflicts"


def _store_attachments(vault: Vault, bundle: Bundle, origin: str) -> None:
    vault.db.executemany("INSERT OR IGNORE INTO attachments VALUES (?,?,?,?,?,?)", [
        (str(a.record_id), _sha256(a.data), a.name, a.media_type, a.data, origin) for a in bundle.attachments])


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _with_participant_record(vault: Vault, participant_ids: set[UUID]) -> list[UUID]:
    """Records may arrive before their participant (files in any order): index those that can be."""
    ids = [str(p) for p in participant_ids]
    found = vault.db.execute("SELECT id FROM records WHERE kind = 'participant' AND id IN"
                             " (SELECT value FROM json_each(?))", (_json_list(ids),)).fetchall()
    return [UUID(row[0]) for row in found]


def _log_import(vault: Vault, bundle: Bundle, report: ImportReport) -> None:
    vault.db.execute(
        "INSERT INTO import_log (at, from_fingerprint, bundle_digest, created, new, updated, unchanged,"
        " conflicts) VALUES (?,?,?,?,?,?,?,?)",
        (utcnow().isoformat(), bundle.signer.fingerprint, bundle.digest, bundle.manifest.created.isoformat(),
         len(report.new), len(report.updated), len(report.unchanged), len(report.conflicts)))
    audit.append(vault.db, vault.worker_name, "import")


@dataclass(frozen=True)
class Conflict:
    """An incoming version kept beside the local one, until someone chooses."""

    id: UUID
    kind: str
    participant_id: UUID
    incoming_rev: int
    sender: str
    received_at: dt.datetime
    incoming: Record


def conflicts(vault: Vault) -> list[Conflict]:
    """Every conflicting incoming version, oldest first."""
    rows = vault.db.execute(
        "SELECT c.id, c.kind, c.participant_id, c.rev, coalesce(t.name, c.origin), c.received_at, c.body"
        " FROM conflicts c LEFT JOIN trusted_keys t ON 'import:' || t.fingerprint = c.origin"
        " ORDER BY c.received_at, c.id")
    return [Conflict(UUID(i), k, UUID(p), rev, who, dt.datetime.fromisoformat(at),
                     RECORD_TYPES[k].model_validate_json(body)) for i, k, p, rev, who, at, body in rows]
