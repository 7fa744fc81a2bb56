"""The vault side of bundles: exports (and what was sent to whom), and imports, merged by
`Vault.merge` (its rules: desktop.vault.merge). Keys and trust: desktop.vault.trust. The
bundle format itself is exports.bundle."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from desktop.vault import audit, erasure, handover, import_people, inbound, keyfile, outreach, owners, sharing
from desktop.vault.import_people import DossierOutcome
from desktop.vault.merge import MergeResult, far_in_future
from desktop.vault.owners import Origin
from desktop.vault.paths import KEYFILE
from desktop.vault.service import Vault
from desktop.vault.trust import ExchangeError, own_public_key, revoked_key, trust_key, trusted_keys
from exports.bundle import Attachment, Bundle, BundleError, PublicKey, open_bundle, pack
from forms import RECORD_TYPES, Record, Trajectplan
from forms.base import printable, utcnow
from forms.catalogue import Message


def trusted_key(vault: Vault, name: str, role: str | None = None) -> PublicKey:
    """The trusted key with this name (and role); ExchangeError if there is none."""
    for key in trusted_keys(vault, role):
        if key.name == name:
            return key
    known = ", ".join(printable(k.name) for k in trusted_keys(vault, role)) or "-"
    other = next((k for k in trusted_keys(vault) if k.name == name), None)
    if other is not None and role is not None:  # the name is known, in another role: say that
        why = "supervisor.why-export-from-supervisor" if vault.role == "supervisor" else "supervisor.why-export"
        raise ExchangeError(Message("supervisor.key-other-role", name=printable(name), role=other.role, wanted=role,
                                    why=Message(why), known=known))
    raise ExchangeError(Message("exchange.no-trusted-key-named", name=printable(name), known=known))


def workers_of(vault: Vault) -> dict[UUID, str]:
    """Whose caseload each participant is in: her dossier's owner (desktop.vault.owners), by name.
    A later edit here does not move her."""
    names = owners.names(vault.db, vault.worker_name)
    return {pid: names.get(owner, owner.fingerprint or vault.worker_name)
            for pid, owner in owners.all_owners(vault.db).items()}


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
    anonymous: list[UUID] = field(default_factory=list)  # dossiers that went as their anonymous form


def export_bundle(vault: Vault, to: str, participants: Sequence[UUID] | None = None,
                  since_last: bool = False, self_copy: bool = False,
                  attachments: Sequence[Attachment] = (), plan_pdfs: bool = False) -> Export:
    """Pack the selected dossiers (all when `participants` is None) for the supervisor `to`:
    whole where she consents to it, else her anonymous monitoring form (desktop.vault.sharing),
    and a notice for every dossier erased here. With `plan_pdfs`, also the signed PDF of every
    signed plan version that travels. From a supervisor's vault: what she sends to the worker
    `to` (desktop.vault.inbound); to a colleague: receipts and cover contacts (desktop.vault.handover)."""
    anonymous: list[UUID] = []
    if vault.role == "supervisor":
        recipient = trusted_key(vault, to, role="begeleider")
        items = _as_items(inbound.supervisor_records(vault, recipient))
    elif to in {k.name for k in trusted_keys(vault, "begeleider")}:
        recipient = trusted_key(vault, to, role="begeleider")
        items = _as_items(handover.colleague_records(vault, recipient))
        since_last = True  # each once: a receipt the colleague acted on has nothing left to confirm
    else:
        recipient = trusted_key(vault, to, role="supervisor")
        items, anonymous = _outgoing(vault, _selected_rows(vault, participants))
        items += _as_items(outreach.outgoing(vault))  # no one's dossier: every bundle carries them
    since = None
    if since_last:
        sent = dict(vault.db.execute("SELECT id, hash FROM export_sent WHERE to_fingerprint = ?",
                                     (recipient.fingerprint,)).fetchall())
        items = [(record, digest) for record, digest in items if sent.get(str(record.id)) != digest]
        last = vault.db.execute("SELECT max(at) FROM export_log WHERE to_fingerprint = ?",
                                (recipient.fingerprint,)).fetchone()[0]
        since = dt.datetime.fromisoformat(last) if last else None
    records = [record for record, _ in items]
    if plan_pdfs:
        attachments = [*attachments, *_signed_plan_pdfs(vault, records)]
    me = own_public_key(vault)
    recipients = [recipient.age] + ([me.age] if self_copy else [])
    data = pack(records, vault.identity.signing_key_pem, recipients, exporter=me, recipient=recipient,
                attachments=attachments, since=since)
    counts: dict[str, int] = {}
    for record in records:
        counts[record.KIND] = counts.get(record.KIND, 0) + 1
    travelling = {r.id for r in records}
    anonymous = [pid for pid in anonymous if pid in travelling]
    return Export(data, recipient, [(str(r.id), d) for r, d in items], counts, since_last, anonymous)


def _as_items(records: list[Record]) -> list[tuple[Record, str]]:
    return [(record, record.content_hash()) for record in records]


def _outgoing(vault: Vault, rows: list[tuple[str, str, str, str, str]]) -> tuple[list[tuple[Record, str]], list[UUID]]:
    """(record, hash) to send: whole dossiers she shares with the supervisor, the anonymous
    form of the others (and their handovers, so ownership follows), and the erasure notices;
    and which dossiers go anonymously."""
    shared = sharing.shared_with_supervisor(vault.db)
    items: list[tuple[Record, str]] = []
    anonymous: list[UUID] = []
    for _id, pid, kind, body, digest in rows:
        if UUID(pid) in shared or kind == "handover":  # who holds her now names no one but colleagues
            items.append((RECORD_TYPES[kind].model_validate_json(body), digest))
        elif kind == "participant":
            form = sharing.monitoring_form(vault.db, UUID(pid))
            items.append((form, form.content_hash()))
            anonymous.append(form.participant_id)
    items += [(notice, notice.content_hash()) for notice in sharing.erasure_notices(vault.folder)]
    return items, anonymous


@dataclass(frozen=True)
class ExportPreview:
    """What an export to one supervisor would hold: dossiers in all, and those with anything new
    or changed since the last export to her (all of them before the first)."""

    dossiers: int
    changed_dossiers: int
    signed_plans: int
    last_export: dt.datetime | None
    anonymous: list[tuple[UUID, str]] = field(default_factory=list)  # (id, roepnaam): without consent to share




def export_preview(vault: Vault, to: str) -> ExportPreview:
    """Counts for the worker's send screen, without packing anything."""
    recipient = trusted_key(vault, to, role="supervisor")
    sent = dict(vault.db.execute("SELECT id, hash FROM export_sent WHERE to_fingerprint = ?",
                                 (recipient.fingerprint,)).fetchall())
    rows = vault.db.execute("SELECT id, participant_id, hash, kind FROM records WHERE kind != 'kaart'").fetchall()
    shared = sharing.shared_with_supervisor(vault.db)
    changed = {pid for rid, pid, digest, _kind in rows if UUID(pid) in shared and sent.get(rid) != digest}
    changed |= {pid for rid, pid, _digest, kind in rows if kind == "participant" and UUID(pid) not in shared
                and sent.get(rid) != sharing.monitoring_form(vault.db, UUID(pid)).content_hash()}
    last = vault.db.execute("SELECT max(at) FROM export_log WHERE to_fingerprint = ?",
                            (recipient.fingerprint,)).fetchone()[0]
    people = vault.db.execute("SELECT count(*) FROM records WHERE kind = 'participant'").fetchone()[0]
    plans = vault.db.execute("SELECT count(*) FROM records WHERE kind = 'plan'"
                             " AND json_array_length(body, '$.signatures') > 0").fetchone()[0]
    anonymous = [(p.id, p.roepnaam) for p in vault.participants() if p.id not in shared and not p.anonymous]
    return ExportPreview(people, len(changed), plans, dt.datetime.fromisoformat(last) if last else None, anonymous)


