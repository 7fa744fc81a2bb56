"""The vault side of the monitoring report: load what the figures need, and the 'verwacht'
setting per period. The figures themselves are exports.report (pure)."""

from __future__ import annotations

import datetime as dt
import json
from uuid import UUID

import orjson

from desktop.vault.exchange import workers_of
from desktop.vault.service import Vault
from exports.report.lean import LeanDossier

_SQL = "SELECT participant_id, data FROM report_dossiers"


def report_cases(vault: Vault) -> list[tuple[str, LeanDossier]]:
    """(worker, lean dossier) per participant: what the report figures read, nothing more.

    They come from `report_dossiers`, kept up to date on every write, not from the records
    themselves, and give the same figures as whole dossiers (a test checks). The worker is
    desktop.vault.exchange.workers_of.
    """
    workers = workers_of(vault)
    cases = []
    for pid, dossier in vault.db.execute(_SQL):
        lean: LeanDossier = orjson.loads(dossier)
        if "participant" in lean:  # records may arrive (by bundle) before their participant
            cases.append((workers[UUID(pid)], lean))
    return cases


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
