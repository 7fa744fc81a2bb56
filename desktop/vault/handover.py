"""A dossier moving to a colleague (handover) or lent to one for a while (cover), and the
bundles between colleagues that carry them (docs/security.md#handover-and-cover).

The owner writes a `Handover` record into the dossier and sends the whole dossier, signed with
her key, to the colleague. A handover makes the colleague the owner at once in the old
worker's vault (her copy is read-only from then on, with the new holder's name), in the new
worker's vault when she imports it, and at the supervisor when the old worker's next bundle
brings the record. The new owner's receipt erases the old worker's copy. A cover leaves the
owner as she is: the colleague gets a read-only copy until a date, and may only add contacts,
which go back to the owner.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from desktop.vault import audit, erasure, owners
from desktop.vault.inbound import Attachments, BundleRefused, Incoming, Sender
from desktop.vault.merge import MergeResult
from desktop.vault.owners import LOCAL, Origin
from desktop.vault.service import Vault
from desktop.vault.trust import own_public_key, trusted_keys
from exports.bundle import Attachment, PublicKey, pack
from forms import Contact, Handover, HandoverReceipt, Record, Trajectplan
from forms.catalogue import Message
from forms.vocab import fold

TEAM_SHARES = "team_shares"  # meta: "1" when the programme's rule is that the team shares dossiers
COVER_SLACK = dt.timedelta(days=7)  # contacts written on the last day of a cover still arrive late


def _refused(code: str, **params: object) -> BundleRefused:
    return BundleRefused(Message(code, **params))


# --- the owner's side ----------------------------------------------------------------
def colleague(vault: Vault, name: str) -> PublicKey:
    """The trusted colleague (role begeleider) with this name."""
    for key in trusted_keys(vault, "begeleider"):
        if key.name == name:
            return key
    raise _refused("team.no-colleague", name=name)


def hand_over(vault: Vault, participant_id: UUID, to: str, until: dt.date | None = None) -> Handover:
    """Record that her dossier goes to `to` (for good, or as a cover until `until`). A handover
    makes the colleague the owner here at once: this copy is read-only from now on."""
    if vault.role != "begeleider":
        raise _refused("team.handover-role")
    key = colleague(vault, to)
    if owners.owners(vault.db, [participant_id]).get(participant_id) != LOCAL:
        raise _refused("team.not-yours", id=str(participant_id))
    record = Handover(participant_id=participant_id, mode="waarneming" if until else "overdracht",
                      to_fingerprint=key.fingerprint, to_name=key.name, until=until, **_basis(vault, participant_id, key))
    with vault.transaction():
        vault.save(record)
        if until is None:
            owners.transfer(vault.db, [participant_id], Origin.imported(key.fingerprint))
    return record


def team_shares(vault: Vault) -> bool:
    """The programme's rule: a handover within the team needs no separate consent of hers."""
    return vault.meta(TEAM_SHARES) == "1"


def set_team_shares(vault: Vault, shares: bool) -> None:
    """Set the rule (logged); each handover records which basis it had."""
    if shares != team_shares(vault):
        vault.set_meta(TEAM_SHARES, "1" if shares else "0")
        vault.log("team-shares:on" if shares else "team-shares:off")


def latest(vault: Vault, participant_id: UUID) -> Handover | None:
    """Her dossier's newest handover or cover, in whichever vault holds a copy."""
    return max(vault.dossier(participant_id).handovers, key=lambda h: h.at, default=None)


def _basis(vault: Vault, participant_id: UUID, key: PublicKey) -> dict:
    """Her consent for this colleague, or the programme's rule that the team shares: recorded either way."""
    if team_shares(vault):
        return {"basis": "team_deelt"}
    today = dt.date.today()
    for consent in vault.dossier(participant_id).consents:
        if (consent.purpose == "overdracht_collega" and consent.active_on(today)
                and fold(consent.recipient or "") == fold(key.name)):
            return {"basis": "toestemming", "consent_id": consent.id}
    raise _refused("team.no-consent", name=key.name)


def handover_bundle(vault: Vault, handover: Handover) -> bytes:
    """The whole dossier (plan history, signed PDFs) encrypted to the colleague, signed by this vault."""
    key = colleague(vault, handover.to_name)
    dossier = vault.dossier(handover.participant_id)
    records = dossier.records()
    if handover.mode == "waarneming":  # a cover copy carries no signed PDFs: she reads, she does not pass on
        pdfs: list[Attachment] = []
    else:
        pdfs = _signed_plan_pdfs(vault, dossier.plans)
    vault.log("handover", "handover", handover.id)
    return pack(records, vault.identity.signing_key_pem, [key.age], exporter=own_public_key(vault),
                recipient=key, attachments=pdfs)


