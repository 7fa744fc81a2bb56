"""The vault side of the monitoring report: load what the figures need, the 'verwacht' setting
per period, and the register of reports written (so that no two reports can be subtracted to
give a small count away: exports.report.linked). The figures themselves are exports.report (pure)."""

from __future__ import annotations

import datetime as dt
import json
from uuid import UUID

import orjson

from desktop.vault import outreach, owners
from desktop.vault.exchange import workers_of
from desktop.vault.service import Vault
from exports.report.figures import Report, build_report
from exports.report.lean import LeanDossier
from exports.report.linked import Published

_SQL = "SELECT participant_id, data FROM report_dossiers"


def report_cases(vault: Vault, own_only: bool = False) -> list[tuple[str, LeanDossier]]:
    """(worker, lean dossier) per participant: what the report figures read, nothing more.
    With `own_only`, only the dossiers this vault's own worker owns (her own figures).

    They come from `report_dossiers`, kept up to date on every write, not from the records
    themselves, and give the same figures as whole dossiers (a test checks). The worker is
    desktop.vault.exchange.workers_of.
    """
    workers = workers_of(vault)
    own = {str(pid) for pid, owner in owners.all_owners(vault.db).items() if owner.is_local} if own_only else None
    cases = []
    for pid, dossier in vault.db.execute(_SQL):
        lean: LeanDossier = orjson.loads(dossier)
        if "participant" in lean and (own is None or pid in own):  # records may arrive (by bundle) before their participant
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


def _budget_key(start: dt.date, end: dt.date) -> str:
    return f"report.begroot.{start.isoformat()}.{end.isoformat()}"


def budgets_for(vault: Vault, start: dt.date, end: dt.date) -> dict[str, int]:
    """What was budgeted for exactly this period: 'intakes', 'work' (other work found)."""
    raw = vault.meta(_budget_key(start, end))
    return {str(k): int(v) for k, v in json.loads(raw).items()} if raw else {}


def set_budgets(vault: Vault, start: dt.date, end: dt.date, values: dict[str, int]) -> dict[str, int]:
    """Add or change budgets for the period, kept like 'verwacht'; returns all of them."""
    merged = budgets_for(vault, start, end) | values
    vault.set_meta(_budget_key(start, end), json.dumps(merged, sort_keys=True))
    return merged


def report_register(vault: Vault) -> list[Published]:
    """Every report this vault wrote, oldest first, as it was published."""
    return [Published.from_json(text) for (text,) in
            vault.db.execute("SELECT published FROM report_register ORDER BY seq")]


def preview_report(vault: Vault, start: dt.date, end: dt.date, *, by_worker: bool = False,
                   lang: str = "nl", own_only: bool = False) -> Report:
    """The report for [start, end] as it would be written now, without writing it down
    (with `own_only`: on this vault's own worker's dossiers, see report_cases)."""
    return _build(vault, start, end, by_worker, lang, report_register(vault), own_only)


def produce_report(vault: Vault, start: dt.date, end: dt.date, *, by_worker: bool = False,
                   lang: str = "nl", own_only: bool = False) -> Report:
    """The report for [start, end], entered in the register before it may leave the vault:
    every report written goes through here (the command line and the report screen)."""
    register = report_register(vault)
    report = _build(vault, start, end, by_worker, lang, register, own_only)
    with vault.transaction():
        if report_register(vault) != register:  # another report was written meanwhile
            report = _build(vault, start, end, by_worker, lang, report_register(vault), own_only)
        published = report.published
        vault.db.execute("INSERT OR IGNORE INTO report_register (start, end, grouping, published) VALUES (?,?,?,?)",
                         (start.isoformat(), end.isoformat(), published.grouping, published.to_json()))
        vault.log("report")
    return report


def _build(vault: Vault, start: dt.date, end: dt.date, by_worker: bool, lang: str,
           register: list[Published], own_only: bool = False) -> Report:
    return build_report(report_cases(vault, own_only), start, end, expected=expected_for(vault, start, end),
                        group_by_worker=by_worker, lang=lang, register=register,
                        budgets=budgets_for(vault, start, end),
                        outreach=outreach.contacts(vault, own_only, start, end))