def _signed_plan_pdfs(vault: Vault, records: list[Record]) -> list[Attachment]:
    from desktop.vault.documents import plan_pdf_job  # reportlab and pyHanko only when asked

    return [Attachment(f"plan-{plan.version}.pdf", plan.id, plan_pdf_job(vault, plan).render())
            for plan in records if isinstance(plan, Trajectplan) and plan.frozen]


def _selected_rows(vault: Vault, participants: Sequence[UUID] | None) -> list[tuple[str, str, str, str, str]]:
    """Dossier records only (her own sociale kaart entries stay with her; outreach goes apart), of the dossiers she
    owns or handed over (the handover must reach the supervisor), never a colleague's cover copy."""
    sql = ("SELECT id, participant_id, kind, body, hash FROM records WHERE kind NOT IN ('kaart', 'outreach') AND"
           " (participant_id IN (SELECT participant_id FROM dossier_owners WHERE owner = 'local') OR"
           " participant_id IN (SELECT participant_id FROM records WHERE kind = 'handover' AND origin = 'local'))")
    order = " ORDER BY participant_id, kind != 'participant', id"
    if participants is None:
        return vault.db.execute(sql + order).fetchall()
    wanted = [str(p) for p in dict.fromkeys(participants)]
    known = {r[0] for r in vault.db.execute(
        "SELECT id FROM records WHERE kind = 'participant' AND id IN (SELECT value FROM json_each(?))",
        (_json_list(wanted),))}
    missing = [p for p in wanted if p not in known]
    if missing:
        raise ExchangeError(Message("exchange.unknown-participant", participant_id=missing[0]))
    return vault.db.execute(sql + " AND participant_id IN (SELECT value FROM json_each(?))" + order,
                            (_json_list(wanted),)).fetchall()


