"""A supervisor's side of dossiers she does not own: who owns each (read-only to her), her
notes, and what is waiting to travel back to each owner (notes and settled conflicts).

The supervisor → worker bundle carries `outgoing(vault)[fingerprint]` to that worker and marks
them sent in `export_sent` (like a worker's export), so each goes once per version.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

from desktop.vault import owners
from desktop.vault.owners import Origin
from desktop.vault.service import Vault
from forms import SupervisorNote
from forms.catalogue import text


def owner_name(vault: Vault, participant_id: UUID) -> str | None:
    """The name of the worker who owns this dossier when that is not this vault, else None:
    the dossier is then read-only here (desktop.vault.owners.refuse_foreign)."""
    owner = owners.owners(vault.db, [participant_id]).get(participant_id)
    if owner is None or owner.is_local:
        return None
    return owners.name_of(vault.db, owner, vault.worker_name)


def roepnaam(vault: Vault, participant_id: UUID, lang: str | None = None) -> str:
    """Her roepnaam, or 'anoniem' when the dossier carries none."""
    person = vault.get(participant_id)
    return getattr(person, "roepnaam", "") or text("supervisor.anonymous", lang)


def add_note(vault: Vault, participant_id: UUID, note: str, about: UUID | None = None) -> SupervisorNote:
    """Her remark on a dossier, stored as her own record, queued for the dossier's owner."""
    record = SupervisorNote(participant_id=participant_id, author=vault.worker_name, text=note, about_record=about)
    return vault.save(record).record


def notes(vault: Vault, participant_id: UUID) -> list[SupervisorNote]:
    """The notes on a dossier, oldest first."""
    return sorted(vault.dossier(participant_id).supervisor_notes, key=lambda n: n.updated_at)


def last_bundles(vault: Vault) -> dict[str, dt.datetime]:
    """Per worker (by name): when her last bundle was read in here."""
    names = owners.names(vault.db, vault.worker_name)
    rows = vault.db.execute("SELECT from_fingerprint, max(at) FROM import_log GROUP BY from_fingerprint")
    return {names.get(Origin.imported(fp), fp): dt.datetime.fromisoformat(at) for fp, at in rows}


def outgoing(vault: Vault) -> dict[str, list[SupervisorNote]]:
    """Per owner's key fingerprint: this vault's notes on her dossiers not yet sent to her."""
    rows = vault.db.execute(
        "SELECT o.owner, r.body FROM records r JOIN dossier_owners o ON o.participant_id = r.participant_id"
        " WHERE r.kind = 'supervisor_note' AND r.origin = 'local' AND o.owner != 'local'"
        " AND NOT EXISTS (SELECT 1 FROM export_sent e WHERE e.id = r.id AND e.hash = r.hash"
        "                 AND 'import:' || e.to_fingerprint = o.owner)"
        " ORDER BY r.updated_at")
    found: dict[str, list[SupervisorNote]] = {}
    for owner, body in rows:
        found.setdefault(Origin.parse(owner).fingerprint, []).append(SupervisorNote.model_validate_json(body))
    return found
