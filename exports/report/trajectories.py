"""What one dossier adds to the funders' figures of issue 13: trajectory goals, reasons to stop
and to start again, time out of sex work, profile and contact time. Pure, on lean dossiers.

Definitions (docs/report.md says each to the reader):
- goal of a closed trajectory: the latest goal set in its episode (or before it) up to its close;
- reasons to stop: her intake's reasons and those recorded on any phase change, up to the end;
  reasons to start again: those recorded on any phase change, up to the end;
- out of sex work: the days she stopped (phase changes, and the participant's own date) and
  started again, up to the end; *langdurig uitgestapt*: her latest stop lies at least a year
  before the end and she has not started again since;
- time out: from the stop before her latest return in the period to that return;
- (temporary) other work found: a trajectory closed in the period with outcome 'ander werk';
- profile, sector, signals: her latest intake up to the end (signals also from contacts);
  age band: the end's year less her birth year; country group: her country of birth, grouped;
- contact time: the minutes of her contacts in the period that have a duration.
"""

from __future__ import annotations

import datetime as dt

from exports.report.lean import LeanDossier, LeanRecord, day_of
from forms.vocab import DECLINED, lookup

AGE_BANDS = ((25, "tot_25"), (35, "25_34"), (45, "35_44"))


def trajectory_facts(result, dossier: LeanDossier, episodes: list[list[LeanRecord]],
                     start: dt.date, end: dt.date) -> None:
    """Fill the issue-13 fields of `result` (exports.report.facts.Facts) for [start, end]."""
    first, last = start.isoformat(), end.isoformat()
    _closures(result, episodes, first, last)
    changes = [c for episode in episodes for c in episode if day_of(c) <= last]
    intakes = sorted((i for i in dossier.get("intake", ()) if day_of(i) <= last),
                     key=lambda i: (day_of(i), i["updated_at"]))
    latest = intakes[-1] if intakes else {}
    result.stop_reasons = {r for c in changes for r in c.get("stop_reasons") or ()}
    result.stop_reasons |= set(latest.get("reasons_to_stop") or ())
    result.restart_reasons = {r for c in changes for r in c.get("restart_reasons") or ()}
    person = dossier["participant"][0]
    _time_out(result, person, changes, start, end)
    result.profile, result.sector = latest.get("profile"), latest.get("sector")
    result.age_band = age_band(person.get("birth_year"), end.year)
    result.country_group = country_group(person.get("country_of_birth"))
    contacts = [c for c in dossier.get("contact", ()) if day_of(c) <= last]
    result.signals = bool(latest.get("signals")) or any(c.get("signals") for c in contacts)
    result.contact_minutes = [c["duration_minutes"] for c in contacts
                              if first <= day_of(c) and c.get("duration_minutes") is not None]


def _closures(result, episodes: list[list[LeanRecord]], first: str, last: str) -> None:
    goal = None
    for episode in episodes:
        for change in episode:
            goal = change.get("goal") or goal
        closing = episode[-1]
        if closing["phase"] != "afgesloten" or not first <= day_of(closing) <= last:
            continue
        result.closure_goals.append((goal, closing["outcome"]))
        if closing["outcome"] == "tussentijds_gestopt":
            result.dropout_reasons.append(closing.get("dropout_reason"))
        result.other_work = result.other_work or closing["outcome"] == "ander_werk"


def _time_out(result, person: dict, changes: list[LeanRecord], start: dt.date, end: dt.date) -> None:
    day = dt.date.fromisoformat
    stops = sorted({day(c["stopped_on"]) for c in changes if c.get("stopped_on")}
                   | ({day(person["stopped_sex_work_on"])} if person.get("stopped_sex_work_on") else set()))
    stops = [s for s in stops if s <= end]
    returns = sorted(d for d in {day(c["restarted_on"]) for c in changes if c.get("restarted_on")} if d <= end)
    if stops and not any(r >= stops[-1] for r in returns):
        result.long_out = stops[-1] <= _year_before(end)
    in_period = [r for r in returns if start <= r]
    before = [s for s in stops if in_period and s <= in_period[-1]]
    if in_period and before:
        result.days_out = (in_period[-1] - before[-1]).days


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def age_band(birth_year: object, year: int) -> str | None:
    """The age band (vocabulary age_bands) of someone born in `birth_year`, in `year`."""
    if not isinstance(birth_year, int):
        return None  # not given, or 'wil ik niet zeggen'
    age = year - birth_year
    return next((code for below, code in AGE_BANDS if age < below), "45_plus")


def country_group(country: object) -> str | None:
    """The group (vocabulary country_groups) of a country of birth as she gave it."""
    if not isinstance(country, str) or not country.strip():
        return None
    group = lookup("country_groups", country)
    return None if group == DECLINED else group or "elders"