def _signed_plan_pdfs(vault: Vault, plans: list[Trajectplan]) -> list[Attachment]:
    from desktop.vault.documents import plan_pdf_job  # reportlab and pyHanko only when asked

    return [Attachment(f"plan-{plan.version}.pdf", plan.id, plan_pdf_job(vault, plan).render())
            for plan in plans if plan.frozen]


def holder(vault: Vault, participant_id: UUID) -> str | None:
    """In a worker's vault: who holds this dossier now, when it is not hers (read-only here)."""
    owner = owners.owners(vault.db, [participant_id]).get(participant_id)
    if owner is None or owner == LOCAL or vault.role != "begeleider":
        return None
    return owners.name_of(vault.db, owner, vault.worker_name)


def giver(vault: Vault, participant_id: UUID) -> PublicKey | None:
    """The trusted colleague who handed this dossier to this worker or lent it to her: the one
    her confirmation, or the contacts of a cover, go back to."""
    me = own_public_key(vault).fingerprint
    for key in trusted_keys(vault, "begeleider"):
        for (body,) in vault.db.execute("SELECT body FROM records WHERE kind = 'handover' AND participant_id = ?"
                                        " AND origin = ?", (str(participant_id), str(Origin.imported(key.fingerprint)))):
            if Handover.model_validate_json(body).to_fingerprint == me:
                return key
    return None


def colleague_records(vault: Vault, key: PublicKey) -> list[Record]:
    """What goes back to a colleague: receipts for the handovers she made to this worker, and
    contacts written here during her covers."""
    me, found = own_public_key(vault).fingerprint, []
    for (body,) in vault.db.execute("SELECT body FROM records WHERE kind = 'handover' AND origin = ?",
                                    (str(Origin.imported(key.fingerprint)),)).fetchall():
        handover = Handover.model_validate_json(body)
        if handover.to_fingerprint != me:
            continue
        dossier = vault.dossier(handover.participant_id)
        if handover.mode == "overdracht":
            found += [r for r in dossier.handover_receipts if r.handover_id == handover.id]
        else:
            found += [c for c in dossier.contacts if _written_here(vault, c.id)]
    return list({r.id: r for r in found}.values())


def _written_here(vault: Vault, record_id: UUID) -> bool:
    row = vault.db.execute("SELECT origin FROM records WHERE id = ?", (str(record_id),)).fetchone()
    return row is not None and row[0] == "local"


# --- the receiving side --------------------------------------------------------------
def merge_from_colleague(vault: Vault, sender: Sender, incoming: Incoming,
                         attachments: Attachments) -> MergeResult:
    """A colleague's bundle: dossiers she hands over or lends to this worker, receipts for
    handovers this worker made to her, contacts from her cover of this worker's dossiers.
    Anything else is refused whole."""
    me = own_public_key(vault).fingerprint
    handed = {r.participant_id for r, _ in incoming if isinstance(r, Handover) and r.to_fingerprint == me}
    for record, _ in incoming:
        if record.dossier_id not in handed and _handed_over_by(vault, record.dossier_id, sender):
            raise _refused("team.after-handover", name=sender.key.name, id=str(record.dossier_id))
    dossiers = [item for item in incoming if item[0].dossier_id in handed]
    receipts = [item for item in incoming if item[0].dossier_id not in handed and isinstance(item[0], HandoverReceipt)]
    contacts = [item for item in incoming if item[0].dossier_id not in handed and isinstance(item[0], Contact)]
    if len(dossiers) + len(receipts) + len(contacts) != len(incoming):
        other = next(r for r, _ in incoming if r.dossier_id not in handed and not isinstance(r, (HandoverReceipt, Contact)))
        raise _refused("team.colleague-not-handover", name=sender.key.name, id=str(other.dossier_id))
    results = [_receive_dossiers(vault, sender, dossiers, attachments) if dossiers else MergeResult(),
               _receive_receipts(vault, sender, receipts) if receipts else MergeResult(),
               _receive_cover_contacts(vault, sender, contacts) if contacts else MergeResult()]
    return MergeResult(*(sum((getattr(r, name) for r in results), []) for name in
                         ("new", "updated", "unchanged", "conflicts", "writes", "kept_aside")))


def _handed_over_by(vault: Vault, participant_id: UUID, sender: Sender) -> bool:
    """This vault took her dossier over from the sender: what the sender writes about her since
    comes from a copy that is no longer hers."""
    return owners.owners(vault.db, [participant_id]).get(participant_id) == LOCAL and any(
        h.mode == "overdracht" and not _written_here(vault, h.id) and vault.db.execute(
            "SELECT 1 FROM records WHERE id = ? AND origin = ?", (str(h.id), str(sender.origin))).fetchone()
        for h in vault.dossier(participant_id).handovers)


