"""Consent that gates sharing, on both sides of a bundle (issue 12 §1, forms.sharing).

Sending: a dossier travels whole only while she consents to sharing it with the supervisor;
otherwise her anonymous monitoring form travels in its place (made from her report rows, so
the figures stay complete), and every erased dossier travels as an erasure notice.

Receiving (`Incoming.sort`, called by Vault.merge): a notice erases her, a form replaces her
whole dossier, and a whole dossier replaces her form — each only from her owner.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import orjson

from desktop.vault import erasure, merge
from desktop.vault.errors import VaultError
from desktop.vault.owners import Origin
from forms import Consent, Record, Referral
from forms.base import MAX_REV, printable
from forms.catalogue import Message
from forms.sharing import (
    UNSENT_STATUSES, ErasureNotice, MonitoringForm, form_data, referral_consent, supervisor_consent,
)


def shared_with_supervisor(db: sqlite3.Connection, today: dt.date | None = None) -> set[UUID]:
    """The participants whose current consent lets their whole dossier go to the supervisor."""
    today = today or dt.date.today()
    consents: dict[UUID, list[Consent]] = {}
    for (body,) in db.execute("SELECT body FROM records WHERE kind = 'consent'"):
        consent = Consent.model_validate_json(body)
        consents.setdefault(consent.participant_id, []).append(consent)
    return {pid for pid, given in consents.items() if supervisor_consent(given, today)}


def monitoring_form(db: sqlite3.Connection, participant_id: UUID) -> MonitoringForm:
    """Her anonymous form, from the lean rows the figures read. Its revision grows with any of
    her records' (records are never removed but by erasure), so a newer form replaces an older."""
    pid = str(participant_id)
    row = db.execute("SELECT data FROM report_dossiers WHERE participant_id = ?", (pid,)).fetchone()
    revs, newest = db.execute("SELECT sum(rev), max(updated_at) FROM records WHERE participant_id = ?",
                              (pid,)).fetchone()
    return MonitoringForm(id=participant_id, participant_id=participant_id, data=form_data(orjson.loads(row[0])),
                          rev=min(revs, MAX_REV), updated_at=dt.datetime.fromisoformat(newest))


def link_referrals(db: sqlite3.Connection, records: list[Record], today: dt.date | None = None) -> list[Record]:
    """The records to save, each referral that is being marked as sent linked to the current
    consent for its partner (forms.sharing.referral_consent); VaultError when there is none.
    A referral already sent stays as it was sent: a later withdrawal stops new sharing only."""
    today = today or dt.date.today()
    out = []
    for record in records:
        if isinstance(record, Referral) and record.status not in UNSENT_STATUSES and not _was_sent(db, record):
            consent = referral_consent(record, _consents(db, record.participant_id, records), today)
            if consent is None:
                raise VaultError(Message("rights.referral-needs-consent", partner=printable(record.partner)))
            record = record.model_copy(update={"consent_id": consent.id})
        out.append(record)
    return out


def _was_sent(db: sqlite3.Connection, referral: Referral) -> bool:
    row = db.execute("SELECT json_extract(body, '$.status') FROM records WHERE id = ?", (str(referral.id),)).fetchone()
    return row is not None and row[0] not in UNSENT_STATUSES


def _consents(db: sqlite3.Connection, pid: UUID, batch: list[Record]) -> list[Consent]:
    """Her consents as they will be once this batch is saved."""
    new = {c.id: c for c in batch if isinstance(c, Consent) and c.participant_id == pid}
    stored = [Consent.model_validate_json(body) for (body,) in db.execute(
        "SELECT body FROM records WHERE kind = 'consent' AND participant_id = ?", (str(pid),))]
    return [c for c in stored if c.id not in new] + list(new.values())


def erasure_notices(folder: Path) -> list[ErasureNotice]:
    return [ErasureNotice.for_participant(pid) for pid in sorted(erasure.erased_ids(folder))]


# --- receiving ---------------------------------------------------------------------------
@dataclass
class Incoming:
    """What a bundle does to whole dossiers, before its records are merged one by one."""

    records: list[tuple[Record, str]] = field(default_factory=list)  # left to merge
    erased: list[UUID] = field(default_factory=list)  # erased here by her owner's notice
    anonymised: list[UUID] = field(default_factory=list)  # whole dossier reduced to her form

    @classmethod
    def sort(cls, db: sqlite3.Connection, folder: Path, incoming: list[tuple[Record, str]],
             origin: Origin) -> Incoming:
        """Apply notices and swaps (inside the merge's transaction); MergeRefused when the
        sender does not own a dossier it would erase or reduce."""
        gone = erasure.erased_ids(folder)
        notices = {r.participant_id for r, _ in incoming if isinstance(r, ErasureNotice)}
        forms = {r.participant_id for r, _ in incoming if isinstance(r, MonitoringForm)}
        whole = {r.dossier_id for r, _ in incoming if not isinstance(r, (ErasureNotice, MonitoringForm))}
        _refuse_others(db, notices | forms, origin)
        result = cls([(r, d) for r, d in incoming if not isinstance(r, ErasureNotice)
                      and r.dossier_id not in gone | notices])
        for pid in sorted(notices):
            if _holds(db, pid, None):
                erasure.delete_rows(db, pid)
                result.erased.append(pid)
        for pid in sorted(forms - notices):
            if _holds(db, pid, "participant"):
                erasure.delete_rows(db, pid, keep_owner=True)
                result.anonymised.append(pid)
        for pid in sorted(whole - forms - notices):
            if _holds(db, pid, "monitoring"):
                _refuse_others(db, {pid}, origin)
                erasure.delete_rows(db, pid, keep_owner=True)
        return result


def _holds(db: sqlite3.Connection, pid: UUID, kind: str | None) -> bool:
    sql = "SELECT 1 FROM records WHERE participant_id = ?" + (" AND kind = ?" if kind else "")
    return db.execute(sql, (str(pid), kind) if kind else (str(pid),)).fetchone() is not None


def _refuse_others(db: sqlite3.Connection, dossiers: set[UUID], origin: Origin) -> None:
    """MergeRefused, naming her and her owner, when the sender does not own one of these."""
    merge.check_owners(db, dossiers, origin)