def _json_list(values: list[str]) -> str:
    return "[" + ",".join(f'"{v}"' for v in values) + "]"  # UUID strings need no escaping


def mark_sent(vault: Vault, export: Export) -> None:
    """Remember what went to whom, for the next --since-last export."""
    with vault.transaction():
        vault.db.execute("INSERT INTO export_log (at, to_fingerprint, bundle_digest, records, since_last)"
                         " VALUES (?,?,?,?,?)", (utcnow().isoformat(), export.to.fingerprint,
                                                 hashlib.sha256(export.data).hexdigest(),
                                                 len(export.sent), int(export.since_last)))
        # Her whole records left the supervisor's copy when her form replaced them: should she
        # consent again, they all travel again.
        vault.db.execute("DELETE FROM export_sent WHERE to_fingerprint = ? AND id IN (SELECT id FROM records"
                         " WHERE participant_id IN (SELECT value FROM json_each(?)))",
                         (export.to.fingerprint, _json_list([str(p) for p in export.anonymous])))
        vault.db.executemany("INSERT OR REPLACE INTO export_sent VALUES (?,?,?)",
                             [(export.to.fingerprint, rid, digest) for rid, digest in export.sent])
        audit.append(vault.db, vault.worker_name, "export")
        # Per dossier too, right after this export's row: her copy says who received her data when.
        dossiers = vault.db.execute("SELECT DISTINCT participant_id FROM records WHERE id IN (SELECT value FROM"
                                    " json_each(?))", (_json_list([rid for rid, _ in export.sent]),)).fetchall()
        anonymous = {str(pid) for pid in export.anonymous}  # her form is noted under her id: not her dossier
        audit.append_many(vault.db, vault.worker_name,
                          [("sent", "participant", pid) for (pid,) in dossiers if pid not in anonymous]
                          + [("sent-anonymous", "participant", pid) for pid in sorted(anonymous)])


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
    erased: list[UUID] = field(default_factory=list)  # erased by her owner (issue 12 §2)
    anonymised: list[UUID] = field(default_factory=list)  # consent withdrawn: only her anonymous form stays
    dossiers: list[DossierOutcome] = field(default_factory=list)  # the same, told per person
    read_before: dt.datetime | None = None  # this very bundle was read in then
    older: bool = False  # older than what is here (desktop.vault.import_people.older)

    def people(self, outcome: str) -> list[DossierOutcome]:
        return [d for d in self.dossiers if d.outcome == outcome]


