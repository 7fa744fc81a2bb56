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
from desktop.vault.changes import Changes
from desktop.vault.service import Vault
from forms.base import check_name
from forms.catalogue import Message
from forms.retention import DEFAULT_TERM_MONTHS, MAX_TERM_MONTHS, RetentionReview, keep_until

TERM_KEY = "retention_months"


class RetentionError(VaultError):
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
        vault.notify(Changes({RetentionReview.KIND}))  # which dossiers are past their term changed


# What retention needs of the closed dossiers, in one query, without validating whole records:
# the caseload counts them after every save, over thousands of dossiers. A dossier is closed
# when its current phase is (the participants index); it was closed on its latest phase
# change's day, the day forms.trajectory.current_phase picks.
_CLOSED = """
    WITH closed AS (
        SELECT r.participant_id AS pid,
               max(coalesce(json_extract(r.body, '$.date'), substr(r.updated_at, 1, 10))) AS day
        FROM participants p JOIN records r ON r.participant_id = p.id AND r.kind = 'phase'
        WHERE p.phase = 'afgesloten' AND (?1 IS NULL OR p.id = ?1) GROUP BY r.participant_id)
    SELECT c.pid, json_extract(n.body, '$.roepnaam'), c.day, json_extract(k.body, '$.decided_on'),
           json_extract(k.body, '$.keep_until'), json_extract(k.body, '$.reason')
    FROM closed c JOIN records n ON n.id = c.pid
    LEFT JOIN records k ON k.participant_id = c.pid AND k.kind = 'retention'
    ORDER BY c.pid, json_extract(k.body, '$.decided_on'), k.updated_at"""


def _retentions(vault: Vault, participant_id: UUID | None = None) -> list[Retention]:
    found: dict[str, tuple[str, dt.date, list[tuple[dt.date, dt.date, str]]]] = {}
    rows = vault.db.execute(_CLOSED, (str(participant_id) if participant_id else None,))
    for pid, name, day, decided, until, reason in rows:
        _name, closed, reviews = found.setdefault(pid, (name, dt.date.fromisoformat(day), []))
        if decided is not None:
            reviews.append((dt.date.fromisoformat(decided), dt.date.fromisoformat(until), reason))
    months, result = term_months(vault), []
    for pid, (name, closed, reviews) in found.items():
        since = [(decided, until) for decided, until, _why in reviews]
        because = next((why for decided, _u, why in reversed(reviews) if decided >= closed), None)
        result.append(Retention(UUID(pid), name, closed, keep_until(closed, since, months), because))
    return result


def retention_of(vault: Vault, participant_id: UUID) -> Retention | None:
    """Her dossier's retention, or None while her trajectory is not closed."""
    found = _retentions(vault, participant_id)
    return found[0] if found else None


def closed_dossiers(vault: Vault) -> list[Retention]:
    """Every closed dossier's retention, soonest term first."""
    return sorted(_retentions(vault), key=lambda r: (r.keep_until, r.roepnaam))


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
