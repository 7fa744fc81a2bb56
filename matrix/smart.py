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

from forms.plan import Goal, Trajectplan
from forms.vocab import DECLINED, fold, label, lookup
from matrix import smart_words as sw

LETTERS = ("S", "M", "A", "R", "T")
_MONTH_NAMES = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


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


def _date(value: dt.date, lang: str) -> str:
    return f"{value.day} {_MONTH_NAMES[lang][value.month - 1]} {value.year}"


def _quoted(found: list[str], lang: str) -> str:
    quoted = [f"'{w}'" for w in dict.fromkeys(found)][:3]
    joiner = " and " if lang == "en" else " en "
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + joiner + quoted[-1]


# --- the five letters -----------------------------------------------------------------------

def _t(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


def check_s(goal: SmartInput, lang: str) -> Verdict:
    text = " ".join(filter(None, [goal.text, goal.specific]))
    words = sw.words(text)
    domain = goal.domain or guess_domain(text)
    concrete = [w for w in words if sw.matches(w, sw.ACTIONS) or sw.matches(w, sw.RESULTS)]
    concrete_ok = bool(concrete) or _has_number(text, words)
    vague = [w for w in words if w in sw.VAGUE]
    if domain and concrete_ok:
        name = label("life_domains", domain, lang).lower()
        what = _quoted(concrete, lang) if concrete else _t(lang, "een getal", "a number")
        return Verdict(True, _t(lang, f"Het doel hoort bij {name} en noemt iets concreets: {what}.",
                                f"The goal belongs to {name.lower()} and names something concrete: {what}."))
    if not domain and not concrete_ok:
        return Verdict(False, _t(lang, "Noem het leefgebied en wat ze concreet gaat doen of bereiken.",
                                 "Name the life domain and what she will concretely do or achieve."))
    if not domain:
        return Verdict(False, _t(lang, "Noem het leefgebied waar dit doel bij hoort, bijvoorbeeld huisvesting of financiën.",
                                 "Name the life domain this goal belongs to, for example housing or finances."))
    if vague:
        words_ = _quoted(vague, lang)
        return Verdict(False, _t(lang, f"Woorden als {words_} zeggen nog niet wat er gebeurt: wat gaat ze doen, of wat is er dan anders?",
                                 f"Words like {words_} do not yet say what happens: what will she do, or what will be different?"))
    return Verdict(False, _t(lang, "Maak concreet wat ze gaat doen of bereiken, bijvoorbeeld een uitkering aanvragen of een afspraak maken.",
                             "Make concrete what she will do or achieve, for example apply for a benefit or make an appointment."))


def _wrong_direction(target_below_start: bool, lang: str) -> Verdict:
    if target_below_start:
        return Verdict(False, _t(lang, "De doelscore ligt onder de beginscore: dat kan alleen als ze zelf zegt dat lager hier beter is, zoals bij minder gebruik.",
                                 "The target is below the start: that only works when she says lower is better here, as with using less."))
    return Verdict(False, _t(lang, "Lager is hier beter, maar de doelscore ligt boven de beginscore: draai de scores om of kies de andere richting.",
                             "Lower is better here, but the target is above the start: swap the scores or choose the other direction."))


def check_m(goal: SmartInput, lang: str) -> Verdict:
    scores = goal.start is not None and goal.target is not None
    if scores and goal.start != goal.target and (goal.target < goal.start) != goal.lower_is_better:
        return _wrong_direction(goal.target < goal.start, lang)
    if scores and goal.start != goal.target:
        return Verdict(True, _t(lang, f"Het doel is meetbaar: van {goal.start} naar {goal.target} op de schaal van 1 tot 10.",
                                f"The goal is measurable: from {goal.start} to {goal.target} on the scale of 1 to 10."))
    text = " ".join(filter(None, [goal.text, goal.measurable]))
    words = sw.words(text)
    if (_has_number(text, words) or _has_date_words(words) or date_in_text(text)
            or any(sw.matches(w, sw.OBSERVABLE) for w in words)):
        return Verdict(True, _t(lang, "Het doel is meetbaar: er staat iets in dat je kunt zien of tellen, zoals een getal, datum, document of afspraak.",
                                "The goal is measurable: it names something you can see or count, such as a number, date, document or appointment."))
    if scores:
        return Verdict(False, _t(lang, f"Begin en doel zijn allebei {goal.start}: spreek een doelscore af die anders is dan waar ze nu staat.",
                                 f"Start and target are both {goal.start}: agree on a target score that differs from where she is now."))
    return Verdict(False, _t(lang, "Spreek een begin- en doelscore van 1 tot 10 af, of iets wat je kunt zien: een getal, datum, document of afspraak.",
                             "Agree on a start and target score from 1 to 10, or something you can see: a number, date, document or appointment."))


def check_a(goal: SmartInput, lang: str) -> Verdict:
    first_person = any(w in sw.FIRST_PERSON for w in sw.words(goal.text))
    if goal.agreed and first_person:
        return Verdict(True, _t(lang, "Ze heeft ingestemd en het doel staat in haar eigen woorden.",
                                "She agreed and the goal is in her own words."))
    if not goal.agreed and not first_person:
        return Verdict(False, _t(lang, "Vraag of ze het met dit doel eens is en schrijf het in haar woorden, in de ik-vorm.",
                                 "Ask whether she agrees with this goal and write it in her words, in the first person."))
    if not goal.agreed:
        return Verdict(False, _t(lang, "Ze heeft nog niet ingestemd: vraag of dit echt haar doel is.",
                                 "She has not agreed yet: ask whether this is really her goal."))
    return Verdict(False, _t(lang, "Schrijf het doel in haar eigen woorden, in de ik-vorm, bijvoorbeeld 'Ik wil ...'.",
                             "Write the goal in her own words, in the first person, for example 'I want to ...'."))


def check_r(goal: SmartInput, lang: str, rules: SmartRules, today: dt.date) -> Verdict:
    deadline = goal.deadline or date_in_text(goal.text)
    if goal.start is None or goal.target is None or deadline is None:
        return Verdict(True, _t(lang, "Zonder begin- en doelscore en deadline is de stap niet te wegen: bespreek samen of het haalbaar is.",
                                "Without start and target scores and a deadline the step cannot be weighed: discuss together whether it is feasible."))
    days = (deadline - (goal.plan_date or today)).days
    step = abs(goal.target - goal.start)
    span = _t(lang, f"van {goal.start} naar {goal.target}", f"from {goal.start} to {goal.target}")
    if days <= 0 and step > 0:
        return Verdict(False, _t(lang, f"Er is geen tijd tussen de plandatum en de deadline om {span} te komen.",
                                 f"There is no time between the plan date and the deadline to get {span}."))
    for weeks, max_points in sorted(rules.step_limits):
        if days <= weeks * 7 and step > max_points:
            return Verdict(False, _t(lang, f"{span.capitalize()} in {days} dagen is een grote stap: maak een tussendoel of neem meer tijd.",
                                     f"{span.capitalize()} in {days} days is a big step: set an intermediate goal or take more time."))
    return Verdict(True, _t(lang, f"{span.capitalize()} in {days} dagen is een haalbare stap.",
                            f"{span.capitalize()} in {days} days is a feasible step."))


def check_t(goal: SmartInput, lang: str, rules: SmartRules, today: dt.date) -> Verdict:
    deadline = goal.deadline or date_in_text(goal.text)
    if deadline is None:
        return Verdict(False, _t(lang, "Spreek een datum af waarop het doel bereikt moet zijn.",
                                 "Agree on a date by which the goal should be reached."))
    plan_date = goal.plan_date or today
    horizon = goal.horizon or plan_date + dt.timedelta(weeks=rules.default_horizon_weeks)
    when = _date(deadline, lang)
    if deadline < plan_date:
        return Verdict(False, _t(lang, f"De deadline {when} ligt vóór de datum van het plan: kies een latere datum.",
                                 f"The deadline {when} lies before the plan's date: choose a later date."))
    if deadline > horizon:
        end = _date(horizon, lang)
        return Verdict(False, _t(lang, f"De deadline {when} valt na het einde van het plan ({end}): kies een eerdere datum of een tussendoel.",
                                 f"The deadline {when} falls after the end of the plan ({end}): choose an earlier date or an intermediate goal."))
    return Verdict(True, _t(lang, f"De deadline {when} valt binnen het plan.", f"The deadline {when} falls within the plan."))


def check(goal: SmartInput, lang: str = "nl", rules: SmartRules = SmartRules(),
          today: dt.date | None = None) -> dict[str, Verdict]:
    """The verdict per letter S, M, A, R, T; `today` stands in for a missing plan date."""
    lang = "en" if lang == "en" else "nl"
    today = today or dt.date.today()
    return {
        "S": check_s(goal, lang), "M": check_m(goal, lang), "A": check_a(goal, lang),
        "R": check_r(goal, lang, rules, today), "T": check_t(goal, lang, rules, today),
    }


def as_json(verdicts: dict[str, Verdict]) -> dict[str, dict[str, object]]:
    """{"S": {"ok": true, "hint": "..."}, ...} for the command line and exports."""
    return {letter: {"ok": v.ok, "hint": v.hint} for letter, v in verdicts.items()}
