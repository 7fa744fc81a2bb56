"""The sociale kaart in a vault: the programme's entries (a supervisor's own; a worker receives
them in her supervisor's bundle, read-only) and a worker's local ones; reading a spreadsheet of
partners; and how long referrals wait, per kind of partner."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from desktop.vault.service import Vault
from forms import KaartEntry, Referral
from forms.catalogue import KoersError, Message
from forms.spreadsheet import read_rows
from forms.vocab import fold, lookup

# Spreadsheet columns (Dutch or English header) → field.
COLUMNS = {"naam": "name", "name": "name", "soort": "kind", "kind": "kind", "aanbod": "offers",
           "offers": "offers", "talen": "languages", "languages": "languages",
           "contactpersoon": "contact_person", "contact_person": "contact_person",
           "telefoon": "phone", "phone": "phone", "wachttijd": "waiting_days", "waiting_days": "waiting_days"}


class KaartFileError(KoersError, ValueError):
    """A kaart spreadsheet that cannot be read as a whole; nothing was imported."""


class NotYourEntry(KoersError, ValueError):
    """A worker changing the programme's entry: only the supervisor who sent it changes it."""


@dataclass(frozen=True)
class KaartItem:
    entry: KaartEntry
    programme: bool  # the programme's (from the supervisor), not this worker's own
    mine: bool  # written in this vault: this vault may change or remove it


def entries(vault: Vault, with_retired: bool = False) -> list[KaartItem]:
    """Every entry by kind and name; in a worker's vault her own are `programme=False`."""
    rows = vault.db.execute("SELECT body, origin FROM records WHERE kind = 'kaart'").fetchall()
    items = [KaartItem(KaartEntry.model_validate_json(body), vault.role == "supervisor" or origin != "local",
                       origin == "local") for body, origin in rows]
    items = [i for i in items if with_retired or not i.entry.retired]
    return sorted(items, key=lambda i: (i.entry.kind, fold(i.entry.name)))


def change_entry(vault: Vault, entry: KaartEntry) -> None:
    """Store a changed entry of this vault's own; removing one is `retired=True` (referrals
    that named it keep their partner). A supervisor's new kaart leaves a worker's own alone:
    they are other records."""
    mine = {i.entry.id for i in entries(vault, with_retired=True) if i.mine}
    if entry.id not in mine:
        raise NotYourEntry(Message("team.kaart-not-yours", name=entry.name))
    vault.save(entry)


def read_file(data: bytes) -> list[KaartEntry]:
    """Entries from a spreadsheet (columns in COLUMNS; `talen` comma-separated, `wachttijd` in
    days); all or nothing: KaartFileError names the first bad line."""
    rows = read_rows(data)
    if not rows:
        raise KaartFileError(Message("team.kaart-empty"))
    header = [COLUMNS.get(fold(cell).replace(" ", "_")) for cell in rows[0][1]]
    return [_entry(line, dict(zip(header, cells))) for line, cells in rows[1:] if any(cells)]


def _entry(line: int, cells: dict) -> KaartEntry:
    fields = {k: v for k, v in cells.items() if k and v}
    if "kind" in fields:
        fields["kind"] = lookup("partner_kinds", fields["kind"]) or fields["kind"]
    if "languages" in fields:
        fields["languages"] = [p.strip().lower() for p in fields["languages"].replace(";", ",").split(",") if p.strip()]
    try:
        return KaartEntry.model_validate(fields)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise KaartFileError(Message("team.kaart-bad-line", line=line, field=".".join(map(str, first["loc"])))) from None


def add_entries(vault: Vault, new: Iterable[KaartEntry]) -> int:
    """Store entries, skipping one whose name and kind are already on the kaart; one of this
    vault's own that was removed comes back (with the new details) instead of a second copy."""
    items = {(fold(i.entry.name), i.entry.kind): i for i in entries(vault, with_retired=True)}
    fresh = []
    for entry in new:
        known = items.get((fold(entry.name), entry.kind))
        if known is None:
            fresh.append(entry)
        elif known.entry.retired and known.mine:
            fresh.append(entry.model_copy(update={"id": known.entry.id, "retired": False}))
        items[(fold(entry.name), entry.kind)] = KaartItem(entry, False, True)
    vault.save_all(fresh)
    return len(fresh)


# --- waiting -------------------------------------------------------------------------
@dataclass(frozen=True)
class Wait:
    kind: str
    count: int
    median_days: float
    longest_days: int


def waits(referrals: Iterable[Referral], today: dt.date) -> list[Wait]:
    """Per kind of partner: how long referrals waited from sending to the intake there (those
    still waiting count with their wait so far)."""
    by_kind: dict[str, list[int]] = {}
    for referral in referrals:
        days = referral.wait_days(today)
        if referral.partner_kind and days is not None and days >= 0:
            by_kind.setdefault(referral.partner_kind, []).append(days)
    return [Wait(kind, len(days), statistics.median(days), max(days)) for kind, days in sorted(by_kind.items())]
