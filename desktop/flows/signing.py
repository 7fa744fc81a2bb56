"""The co-sign flow as plain data: read the plan, she signs, the worker signs, locked exit.

No Qt and no database: the screen draws the current step and hands strokes in; the
vault's `sign_plan` is passed in as a function, so the flow is tested with plain data.
The participant-facing words live here in nl and en because they follow *her* language
(`participant.plan_language`), not the worker's interface language.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from forms import Goal, Point, Signature, Trajectplan
from forms.base import utcnow
from forms.vocab import label

MAX_STROKES = 200  # Signature.strokes max_length
MAX_POINTS = 5_000  # Stroke max_length
MIN_STEP = 0.002  # points closer than this (relative) add nothing but bytes
MIN_INK = 0.08  # total pen travel (relative to the pad) before a drawing counts as a signature


class Step(Enum):
    READ = "read"
    PARTICIPANT = "deelnemer"
    WORKER = "begeleider"
    DONE = "done"


WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Mijn plan", "version": "Versie {version}", "with": "Samen met {worker}",
        "until": "Dit plan loopt tot {date}.", "goal": "Doel {n}", "now": "Nu sta ik op {start} van de 10.",
        "target": "Ik wil naar {target} van de 10.", "by": "Wanneer: vóór {date}.", "before": "vóór {date}",
        "specific": "Wat precies", "measurable": "Zo zien we dat het lukt", "realistic": "Waarom het kan",
        "steps": "Tussenstappen", "actions": "Wie doet wat", "no_goals": "Er staan nog geen doelen in dit plan.",
        "agree": "Dit is mijn plan. Ik teken om te laten zien dat ik het ermee eens ben.",
        "to_sign": "Ik heb het gelezen: naar &tekenen", "sign_here": "Teken hier, {name}",
        "worker_signs": "Nu tekent de begeleider: {name}", "clear": "&Wissen", "undo": "&Laatste lijn weg",
        "back": "&Terug naar het plan", "confirm": "&Klaar: ik teken", "confirm_worker": "&Klaar: begeleider tekent",
        "too_little": "Teken je handtekening in het vak.", "done": "Het plan is ondertekend.",
        "frozen": "Versie {version} staat nu vast. Wil je iets veranderen? Dan maken we samen een nieuwe versie.",
        "signed_by": "Getekend door {name} op {date}.", "state": "({state})",
    },
    "en": {
        "title": "My plan", "version": "Version {version}", "with": "Together with {worker}",
        "until": "This plan runs until {date}.", "goal": "Goal {n}", "now": "Now I am at {start} out of 10.",
        "target": "I want to get to {target} out of 10.", "by": "By when: before {date}.", "before": "before {date}",
        "specific": "What exactly", "measurable": "How we will see it works", "realistic": "Why it can be done",
        "steps": "Steps on the way", "actions": "Who does what", "no_goals": "This plan has no goals yet.",
        "agree": "This is my plan. I sign to show that I agree with it.",
        "to_sign": "I have read it: go to &signing", "sign_here": "Sign here, {name}",
        "worker_signs": "Now the case worker signs: {name}", "clear": "&Clear", "undo": "&Remove last line",
        "back": "&Back to the plan", "confirm": "&Done: I sign", "confirm_worker": "&Done: case worker signs",
        "too_little": "Please draw your signature in the box.", "done": "The plan is signed.",
        "frozen": "Version {version} is now fixed. Want to change something? Then we make a new version together.",
        "signed_by": "Signed by {name} on {date}.", "state": "({state})",
    },
}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def words(lang: str) -> dict[str, str]:
    """The participant-facing words in her plan language (Dutch if Koers lacks hers).

    Button words carry an '&' before their keyboard mnemonic (Alt+letter).
    """
    return WORDS["en" if lang == "en" else "nl"]


def long_date(day: dt.date, lang: str) -> str:
    """'3 maart 2026' / '3 March 2026': no numeric dates that read differently per country."""
    return f"{day.day} {MONTHS['en' if lang == 'en' else 'nl'][day.month - 1]} {day.year}"


@dataclass(frozen=True)
class PlainGoal:
    heading: str  # life domain (and state when not active)
    text: str  # in her own words
    lines: list[str]  # scale, deadline, S/M/R in plain words
    steps: list[str]
    actions: list[str]


@dataclass(frozen=True)
class PlainPlan:
    title: str
    intro: list[str]
    goals: list[PlainGoal]
    closing: str
    lang: str


def _goal_lines(goal: Goal, w: dict[str, str], lang: str) -> list[str]:
    lines = []
    if goal.start is not None:
        lines.append(w["now"].format(start=goal.start))
    if goal.target is not None:
        lines.append(w["target"].format(target=goal.target))
    if goal.deadline:
        lines.append(w["by"].format(date=long_date(goal.deadline, lang)))
    for key in ("specific", "measurable", "realistic"):
        if getattr(goal, key):
            lines.append(f"{w[key]}: {getattr(goal, key)}")
    return lines


def _plain_goal(goal: Goal, n: int, w: dict[str, str], lang: str) -> PlainGoal:
    heading = label("life_domains", goal.life_domain, lang) or w["goal"].format(n=n)
    if goal.state != "actief":
        heading += " " + w["state"].format(state=label("goal_states", goal.state, lang).lower())
    steps = [s.text + (f" ({w['before'].format(date=long_date(s.deadline, lang))})" if s.deadline else "")
             for s in goal.subgoals]
    actions = [(f"{a.who}: " if a.who else "") + a.what
               + (f" ({long_date(a.by_when, lang)})" if a.by_when else "") for a in goal.actions]
    return PlainGoal(heading, goal.text, _goal_lines(goal, w, lang), steps, actions)


def plain_plan(plan: Trajectplan, lang: str) -> PlainPlan:
    """The plan in plain words in her language: only this plan, nothing else of the dossier."""
    w = words(lang)
    intro = [w["version"].format(version=plan.version)
             + (f" · {long_date(plan.date, lang)}" if plan.date else "")]
    if plan.worker:
        intro.append(w["with"].format(worker=plan.worker))
    if plan.horizon:
        intro.append(w["until"].format(date=long_date(plan.horizon, lang)))
    goals = [_plain_goal(goal, n, w, lang) for n, goal in enumerate(plan.goals, start=1)]
    return PlainPlan(w["title"], intro, goals, w["agree"] if goals else w["no_goals"], lang)


def ink_length(strokes: Iterable[Sequence[Point]]) -> float:
    """Total pen travel in pad units: a tap or a stray dot is not a signature."""
    return sum(math.dist((a.x, a.y), (b.x, b.y)) for stroke in strokes for a, b in zip(stroke, stroke[1:]))


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def normalise_stroke(raw: Iterable[tuple[float, float, float]]) -> list[Point]:
    """Points clamped to 0..1, near-duplicates dropped, at most MAX_POINTS kept."""
    points: list[Point] = []
    for x, y, pressure in raw:
        point = Point(x=_clamp(x), y=_clamp(y), pressure=_clamp(pressure))
        if points and math.dist((points[-1].x, points[-1].y), (point.x, point.y)) < MIN_STEP:
            continue
        points.append(point)
        if len(points) == MAX_POINTS:
            break
    return points


@dataclass
class SigningFlow:
    """Where the co-sign mode is. `sign` stores a Signature and returns the signed plan.

    The plan freezes with her signature (the first one); the worker's signature covers the
    same content hash. Starts at the step the plan's existing signatures leave open.
    """

    plan: Trajectplan
    participant_name: str
    worker_name: str
    sign: Callable[[Signature], Trajectplan]
    now: Callable[[], dt.datetime] = utcnow
    step: Step = field(init=False)

    def __post_init__(self) -> None:
        self.step = self._open_step()

    def _signed_by(self, role: str) -> bool:
        return any(s.role == role for s in self.plan.signatures)

    def _open_step(self) -> Step:
        if not self._signed_by("deelnemer"):
            return Step.READ
        return Step.DONE if self._signed_by("begeleider") else Step.WORKER

    def to_signing(self) -> None:
        if self.step is Step.READ:
            self.step = Step.PARTICIPANT

    def back_to_reading(self) -> None:
        if self.step is Step.PARTICIPANT:
            self.step = Step.READ

    @property
    def signer(self) -> tuple[str, str] | None:
        """(role, name) of who signs now, or None outside a signing step."""
        if self.step is Step.PARTICIPANT:
            return "deelnemer", self.participant_name
        if self.step is Step.WORKER:
            return "begeleider", self.worker_name
        return None

    @staticmethod
    def enough_ink(strokes: Sequence[Sequence[Point]]) -> bool:
        return ink_length(strokes) >= MIN_INK

    def submit(self, strokes: Sequence[Sequence[Point]]) -> Trajectplan:
        """Sign for whoever signs now; ValueError if not a signing step or too little ink."""
        signer = self.signer
        if signer is None:
            raise ValueError(f"no one signs in step {self.step.value}")
        kept = [list(s) for s in strokes if s][:MAX_STROKES]
        if not self.enough_ink(kept):
            raise ValueError("too little ink for a signature")
        role, name = signer
        signature = Signature(role=role, name=name, signed_at=self.now(), strokes=kept,
                              plan_hash=self.plan.plan_content_hash())
        self.plan = self.sign(signature)
        self.step = self._open_step()
        return self.plan

    @property
    def frozen(self) -> bool:
        return self.plan.frozen


@dataclass
class ExitLock:
    """Leaving the co-sign mode needs the worker's secret, so the laptop can be handed over."""

    check: Callable[[str], bool]
    failures: int = 0
    open: bool = False

    def try_unlock(self, secret: str) -> bool:
        if secret and self.check(secret):
            self.open = True
            return True
        self.failures += 1
        return False
