"""The tables funders ask every programme for (issue 13; 001:2600-2640, 000 Tabel 5.2 and 5.4),
built on the same cells as the other tables (exports.report.figures._Builder), so one small-count
decision covers each figure wherever it appears. Definitions: exports.report.trajectories and
docs/report.md. Words: the message catalogue, domain counts.
"""

from __future__ import annotations

import statistics
from collections.abc import Hashable, Mapping

from exports.report.facts import EFFECTIVE, Facts
from babel.numbers import format_decimal

from forms.catalogue import text
from forms.vocab import label, vocabulary

MIN_FOR_MEDIAN = 5
# Outcomes by goal: the ministry's effective exits as one group, the new goals' outcomes each.
OUTCOME_GROUPS = ("effectief", "minder_sekswerk", "veiliger_werken", "gestabiliseerd",
                  "tussentijds_gestopt", "terugval", "overig")


def funder_tables(b, everyone: list[Facts], seen: list[Facts], budgets: Mapping[str, int]) -> None:
    """Add the issue-13 tables to the report being built (`b`: figures._Builder)."""
    _outcomes_by_goal(b, everyone)
    _reasons(b, seen, "stop")
    _reasons(b, seen, "restart")
    _time_out(b, everyone)
    _budgets(b, everyone, budgets)
    _dropouts(b, everyone)
    _profile(b, seen)
    _contact_time(b, seen)


def _w(b, code: str, **params: object) -> str:
    return text(f"counts.{code}", b.lang, **params)


def _median(values: list[int]) -> str:
    return str(int(statistics.median(values) + 0.5)) if len(values) >= MIN_FOR_MEDIAN else ""


def _group(outcome: str | None) -> str:
    if outcome in EFFECTIVE:
        return "effectief"
    return outcome if outcome in OUTCOME_GROUPS else "overig"


def _outcomes_by_goal(b, everyone: list[Facts]) -> None:
    closures = [(goal, _group(outcome)) for f in everyone for goal, outcome in f.closure_goals]
    goals = [*vocabulary("trajectory_goals")]
    goals += [*sorted({g for g, _ in closures if g is not None and g not in goals}), None]  # 'wil ik niet zeggen'
    rows: list[tuple] = []
    for goal in goals:
        mine = [group for g, group in closures if g == goal]
        name = _w(b, "not-recorded") if goal is None else label("trajectory_goals", goal, b.lang)
        parts = {group: b.cell(("doeluit", goal, group), mine.count(group)) for group in OUTCOME_GROUPS}
        total = ("doeluit", goal, "n")
        b.additive(total, list(parts.values()))
        rows += [("cell", f"{name} — {_w(b, 'outcome-' + group)}", key, total, True) for group, key in parts.items()]
        rows.append(("cell", f"{name} — {_w(b, 'closed-n')}", total, None, False))
    b.relations.append((("uit", "*"), [("doeluit", g, "n") for g in goals]))
    b.table("uitstroom_trajectdoel", _w(b, "t-outcomes-by-goal"), rows)


def _reasons(b, seen: list[Facts], which: str) -> None:
    """Several reasons possible: each counts the participants who gave it; the percentage is of
    those who gave at least one."""
    vocab = "stop_reasons" if which == "stop" else "restart_reasons"
    given = [f.stop_reasons if which == "stop" else f.restart_reasons for f in seen]
    answered = b.cell((which, "n"), sum(1 for reasons in given if reasons))
    rows = [("cell", label(vocab, code, b.lang), b.cell((which, code), sum(code in r for r in given)), answered, True)
            for code in vocabulary(vocab)]
    rows.append(("cell", _w(b, "answered-n"), answered, None, False))
    b.table(f"redenen_{which}", _w(b, f"t-reasons-{which}"), rows)


def _time_out(b, everyone: list[Facts]) -> None:
    days = [f.days_out for f in everyone if f.days_out is not None]
    returned = b.cell(("herstart", "n"), len(days))
    rows = [("cell", _w(b, "long-out"), b.cell(("langdurig",), sum(f.long_out for f in everyone)), None, True),
            ("cell", _w(b, "returned-n"), returned, None, True),
            ("text", _w(b, "median-days-out"), _median(days), returned)]
    b.table("uitgestapt", _w(b, "t-out"), rows)


def _budgets(b, everyone: list[Facts], budgets: Mapping[str, int]) -> None:
    def budget(name: str) -> str:
        return "" if budgets.get(name) is None else str(budgets[name])

    rows = [("text", _w(b, "intakes-budgeted"), budget("intakes"), None),
            ("cell", _w(b, "intakes-held"), ("intakes",), None, True),
            ("text", _w(b, "work-budgeted"), budget("work"), None),
            ("cell", _w(b, "work-found"), b.cell(("werk",), sum(f.other_work for f in everyone)), None, True)]
    b.table("begroot", _w(b, "t-budgets"), rows)


def _breakdown(b, name: str, vocab: str, present: list[str | None], total: Hashable) -> list[tuple]:
    """One cell per code (the vocabulary's, then any other given, such as 'wil ik niet zeggen')
    and 'not recorded', adding up to `total`."""
    codes = [*vocabulary(vocab)]
    codes += [*sorted({c for c in present if c is not None and c not in codes}), None]
    parts = {code: b.cell((name, code), present.count(code)) for code in codes}
    b.additive(total, list(parts.values()))
    rows = [("cell", _w(b, "not-recorded") if code is None else label(vocab, code, b.lang), key, total, True)
            for code, key in parts.items()]
    return rows + [("cell", _w(b, "total"), total, None, False)]


def _dropouts(b, everyone: list[Facts]) -> None:
    reasons = [r for f in everyone for r in f.dropout_reasons]
    rows = _breakdown(b, "uitval", "dropout_reasons", reasons, ("uit", "tussentijds_gestopt"))
    b.table("tussentijds_reden", _w(b, "t-dropouts"), rows)


def _profile(b, seen: list[Facts]) -> None:
    for key, vocab, values in (("profiel", "profiles", [f.profile for f in seen]),
                               ("sector", "sectors", [f.sector for f in seen]),
                               ("herkomst", "country_groups", [f.country_group for f in seen]),
                               ("leeftijd", "age_bands", [f.age_band for f in seen])):
        b.table(f"deelnemers_{key}", _w(b, f"t-{key}"), _breakdown(b, key, vocab, values, ("pop",)))
    signals = b.cell(("signalen",), sum(f.signals for f in seen))
    b.table("signalen", _w(b, "t-signals"), [("cell", _w(b, "signals"), signals, ("pop",), True)])


def _contact_time(b, seen: list[Facts]) -> None:
    totals = [sum(f.contact_minutes) for f in seen if f.contact_minutes]
    n = b.cell(("contacttijd", "n"), len(totals))
    hours = format_decimal(sum(totals) / 60, format="0.0", locale=b.lang) if totals else ""
    rows = [("cell", _w(b, "contact-n"), n, None, True),
            ("text", _w(b, "contact-total-hours"), hours, n),
            ("text", _w(b, "contact-median-minutes"), _median(totals), n)]
    b.table("contacttijd", _w(b, "t-contact-time"), rows)


def worker_tables(b, everyone: list[Facts], seen: list[Facts]) -> None:
    """The tables of this module that a report grouped by worker also shows per begeleider
    (exports.report.per_worker.PER_WORKER): what her work led to, not who her participants are."""
    _outcomes_by_goal(b, everyone)
    _time_out(b, everyone)
    _dropouts(b, everyone)
    _contact_time(b, seen)
