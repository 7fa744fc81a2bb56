"""The vault side of the monitoring report: load what the figures need, and the 'verwacht'
setting per period. The figures themselves are exports.report (pure)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from desktop.vault.service import Vault
from forms import RECORD_TYPES, Dossier

# Contacts, consents and referrals never reach a figure: leaving them out keeps loading lean.
REPORT_KINDS = ("participant", "aanmelding", "intake", "phase", "assessment", "plan", "evaluation")


def report_cases(vault: Vault) -> list[tuple[str, Dossier]]:
    """(worker, dossier) for every participant: the worker is the trusted key a dossier was
    imported from, or this vault's own worker."""
    names = {f"import:{fp}": name for fp, name in vault.db.execute("SELECT fingerprint, name FROM trusted_keys")}
    people, origins, records = {}, {}, defaultdict(list)
    marks = ",".join("?" * len(REPORT_KINDS))
    for kind, pid, body, origin in vault.db.execute(
            f"SELECT kind, participant_id, body, origin FROM records WHERE kind IN ({marks})", REPORT_KINDS):
        record = RECORD_TYPES[kind].model_validate_json(body)
        if kind == "participant":
            people[pid], origins[pid] = record, origin
        else:
            records[pid].append(record)
    own = vault.worker_name
    return [(names.get(origins[pid], own) if origins[pid] != "local" else own,
             Dossier.from_records(person, records.get(pid, [])))
            for pid, person in people.items()]


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
