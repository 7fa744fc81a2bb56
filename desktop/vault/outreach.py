"""Outreach contacts in a vault (issue 14 §4, forms.outreach): listed, saved, sent to the
supervisor in the normal bundle, and read by the report. Each is its own 'dossier' for
ownership (desktop.vault.owners): the worker who wrote it owns it, so a colleague's bundle can
neither change nor erase it at the supervisor's, and a supervisor cannot change it either."""

from __future__ import annotations

import datetime as dt

from desktop.vault.service import SaveResult, Vault
from forms.outreach import OutreachContact

_KIND = OutreachContact.KIND


def contacts(vault: Vault, own_only: bool = False, start: dt.date | None = None,
             end: dt.date | None = None) -> list[OutreachContact]:
    """The outreach contacts here, newest first; with `own_only` those this vault's worker wrote
    (not those a worker's bundle brought to her supervisor); with `start`/`end` those dated
    between them, both days included."""
    sql = "SELECT r.body FROM records r JOIN dossier_owners o ON o.participant_id = r.id WHERE r.kind = ?"
    args: list[object] = [_KIND]
    if own_only:
        sql += " AND o.owner = 'local'"
    if start is not None:
        sql += " AND json_extract(r.body, '$.date') >= ?"
        args.append(start.isoformat())
    if end is not None:
        sql += " AND json_extract(r.body, '$.date') <= ?"
        args.append(end.isoformat())
    found = [OutreachContact.model_validate_json(body) for (body,) in vault.db.execute(sql, args)]
    return sorted(found, key=lambda c: (c.date, c.updated_at), reverse=True)


def save(vault: Vault, contact: OutreachContact) -> SaveResult:
    """Store a new or changed contact (validated again; a contact another worker owns is refused)."""
    return vault.save(contact)


def outgoing(vault: Vault) -> list[OutreachContact]:
    """What travels to the supervisor in every bundle: the contacts this worker owns. They name
    no one, so they need no consent and go whole."""
    return contacts(vault, own_only=True)
