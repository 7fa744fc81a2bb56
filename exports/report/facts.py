"""What one dossier contributes to a period's figures. Pure: a lean dossier and two dates in.

Definitions (a record's day is its `date`, else the day it was saved):
- in the period: start <= day <= end, both days included;
- in traject: the latest phase change on or before a day is oriëntatie, uitvoering or nazorg;
- ingestroomd: an episode's first change into traject falls in the period;
- afgesloten: an episode's closing change ('afgesloten') falls in the period, with its outcome;
  its length runs from the episode's first change into traject (else its first change);
- seen in the period (the population of the distributions): any aanmelding, intake or phase
  change in the period, or a trajectory open at its start;
- zelfredzaamheid: first and last assessment of the instrument on or before the end;
- goals: the newest version (on or before the end) of each plan; reached when its state is
  'afgerond' or the latest evaluation on or before the end reaches the target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from exports.report.lean import LeanDossier, LeanRecord, day_of
from exports.report.trajectories import trajectory_facts
from matrix.scales import REACHED, status

ACTIVE = frozenset({"orientatie", "uitvoering", "nazorg"})
EFFECTIVE = ("duurzaam_uitgestapt", "ander_werk", "dagbesteding")


def _when(record: LeanRecord) -> tuple[str, str]:
    return day_of(record), record["updated_at"]


@dataclass
class Facts:
    seen: bool = False
    sources: list[str | None] = field(default_factory=list)  # one per aanmelding in the period
    intakes: int = 0
    plans_made: int = 0
    in_traject: bool = False  # at any time in the period
    entered: bool = False
    in_traject_at_end: bool = False
    closures: list[tuple[str | None, int]] = field(default_factory=list)  # (outcome, length in days)
    work_settings: list[str] = field(default_factory=list)
    legal_position: str | None = None
    gender: str | None = None
    zrm_changes: dict[str, int] = field(default_factory=dict)  # domain -> last level - first level
    goals: list[tuple[str | None, bool]] = field(default_factory=list)  # (life domain, reached)
    waits: list[tuple[str, int]] = field(default_factory=list)  # (kind of partner, days) per referral sent
    # issue 13, filled by exports.report.trajectories
    closure_goals: list[tuple[str | None, str | None]] = field(default_factory=list)  # (goal, outcome)
    dropout_reasons: list[str | None] = field(default_factory=list)  # one per closure 'tussentijds gestopt'
    stop_reasons: set[str] = field(default_factory=set)
    restart_reasons: set[str] = field(default_factory=set)
    long_out: bool = False  # langdurig uitgestapt at the period's end
    days_out: int | None = None  # before her latest return in the period
    other_work: bool = False
    profile: str | None = None
    sector: str | None = None
    country_group: str | None = None
    age_band: str | None = None
    signals: bool = False
    contact_minutes: list[int] = field(default_factory=list)  # contacts in the period with a duration


def _waits(dossier: LeanDossier, first: str, last: str) -> list[tuple[str, int]]:
    """Referrals sent in the period to a partner of a known kind: days until the intake there
    (until the period's end while she still waits)."""
    found = []
    for referral in dossier.get("referral", ()):
        sent = referral.get("sent_on") or referral.get("waiting_since")
        if referral.get("partner_kind") and sent and first <= sent <= last:
            until = min(referral.get("intake_on") or last, last)
            found.append((referral["partner_kind"], (dt.date.fromisoformat(until) - dt.date.fromisoformat(sent)).days))
    return found


def facts(dossier: LeanDossier, start: dt.date, end: dt.date, instrument_id: str) -> Facts:
    """Everything the report counts for one (lean) dossier in the period [start, end]."""
    first, last = start.isoformat(), end.isoformat()
    inside = lambda day: first <= day <= last  # noqa: E731 - reads best inline
    result = Facts(gender=dossier["participant"][0]["gender"])
    result.sources = [a["source"] for a in dossier.get("aanmelding", ()) if inside(day_of(a))]
    result.intakes = sum(1 for i in dossier.get("intake", ()) if inside(day_of(i)))
    first_versions: dict[str, str] = {}
    for plan in dossier.get("plan", ()):
        first_versions[plan["plan_id"]] = min(first_versions.get(plan["plan_id"], "9999"), day_of(plan))
    result.plans_made = sum(1 for day in first_versions.values() if inside(day))
    history = sorted(dossier.get("phase", ()), key=_when)
    _phases(result, history, first, last)
    open_at_start = _phase_on(history, first) not in (None, "afgesloten")
    result.seen = bool(result.sources or result.intakes or open_at_start
                       or any(inside(day_of(c)) for c in history))
    result.waits = _waits(dossier, first, last)
    if result.seen:
        _profile(result, dossier, last, instrument_id)
    trajectory_facts(result, dossier, _episodes(history), start, end)
    return result


def _phase_on(history: list[LeanRecord], day: str) -> str | None:
    """The phase in force on `day`; `history` is in time order."""
    before = [c for c in history if day_of(c) <= day]
    return before[-1]["phase"] if before else None


def _episodes(history: list[LeanRecord]) -> list[list[LeanRecord]]:
    """As forms.episodes: a change after 'afgesloten' starts a new trajectory."""
    result: list[list[LeanRecord]] = []
    for change in history:
        if not result or result[-1][-1]["phase"] == "afgesloten":
            result.append([])
        result[-1].append(change)
    return result


def _phases(result: Facts, history: list[LeanRecord], first: str, last: str) -> None:
    result.in_traject_at_end = _phase_on(history, last) in ACTIVE
    result.in_traject = _phase_on(history, first) in ACTIVE or any(
        c["phase"] in ACTIVE and first <= day_of(c) <= last for c in history)
    for episode in _episodes(history):
        first_active = next((c for c in episode if c["phase"] in ACTIVE), None)
        if first_active is not None and first <= day_of(first_active) <= last:
            result.entered = True
        closing = episode[-1]
        if closing["phase"] == "afgesloten" and first <= day_of(closing) <= last:
            began = dt.date.fromisoformat(day_of(first_active or episode[0]))
            length = (dt.date.fromisoformat(day_of(closing)) - began).days
            result.closures.append((closing["outcome"], length))


def _profile(result: Facts, dossier: LeanDossier, last: str, instrument_id: str) -> None:
    intakes = [i for i in dossier.get("intake", ()) if day_of(i) <= last]
    if intakes:
        latest = max(intakes, key=_when)
        result.work_settings = list(dict.fromkeys(latest["work_settings"]))
        result.legal_position = latest["legal_position"]
    assessments = sorted((a for a in dossier.get("assessment", ())
                          if a["instrument_id"] == instrument_id and day_of(a) <= last), key=_when)
    if len(assessments) >= 2:
        begin, end = assessments[0]["scores"], assessments[-1]["scores"]
        result.zrm_changes = {d: end[d] - begin[d] for d in begin
                              if begin[d] is not None and end.get(d) is not None}
    result.goals = _goals(dossier, last)


def _goals(dossier: LeanDossier, last: str) -> list[tuple[str | None, bool]]:
    newest: dict[str, LeanRecord] = {}
    for plan in dossier.get("plan", ()):
        if day_of(plan) <= last and (plan["plan_id"] not in newest
                                     or plan["version"] > newest[plan["plan_id"]]["version"]):
            newest[plan["plan_id"]] = plan
    goals = []
    for plan in newest.values():
        evaluations = sorted((e for e in dossier.get("evaluation", ())
                              if e["plan_id"] == plan["plan_id"] and day_of(e) <= last), key=_when)
        for goal in plan["goals"]:
            current = next((e["scores"][goal["id"]] for e in reversed(evaluations) if goal["id"] in e["scores"]), None)
            reached = goal["state"] == "afgerond" or status(
                goal["start"], goal["target"], current, goal["lower_is_better"]) == REACHED
            goals.append((goal["life_domain"], reached))
    return goals