def import_bundle(vault: Vault, data: bytes) -> ImportReport:
    """Decrypt, verify and merge a bundle in one transaction; BundleError or ExchangeError /
    MergeRefused (and an untouched vault) when anything is wrong."""
    bundle = _open(vault, data)
    if far_in_future(bundle.manifest.created):
        raise ExchangeError(Message("exchange.bundle-from-future"))
    sender = inbound.Sender(bundle.signer, Origin.imported(bundle.signer.fingerprint))
    # The reader checked every record against its manifest hash: no need to hash again.
    incoming = [(record, entry.sha256) for record, entry in zip(bundle.records, bundle.manifest.records)]
    attachments = [(a.record_id, _sha256(a.data), a.name, a.media_type, a.data) for a in bundle.attachments]
    with vault.transaction():
        before = import_people.earlier(vault.db, bundle.digest, bundle.signer.fingerprint, bundle.manifest.created)
        result = _merge(vault, sender, incoming, attachments)
        report = ImportReport(bundle.signer.name, bundle.manifest.created, result.new, result.updated,
                              result.unchanged, result.conflicts, result.erased, result.anonymised,
                              import_people.per_dossier(vault.db, bundle.records, result),
                              before.read_at, import_people.older(result, before))
        _log_import(vault, bundle, report)
        audit.append_many(vault.db, vault.worker_name, [("erase-import", "participant", str(p)) for p in report.erased]
                          + [("anonymise-import", "participant", str(p)) for p in report.anonymised])
    for pid in report.erased:  # after the commit, as Vault.erase_participant does
        erasure.remember(vault.folder, pid)
    if report.erased or report.anonymised or any(r.KIND == "handover_receipt" for r in bundle.records):
        erasure.scrub(vault.db)  # a confirmed handover erased the old copy (desktop.vault.handover)
    if vault.role == "begeleider":
        handover.end_covers(vault)  # a cover copy goes once its end date has passed
    return report


def _merge(vault: Vault, sender: inbound.Sender, incoming: inbound.Incoming,
           attachments: inbound.Attachments) -> MergeResult:
    """The path by the signer's trusted role and this vault's role (desktop.vault.inbound)."""
    route = (sender.key.role, vault.role)
    if route == ("begeleider", "supervisor"):
        result = vault.merge(incoming, sender.origin, attachments)
        handover.follow_handovers(vault, result, sender)
        return result
    if route == ("supervisor", "begeleider"):
        return inbound.merge_from_supervisor(vault, sender, incoming, attachments)
    if route == ("begeleider", "begeleider"):
        return handover.merge_from_colleague(vault, sender, incoming, attachments)
    raise inbound.BundleRefused(Message("team.no-route", name=sender.key.name))


def _open(vault: Vault, data: bytes) -> Bundle:
    try:
        return open_bundle(data, vault.identity.age_identity, trusted_keys(vault))
    except BundleError as error:
        revoked = revoked_key(vault, error.context.get("fingerprint", "")) if error.code == "untrusted_key" else None
        if revoked is None:
            raise
        name, when = printable(revoked.key.name), f"{revoked.revoked_at:%Y-%m-%d}"
        raise ExchangeError(Message("exchange.signer-revoked", name=name, when=when)) from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    names = owners.names(vault.db, vault.worker_name)
    rows = vault.db.execute("SELECT id, kind, participant_id, rev, origin, received_at, body FROM conflicts"
                            " ORDER BY received_at, id")
    return [Conflict(UUID(i), k, UUID(p), rev, names.get(Origin.parse(origin), origin),
                     dt.datetime.fromisoformat(at), RECORD_TYPES[k].model_validate_json(body))
            for i, k, p, rev, origin, at, body in rows]


# Keys and trust live in desktop.vault.trust; they are named here too, beside what uses them.
__all__ = ["Conflict", "Export", "ExportPreview", "ExchangeError", "ImportReport", "conflicts", "export_bundle", "export_log", "export_preview",
           "identity_file", "import_bundle", "mark_sent", "own_public_key", "trust_key", "trusted_key",
           "trusted_keys", "workers_of"]
