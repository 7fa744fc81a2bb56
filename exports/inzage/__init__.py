"""Her own copy (issue 12 §4, AVG art. 15 and 20): everything Koers holds about one
participant, as plain data that the vault fills (HerCopy), as JSON for portability
(`copy_json`, described in docs/inzage.md) and as a PDF in plain words (exports.inzage.pdf).
No Qt, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from uuid import UUID

from forms import Dossier, Record
from forms.catalogue import FALLBACK, catalogue

FORMAT, FORMAT_VERSION = "koers-inzage", 1


@dataclass(frozen=True)
class Revision:
    """One stored revision of one of her records; `record` None when Koers kept only its hash
    (revisions saved before schema 7)."""

    record_id: UUID
    kind: str
    rev: int
    saved_at: dt.datetime
    origin: str
    record: Record | None


@dataclass(frozen=True)
class Receipt:
    """Her data went to someone: a bundle to the supervisor ("export") or a referral."""

    how: str  # "export" (her dossier), "anonymous" (her monitoring form), "referral", "overdracht", "waarneming"
    recipient: str
    at: dt.datetime | dt.date | None  # None: sent before Koers noted when, per dossier
    status: str | None = None  # a referral's status code


@dataclass(frozen=True)
class Opening:
    """Someone opened her dossier (in the app or with `koers show`)."""

    at: dt.datetime
    by: str


@dataclass(frozen=True)
class HerCopy:
    dossier: Dossier
    programme: str
    made_at: dt.datetime
    history: list[Revision] = field(default_factory=list)
    received: list[Receipt] = field(default_factory=list)
    openings: list[Opening] = field(default_factory=list)
    closed_on: dt.date | None = None
    keep_until: dt.date | None = None
    names: dict[str, str] = field(default_factory=dict)  # instrument and domain ids -> their names

    def corrected(self) -> dict[UUID, list[Revision]]:
        """The records changed after they were first saved: each one's revisions, oldest first,
        only those whose content Koers kept."""
        by_record: dict[UUID, list[Revision]] = {}
        for revision in sorted(self.history, key=lambda r: (r.rev, r.saved_at)):
            if revision.record is not None:
                by_record.setdefault(revision.record_id, []).append(revision)
        return {rid: revisions for rid, revisions in by_record.items() if len(revisions) > 1}


def spoken(lang: str) -> str:
    """The language her copy is made in: `lang` once the catalogue has her copy in it (dates
    and sentences then agree), else Dutch."""
    return lang if "inzage.title" in catalogue(lang) else FALLBACK


def _when(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def copy_json(copy: HerCopy, lang: str) -> dict:
    """The copy as JSON-ready data: her records as stored, every revision, who received her
    data and who opened her dossier. Keys and codes are stable (docs/inzage.md)."""
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "made_at": copy.made_at.isoformat(), "programme": copy.programme, "language": lang,
        "dossier": copy.dossier.model_dump(mode="json"),
        "history": [{"record_id": str(r.record_id), "kind": r.kind, "rev": r.rev,
                     "saved_at": r.saved_at.isoformat(), "origin": r.origin,
                     "record": r.record.model_dump(mode="json") if r.record else None}
                    for r in copy.history],
        "received_by": [{"how": r.how, "recipient": r.recipient, "at": _when(r.at), "status": r.status}
                        for r in copy.received],
        "opened_by": [{"at": o.at.isoformat(), "by": o.by} for o in copy.openings],
        "retention": {"closed_on": _when(copy.closed_on), "keep_until": _when(copy.keep_until)},
    }