def _receive_dossiers(vault: Vault, sender: Sender, incoming: Incoming, attachments: Attachments) -> MergeResult:
    """Each dossier holds a handover or cover to this worker (the newest counts)."""
    me = own_public_key(vault).fingerprint
    to_me: dict[UUID, Handover] = {}
    for record, _ in sorted(incoming, key=lambda item: getattr(item[0], "at", dt.datetime.min.replace(tzinfo=dt.UTC))):
        if isinstance(record, Handover) and record.to_fingerprint == me:
            to_me[record.participant_id] = record
    result = vault.merge(incoming, sender.origin, attachments)
    taken = [pid for pid, h in to_me.items() if h.mode == "overdracht" and (h.KIND, h.id) in result.new]
    owners.transfer(vault.db, taken, LOCAL)
    vault.save_all([HandoverReceipt(participant_id=pid, handover_id=to_me[pid].id) for pid in taken])
    return result


def _receive_receipts(vault: Vault, sender: Sender, incoming: Incoming) -> MergeResult:
    for receipt, _ in incoming:
        handover = vault.get(receipt.handover_id)
        if (not isinstance(handover, Handover) or handover.participant_id != receipt.participant_id
                or handover.to_fingerprint != sender.key.fingerprint or not _written_here(vault, handover.id)):
            raise _refused("team.receipt-unknown", name=sender.key.name)
    result = vault.merge(incoming, sender.origin)  # the owner rule holds: she owns them now
    for receipt, _ in incoming:
        erase_dossier(vault, receipt.participant_id, "handover-confirmed")
    return result


def _receive_cover_contacts(vault: Vault, sender: Sender, incoming: Incoming) -> MergeResult:
    """New contacts only, each in a dossier this worker lent to the sender, dated within the cover."""
    for contact, digest in incoming:
        cover = _cover_of(vault, contact.participant_id, sender.key.fingerprint)
        known = vault.get(contact.id)  # sent before: it may come again, unchanged, and only so
        if cover is None or (known is not None and known.content_hash() != digest) or (
                contact.date or dt.date.min) > cover.until:
            raise _refused("team.cover-contact", name=sender.key.name)
        if dt.date.today() > cover.until + COVER_SLACK:
            raise _refused("team.cover-over", name=sender.key.name)
    return vault.merge(incoming, sender.origin, record_owned=frozenset({"contact"}))


def _cover_of(vault: Vault, participant_id: UUID, fingerprint: str) -> Handover | None:
    if owners.owners(vault.db, [participant_id]).get(participant_id) != LOCAL:
        return None
    covers = [h for h in vault.dossier(participant_id).handovers
              if h.mode == "waarneming" and h.to_fingerprint == fingerprint and _written_here(vault, h.id)]
    return max(covers, key=lambda h: h.at, default=None)


def follow_handovers(vault: Vault, result: MergeResult, sender: Sender) -> None:
    """At the supervisor: a handover the owner's own bundle brings moves the dossier."""
    for record, _ in result.writes:
        if isinstance(record, Handover) and record.mode == "overdracht":
            if owners.owners(vault.db, [record.participant_id]).get(record.participant_id) == sender.origin:
                owners.transfer(vault.db, [record.participant_id], Origin.imported(record.to_fingerprint))


# --- covers that end, erasing ---------------------------------------------------------
def end_covers(vault: Vault, today: dt.date | None = None) -> list[UUID]:
    """Erase every cover copy in this vault whose end date has passed."""
    today = today or dt.date.today()
    me = own_public_key(vault).fingerprint
    ended = []
    for row in vault.db.execute("SELECT body FROM records WHERE kind = 'handover' AND origin != 'local'").fetchall():
        cover = Handover.model_validate_json(row[0])
        if cover.mode == "waarneming" and cover.to_fingerprint == me and cover.until < today:
            if owners.owners(vault.db, [cover.participant_id]).get(cover.participant_id) != LOCAL:
                ended.append(cover.participant_id)
    for pid in ended:
        erase_dossier(vault, pid, "cover-ended")
    return ended


def erase_dossier(vault: Vault, participant_id: UUID, reason: str) -> None:
    """Remove every trace of a dossier she no longer holds (not the audit log, which names no one).
    Unlike Vault.erase_participant, nothing is remembered or sent on: her dossier lives on with its
    new owner. Outside an import the file is scrubbed at once; an import scrubs after its commit."""
    with vault.transaction():
        erasure.delete_rows(vault.db, participant_id)
        audit.append(vault.db, vault.worker_name, f"erase:{reason}")
    if not vault.db.in_transaction:
        erasure.scrub(vault.db)
