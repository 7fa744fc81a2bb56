"""The SMART check: fixed, documented rules (no machine learning) that say, per letter,
whether a goal is fine or how to make it better, in one sentence a worker can read aloud.

The rules (word lists in matrix/smart_words.py; thresholds in `SmartRules`):

- S (specifiek): the goal has a life domain (given, or recognised from its words) AND a
  concrete action or result (an action word, a result or document word, or a number).
  Vague words (beter, meer, proberen, leuk...) alone are not enough.
- M (meetbaar): a start and a target score that differ, OR an observable criterion in the
  text or the measurable note: a number, a date, a document or an appointment. A target
  below the start without `lower_is_better` (or above it with) gets a hint.
- A (acceptabel): she agreed (`agreed`) AND the goal is in the first person (ik, mijn, I, my...).
- R (realistisch): the step |target - start| fits the time from the plan date to the
  deadline: a step larger than `max_points` within `weeks` (each pair in
  `SmartRules.step_limits`; by default more than 3 points within 1 week or more than 5
  within 4 weeks) is flagged, and so is a deadline with no time before it. Without both
  scores and a deadline there is no step to weigh: ok, with a hint to talk it through.
- T (tijdgebonden): a deadline (the field, or a full date written in the text) on or after
  the plan date and not after the plan's horizon (default: plan date + 52 weeks).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from forms.catalogue import FALLBACK, PARTICIPANT_LANGUAGES, WORKER_LANGUAGES, Message, date_text, text
from forms.plan import Goal, Trajectplan
from forms.vocab import DECLINED, fold, label, lookup
from matrix import smart_words as sw

LETTERS = ("S", "M", "A", "R", "T")
class Verdict(NamedTuple):
    ok: bool
    hint: str


class SmartRules(BaseModel):
    """Thresholds of the check; a programme may tune them."""

    model_config = ConfigDict(frozen=True)

    # (weeks, max_points): a bigger step within that many weeks is flagged under R.
    step_limits: tuple[tuple[int, int], ...] = ((1, 3), (4, 5))
    default_horizon_weeks: int = Field(default=52, ge=1)


class SmartInput(BaseModel):
    """One goal as the check sees it. `domain` takes a life-domain code or its Dutch or
    English label (case and accents ignored) and keeps the code."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
    domain: str | None = None
    start: Annotated[int, Field(ge=1, le=10)] | None = None
    target: Annotated[int, Field(ge=1, le=10)] | None = None
    deadline: dt.date | None = None
    agreed: bool = False
    plan_date: dt.date | None = None
    horizon: dt.date | None = None
    lower_is_better: bool = False
    specific: str | None = None  # the worker's notes on the goal (forms.Goal.specific)
    measurable: str | None = None  # how both will see it is reached (forms.Goal.measurable)

    @field_validator("domain")
    @classmethod
    def _known_domain(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        code = lookup("life_domains", value)
        if code is None:
            raise PydanticCustomError("koers_vocab", "unknown value {value}",
                                      {"value": value, "vocabulary": "life_domains"})
        return None if code == DECLINED else code


def from_goal(goal: Goal, plan: Trajectplan) -> SmartInput:
    """The check's view of a goal in a plan (the plan gives the date and the horizon)."""
    return SmartInput(
        text=goal.text, domain=goal.life_domain, start=goal.start, target=goal.target,
        deadline=goal.deadline, agreed=goal.agreed, plan_date=plan.date, horizon=plan.horizon,
        lower_is_better=goal.lower_is_better, specific=goal.specific, measurable=goal.measurable,
    )


# --- what the words say ---------------------------------------------------------------------

def guess_domain(text: str) -> str | None:
    """The life domain whose words occur most often in `text` (the earliest on a tie)."""
    hits: dict[str, list[int]] = {}
    for position, word in enumerate(sw.words(text)):
        for domain, entries in sw.DOMAIN_WORDS.items():
            if sw.matches(word, entries):
                hits.setdefault(domain, []).append(position)
    if not hits:
        return None
    return min(hits, key=lambda d: (-len(hits[d]), hits[d][0]))


def _has_number(text: str, words: list[str]) -> bool:
    return bool(re.search(r"\d", text)) or any(w in sw.NUMBER_WORDS for w in words)


def _has_date_words(words: list[str]) -> bool:
    return any(w in sw.MONTHS or w in sw.WEEKDAYS for w in words)


def date_in_text(text: str) -> dt.date | None:
    """The first full date written in the text: 2025-06-01, 1-6-2025, 1 juni 2025, June 1, 2025."""
    folded = fold(text)
    patterns = [
        (r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", lambda m: (m[1], m[2], m[3])),
        (r"\b(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b", lambda m: (m[3], m[2], m[1])),
        (r"\b(\d{1,2}) ([a-z]+) (\d{4})\b", lambda m: (m[3], sw.MONTHS.get(m[2]), m[1])),
        (r"\b([a-z]+) (\d{1,2}),? (\d{4})\b", lambda m: (m[3], sw.MONTHS.get(m[1]), m[2])),
    ]
    for pattern, parts in patterns:
        for match in re.finditer(pattern, folded):
            year, month, day = parts(match)
            try:
                if month:
                    return dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
    return None


def _domain_name(code: str, lang: str) -> str:
    """A life domain's name: the vocabulary's label for the worker, the plan's own word for her
    in a participant language (co-sign mode shows the hints in her language)."""
    if lang in WORKER_LANGUAGES:
        return label("life_domains", code, lang)
    return text(f"plan.term.life_domains.{code}", lang)


def _quoted(found: list[str]) -> list[str]:
    """At most three of the words, each once and quoted; the catalogue makes them one phrase."""
    return [f"'{w}'" for w in dict.fromkeys(found)][:3]


# --- the five letters -----------------------------------------------------------------------

def check_s(goal: SmartInput, lang: str) -> Verdict:
    written = " ".join(filter(None, [goal.text, goal.specific]))
    words = sw.words(written)
    domain = goal.domain or guess_domain(written)
    concrete = [w for w in words if sw.matches(w, sw.ACTIONS) or sw.matches(w, sw.RESULTS)]
    concrete_ok = bool(concrete) or _has_number(written, words)
    vague = [w for w in words if w in sw.VAGUE]
    if domain and concrete_ok:
        name = _domain_name(domain, lang).lower()
        what = _quoted(concrete) if concrete else Message("smart.s.a-number")
        return Verdict(True, text("smart.s.concrete", lang, name=name, what=what))
    if not domain and not concrete_ok:
        return Verdict(False, text("smart.s.no-domain-nothing-concrete", lang))
    if not domain:
        return Verdict(False, text("smart.s.no-domain", lang))
    if vague:
        return Verdict(False, text("smart.s.vague", lang, words=_quoted(vague)))
    return Verdict(False, text("smart.s.not-concrete", lang))


def _wrong_direction(target_below_start: bool, lang: str) -> Verdict:
    if target_below_start:
        return Verdict(False, text("smart.m.target-below-start", lang))
    return Verdict(False, text("smart.m.target-above-start", lang))


def check_m(goal: SmartInput, lang: str) -> Verdict:
    scores = goal.start is not None and goal.target is not None
    if scores and goal.start != goal.target and (goal.target < goal.start) != goal.lower_is_better:
        return _wrong_direction(goal.target < goal.start, lang)
    if scores and goal.start != goal.target:
        return Verdict(True, text("smart.m.scores", lang, start=goal.start, target=goal.target))
    written = " ".join(filter(None, [goal.text, goal.measurable]))
    words = sw.words(written)
    if (_has_number(written, words) or _has_date_words(words) or date_in_text(written)
            or any(sw.matches(w, sw.OBSERVABLE) for w in words)):
        return Verdict(True, text("smart.m.observable", lang))
    if scores:
        return Verdict(False, text("smart.m.same-scores", lang, start=goal.start))
    return Verdict(False, text("smart.m.not-measurable", lang))


def check_a(goal: SmartInput, lang: str) -> Verdict:
    first_person = any(w in sw.FIRST_PERSON for w in sw.words(goal.text))
    if goal.agreed and first_person:
        return Verdict(True, text("smart.a.agreed", lang))
    if not goal.agreed and not first_person:
        return Verdict(False, text("smart.a.not-agreed-not-own-words", lang))
    if not goal.agreed:
        return Verdict(False, text("smart.a.not-agreed", lang))
    return Verdict(False, text("smart.a.not-own-words", lang))


def check_r(goal: SmartInput, lang: str, rules: SmartRules, today: dt.date) -> Verdict:
    deadline = goal.deadline or date_in_text(goal.text)
    if goal.start is None or goal.target is None or deadline is None:
        return Verdict(True, text("smart.r.cannot-weigh", lang))
    days = (deadline - (goal.plan_date or today)).days
    step = abs(goal.target - goal.start)
    scores = {"start": goal.start, "target": goal.target, "days": days}
    if days <= 0 and step > 0:
        return Verdict(False, text("smart.r.no-time", lang, **scores))
    for weeks, max_points in sorted(rules.step_limits):
        if days <= weeks * 7 and step > max_points:
            return Verdict(False, text("smart.r.big-step", lang, **scores))
    return Verdict(True, text("smart.r.feasible", lang, **scores))


def check_t(goal: SmartInput, lang: str, rules: SmartRules, today: dt.date) -> Verdict:
    deadline = goal.deadline or date_in_text(goal.text)
    if deadline is None:
        return Verdict(False, text("smart.t.no-deadline", lang))
    plan_date = goal.plan_date or today
    horizon = goal.horizon or plan_date + dt.timedelta(weeks=rules.default_horizon_weeks)
    when = date_text(deadline, lang)
    if deadline < plan_date:
        return Verdict(False, text("smart.t.before-plan", lang, when=when))
    if deadline > horizon:
        end = date_text(horizon, lang)
        return Verdict(False, text("smart.t.after-plan", lang, when=when, end=end))
    return Verdict(True, text("smart.t.within-plan", lang, when=when))


def check(goal: SmartInput, lang: str = "nl", rules: SmartRules = SmartRules(),
          today: dt.date | None = None) -> dict[str, Verdict]:
    """The verdict per letter S, M, A, R, T; `today` stands in for a missing plan date."""
    lang = lang if lang in PARTICIPANT_LANGUAGES else FALLBACK
    today = today or dt.date.today()
    return {
        "S": check_s(goal, lang), "M": check_m(goal, lang), "A": check_a(goal, lang),
        "R": check_r(goal, lang, rules, today), "T": check_t(goal, lang, rules, today),
    }


def as_json(verdicts: dict[str, Verdict]) -> dict[str, dict[str, object]]:
    """{"S": {"ok": true, "hint": "..."}, ...} for the command line and exports."""
    return {letter: {"ok": v.ok, "hint": v.hint} for letter, v in verdicts.items()}
