"""The vault side of the monitoring report: load what the figures need, and the 'verwacht'
setting per period. The figures themselves are exports.report (pure)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from types import SimpleNamespace
from uuid import UUID

import orjson

from desktop.vault.exchange import workers_of
from desktop.vault.service import Vault
from forms import DOSSIER_FIELDS, Dossier

_SQL = "SELECT kind, participant_id, updated_at, data FROM report_rows"


def _view(kind: str, updated_at: str, data: dict) -> SimpleNamespace:
    """A read-only stand-in for a forms record with the fields figures read (ids as text)."""
    view = SimpleNamespace(updated_at=dt.datetime.fromisoformat(updated_at), **data)
    if getattr(view, "date", None) is not None:
        view.date = dt.date.fromisoformat(view.date)
    if kind == "plan":
        view.goals = [SimpleNamespace(**goal) for goal in view.goals]
    return view


def report_cases(vault: Vault) -> list[tuple[str, Dossier]]:
    """(worker, dossier view) per participant: what the report figures read, nothing more.

    The views carry the attribute names of `forms.Dossier` and its records (ids as text), and
    give the same figures as whole dossiers (a test checks); they come from the small
    `report_rows` table (desktop.vault.report_index), not the records themselves. The worker
    is desktop.vault.exchange.workers_of.
    """
    workers = workers_of(vault)
    people: dict[str, tuple[str, SimpleNamespace]] = {}
    records: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for kind, pid, updated_at, data in vault.db.execute(_SQL):
        view = _view(kind, updated_at, orjson.loads(data))
        if kind == "participant":
            people[pid] = (workers[UUID(pid)], view)
        else:
            records[pid][DOSSIER_FIELDS[kind]].append(view)
    return [(worker, SimpleNamespace(participant=person, **{f: records[pid][f] for f in DOSSIER_FIELDS.values()}))
            for pid, (worker, person) in people.items()]


def _expected_key(start: dt.date, end: dt.date) -> str:
    return f"report.verwacht.{start.isoformat()}.{end.isoformat()}"


def expected_for(vault: Vault, start: dt.date, end: dt.date) -> dict[str, int]:
    """The 'verwacht' setting for exactly this period: by worker name, '*' for the programme."""
    raw = vault.meta(_expected_key(start, end))
    return {str(k): int(v) for k, v in json.loads(raw).items()} if raw else {}


def set_expected(vault: Vault, start: dt.date, end: dt.date, values: dict[str, int]) -> dict[str, int]:
    """Add or change 'verwacht' values for the period; returns the whole setting."""
    merged = expected_for(vault, start, end) | values
    vault.set_meta(_expected_key(start, end), json.dumps(merged, ensure_ascii=False, sort_keys=True))
    return merged
