"""Reading dossiers: the participant list and search, one whole dossier, and what is derived per
participant from her records (the search index and her lean report dossier)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

import orjson

from desktop.vault import index
from desktop.vault.errors import VaultError
from forms import RECORD_TYPES, Dossier, Participant
from forms.catalogue import Message, text
from forms.dossier import anonymous_dossier
from forms.sharing import MonitoringForm
from forms.vocab import fold

if TYPE_CHECKING:
    from desktop.vault.service import Vault


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


def participants(db: sqlite3.Connection, search: str | None = None, phase: str | None = None,
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
        for pid, name, ph, due in db.execute(" ".join(sql), args)
    ]


def load_dossier(db: sqlite3.Connection, participant_id: UUID, kinds: tuple[str, ...] | None) -> Dossier:
    """Her dossier (only records of `kinds`, if given); VaultError if there is none."""
    sql = "SELECT kind, body FROM records WHERE participant_id = ?"
    if kinds:
        kinds = (*kinds, "monitoring")
        sql += f" AND kind IN ({','.join('?' * len(kinds))})"
    rows = db.execute(sql, (str(participant_id), *(kinds or ()))).fetchall()
    records = [RECORD_TYPES[kind].model_validate_json(body) for kind, body in rows]
    form = next((r for r in records if isinstance(r, MonitoringForm)), None)
    if form is not None:  # a dossier shared anonymously: never a name (forms.sharing)
        return anonymous_dossier(form, anonymous_name())
    participant = next((r for r in records if isinstance(r, Participant)), None)
    if participant is None:
        raise VaultError(Message("vault.unknown-participant", participant_id=participant_id))
    return Dossier.from_records(participant, [r for r in records if r is not participant])


def open_dossier(vault: Vault, participant_id: UUID) -> Dossier:
    """Her dossier, for a person to read: the audit log records who opened it and when
    (never what was shown), for her copy of her data."""
    dossier = load_dossier(vault.db, participant_id, kinds=None)
    vault.log("open", Participant.KIND, participant_id)
    return dossier


def reindex(db: sqlite3.Connection, participant_ids: Iterable[UUID]) -> None:
    """Refresh what is derived per participant: the search index and her lean report dossier."""
    index.reindex(db, list(participant_ids), lambda pid, kinds: load_dossier(db, pid, kinds))


def with_participant(db: sqlite3.Connection, participant_ids: set[UUID]) -> list[UUID]:
    """Records may arrive before their participant (files in any order): index those that can be."""
    found = db.execute("SELECT id FROM records WHERE kind IN ('participant', 'monitoring') AND id IN"
                       " (SELECT value FROM json_each(?))",
                       (orjson.dumps([str(p) for p in participant_ids]).decode(),))
    return [UUID(row[0]) for row in found]
