"""Retention (issue 12 §3): each programme keeps a closed dossier for a set term (a setting
in the vault; two years unless changed), then the worker reviews it: erase it, or keep it
longer with a reason (a RetentionReview record, and the reason in the audit log)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from pydantic_core import PydanticCustomError

from desktop.vault import audit
from desktop.vault.errors import VaultError
from desktop.vault.service import Changes, Vault
from forms.base import check_name
from forms.catalogue import KoersError, Message
from forms.retention import DEFAULT_TERM_MONTHS, MAX_TERM_MONTHS, RetentionReview, closed_on, keep_until

TERM_KEY = "retention_months"


class RetentionError(KoersError, VaultError):
    """A retention setting or decision that cannot be made; nothing was written."""


@dataclass(frozen=True)
class Retention:
    """Where one closed dossier stands: closed on, kept until, the last reason to keep it."""

    participant_id: UUID
    roepnaam: str
    closed_on: dt.date
    keep_until: dt.date
    kept_because: str | None

    def past(self, today: dt.date) -> bool:
        return today > self.keep_until


def term_months(vault: Vault) -> int:
    """The programme's retention term in months after closing."""
    stored = vault.meta(TERM_KEY)
    return int(stored) if stored and stored.isdigit() else DEFAULT_TERM_MONTHS


def set_term_months(vault: Vault, months: int) -> None:
    if not 1 <= months <= MAX_TERM_MONTHS:
        raise RetentionError(Message("inzage.term-range", low=1, high=MAX_TERM_MONTHS))
    with vault.transaction():
        vault.set_meta(TERM_KEY, str(months))
        vault.log("retention-term")
        vault._notify(Changes({RetentionReview.KIND}))  # which dossiers are past their term changed


def retention_of(vault: Vault, participant_id: UUID) -> Retention | None:
    """Her dossier's retention, or None while her trajectory is not closed."""
    dossier = vault._load_dossier(participant_id, ("participant", "phase", "retention"))
    closed = closed_on(dossier.phases)
    if closed is None:
        return None
    reviews = sorted(dossier.retention_reviews, key=lambda r: (r.decided_on, r.updated_at))
    until = keep_until(dossier.phases, reviews, term_months(vault))
    because = next((r.reason for r in reversed(reviews) if r.decided_on >= closed), None)
    return Retention(participant_id, dossier.participant.roepnaam, closed, until, because)


def closed_dossiers(vault: Vault) -> list[Retention]:
    """Every closed dossier's retention, soonest term first."""
    found = [retention_of(vault, row.id) for row in vault.participants(phase="afgesloten")]
    return sorted((r for r in found if r is not None), key=lambda r: (r.keep_until, r.roepnaam))


def past_term(vault: Vault, today: dt.date | None = None) -> list[Retention]:
    """The closed dossiers kept past their term: the worker reviews these."""
    today = today or dt.date.today()
    return [r for r in closed_dossiers(vault) if r.past(today)]


def keep(vault: Vault, participant_id: UUID, reason: str, until: dt.date) -> RetentionReview:
    """Keep her dossier past its term until `until`, because of `reason` (logged)."""
    today, why = dt.date.today(), " ".join(reason.split())  # one line: it goes into the audit log
    if until <= today:
        raise RetentionError(Message("inzage.keep-until-past"))
    if not why:
        raise RetentionError(Message("inzage.keep-needs-reason"))
    try:
        check_name(why)  # no control characters or bidi overrides in the log
    except PydanticCustomError:
        raise RetentionError(Message("inzage.reason-unsafe")) from None
    if retention_of(vault, participant_id) is None:
        raise RetentionError(Message("inzage.not-closed"))
    review = RetentionReview(participant_id=participant_id, decided_on=today, keep_until=until, reason=why)
    with vault.transaction():
        vault.save(review)
        # Like an erasure's reason: the decision and its reason stay in the log, by her id.
        audit.append_many(vault.db, vault.worker_name, [("retention-keep", review.KIND, str(review.id)),
                                                        ("retention-keep-reason", why, str(participant_id))])
    return review
