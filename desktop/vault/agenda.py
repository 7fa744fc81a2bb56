"""What is due, from a vault (issue 14 §3): the inputs of matrix.agenda gathered through the
vault's public operations, and the two programme settings it depends on (kept in the vault's
meta like the retention term).

Whose lines: the dossiers this vault owns, and at a worker those she covers for a colleague
until the cover ends. A supervisor's read-only copies of her workers' dossiers give no lines
on her caseload: the work is the owner's (the supervisor sees it per worker on her overview).
A handed-over copy at the old worker gives none either.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from desktop.vault import owners
from desktop.vault.errors import VaultError
from desktop.vault.kaart import entries
from desktop.vault.owners import LOCAL
from desktop.vault.retention import closed_dossiers
from desktop.vault.changes import Changes
from desktop.vault.service import Vault
from forms import AftercareSchedule, Dossier
from forms.catalogue import Message
from matrix.agenda import DEFAULT_CONTACT_WEEKS, DEFAULT_DAYS, DEFAULT_METING_MONTHS, Agenda, Rules
from matrix.agenda import agenda as arrange
from matrix.agenda import dossier_lines, retention_line

METING_KEY = "agenda_meting_months"
CONTACT_KEY = "agenda_contact_weeks"
METING_RANGE = (1, 36)
CONTACT_RANGE = (1, 52)
SETTINGS_KIND = "agenda-settings"  # what a change of the settings notifies, so the agenda refreshes


class AgendaError(VaultError):
    """An agenda setting out of range; nothing was written."""


def _number(vault: Vault, key: str, default: int) -> int:
    stored = vault.meta(key)
    return int(stored) if stored and stored.isdigit() else default


def rules(vault: Vault) -> Rules:
    """The programme's meting interval (months) and no-contact limit (weeks)."""
    return Rules(_number(vault, METING_KEY, DEFAULT_METING_MONTHS), _number(vault, CONTACT_KEY, DEFAULT_CONTACT_WEEKS))


def set_rules(vault: Vault, meting_months: int, contact_weeks: int) -> None:
    for value, (low, high), code in ((meting_months, METING_RANGE, "agenda.meting-range"),
                                     (contact_weeks, CONTACT_RANGE, "agenda.contact-range")):
        if not low <= value <= high:
            raise AgendaError(Message(code, low=low, high=high))
    if rules(vault) == Rules(meting_months, contact_weeks):
        return
    with vault.transaction():
        vault.set_meta(METING_KEY, str(meting_months))
        vault.set_meta(CONTACT_KEY, str(contact_weeks))
        vault.log("agenda-settings")
        vault.notify(Changes({SETTINGS_KIND}))  # as retention.set_term_months: what is due changed


def _covered(dossier: Dossier, today: dt.date) -> bool:
    """A colleague's dossier lent to this worker for a cover that has not ended."""
    return any(h.mode == "waarneming" and h.until and h.until >= today for h in dossier.handovers)


def agenda(vault: Vault, today: dt.date | None = None, days: int = DEFAULT_DAYS) -> Agenda:
    """What is due this week and what is overdue, over this worker's own dossiers."""
    today = today or dt.date.today()
    kaart = {i.entry.id: i.entry.waiting_days for i in entries(vault, with_retired=True)
             if i.entry.waiting_days is not None}
    settings, lines = rules(vault), []
    people = [p for p in vault.participants() if p.phase != "afgesloten" and not p.anonymous]
    owned = owners.owners(vault.db, [p.id for p in people])
    for person in people:
        own = owned.get(person.id, LOCAL) == LOCAL
        if not own and vault.role != "begeleider":
            continue  # a supervisor's copy of a worker's dossier: not even loaded
        dossier = vault.dossier(person.id)
        if own or _covered(dossier, today):
            lines += dossier_lines(dossier, settings, kaart)
    kept_here = {pid for pid, owner in owners.all_owners(vault.db).items() if owner == LOCAL}
    lines += [retention_line(r.participant_id, r.roepnaam, r.keep_until)
              for r in closed_dossiers(vault) if r.participant_id in kept_here]
    return arrange(lines, today, days)


def aftercare_of(vault: Vault, participant_id: UUID) -> AftercareSchedule | None:
    """Her aftercare schedule as chosen, or None (then the default: active)."""
    return max(vault.dossier(participant_id).aftercare, key=lambda s: s.updated_at, default=None)


def choose_aftercare(vault: Vault, participant_id: UUID, mode: str) -> AftercareSchedule:
    """Record her aftercare schedule: 'actief' or 'passief' (the one record is updated)."""
    current = aftercare_of(vault, participant_id)
    if current is None:
        schedule = AftercareSchedule(participant_id=participant_id, mode=mode)
    else:
        schedule = AftercareSchedule.model_validate({**current.model_dump(), "mode": mode})
    return vault.save(schedule).record
