"""The vault side of the monitoring report: load what the figures need, and the 'verwacht'
setting per period. The figures themselves are exports.report (pure)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from types import SimpleNamespace

from desktop.vault.service import Vault
from forms import DOSSIER_FIELDS, Dossier

# One scan over the records, reading only the fields a figure uses. Contacts, consents and
# referrals never reach a figure; names, notes and signatures are never even loaded.
_GOAL_FIELDS = ("id", "life_domain", "state", "start", "target", "lower_is_better")
FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("gender",),
    "aanmelding": ("date", "source"),
    "intake": ("date", "legal_position", "work_settings"),
    "phase": ("date", "phase", "outcome"),
    "assessment": ("date", "instrument_id", "scores"),
    "plan": ("date", "plan_id", "version", "goals"),
    "evaluation": ("date", "plan_id", "scores"),
}
_COLUMNS = sorted({f for fields in FIELDS.values() for f in fields})
# One json_extract with many paths parses each body once and returns a JSON array.
_SQL = ("SELECT kind, participant_id, updated_at, origin, json_extract(body, "
        + ", ".join(f"'$.{f}'" for f in _COLUMNS) + ") FROM records WHERE kind IN ("
        + ", ".join(f"'{k}'" for k in FIELDS) + ")")


def _view(kind: str, updated_at: str, values: list) -> SimpleNamespace:
    """A read-only stand-in for a forms record with the fields figures read (ids as text)."""
    data = dict(zip(_COLUMNS, values))
    view = SimpleNamespace(updated_at=dt.datetime.fromisoformat(updated_at))
    for name in FIELDS[kind]:
        value = data[name]
        if name == "date" and value is not None:
            value = dt.date.fromisoformat(value)
        elif name == "goals":
            value = [SimpleNamespace(**{f: goal.get(f) for f in _GOAL_FIELDS}) for goal in value or ()]
        setattr(view, name, value)
    return view


def report_cases(vault: Vault) -> list[tuple[str, Dossier]]:
    """(worker, dossier view) per participant: what the report figures read, nothing more.

    The views carry the attribute names of `forms.Dossier` and its records (ids as text), and
    give the same figures as whole dossiers (a test checks); loading 10,000 takes well under a
    second. The worker is the trusted key a dossier was imported from, or this vault's own.
    """
    names = {f"import:{fp}": name for fp, name in vault.db.execute("SELECT fingerprint, name FROM trusted_keys")}
    own = vault.worker_name
    people: dict[str, tuple[str, SimpleNamespace]] = {}
    records: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for kind, pid, updated_at, origin, values in vault.db.execute(_SQL):
        view = _view(kind, updated_at, json.loads(values))
        if kind == "participant":
            worker = own if origin == "local" else names.get(origin, origin.removeprefix("import:"))
            people[pid] = (worker, view)
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
