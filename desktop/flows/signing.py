"""The co-sign flow as plain data: read the plan, she signs, the worker signs, locked exit.

No Qt and no database: the screen draws the current step and hands strokes in; the
vault's `sign_plan` is passed in as a function, so the flow is tested with plain data.
What she reads is `exports.plan_content.signed_part`, the very description the PDF prints
above the signatures. The words of the steps come from the message catalogue (signing.po in
every participant language); they follow `signing_language`: hers when Koers has it,
otherwise the language the worker chose.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from exports.pdf_text import LANGUAGES, language_name
from exports.plan_content import goal_heading
from forms import Participant, Point, Signature, Trajectplan
from forms.base import utcnow
from forms.catalogue import FALLBACK, catalogue, text
from matrix import smart

MAX_STROKES = 200  # Signature.strokes max_length
MAX_POINTS = 5_000  # Stroke max_length
MIN_STEP = 0.002  # points closer than this (relative) add nothing but bytes
MIN_INK = 0.08  # total pen travel (relative to the pad) before a drawing counts as a signature


class Step(Enum):
    READ = "read"
    PARTICIPANT = "deelnemer"
    WORKER = "begeleider"
    DONE = "done"


def language_choices() -> list[tuple[str, str]]:
    """(code, name) of every language she can read her plan in, each named in itself
    ('Nederlands', 'română', 'ไทย'), so she finds hers without reading another one."""
    return [(code, language_name(code, code)[:1].upper() + language_name(code, code)[1:]) for code in LANGUAGES]


def smart_doubts(plan: Trajectplan, lang: str, today: dt.date | None = None) -> list[str]:
    """Per active goal that fails the SMART check, one line: its heading and the failed
    letters with their hints. Said before signing; signing stays possible."""
    doubts = []
    for number, goal in enumerate(plan.goals, start=1):
        if goal.state != "actief":
            continue  # a paused, stopped or finished goal is not agreed anew
        failed = {k: v for k, v in smart.check(smart.from_goal(goal, plan), lang, today=today).items() if not v.ok}
        if failed:
            hints = " ".join(f"{letter}: {v.hint}" for letter, v in failed.items())
            doubts.append(f"{goal_heading(number, goal, lang)} — {hints}")
    return doubts


def signing_language(participant: Participant, chosen: str) -> str:
    """The language of co-sign mode (and of the PDF made there): hers when Koers has it,
    otherwise `chosen`, the language the worker chose for the screens."""
    if participant.preferred_language in LANGUAGES:
        return participant.preferred_language
    return chosen if chosen in LANGUAGES else "nl"


def word(key: str, lang: str, easy: bool = False, **params: object) -> str:
    """A word of the co-sign steps in `lang` (catalogue codes `signing.*`; in easy language
    `signing.easy.*` where there is one). Button words carry an '&' before their keyboard
    mnemonic (Alt+letter); in Thai and Bulgarian a Latin one in brackets, as on her keyboard."""
    if easy and f"signing.easy.{key}" in catalogue(FALLBACK):
        return text(f"signing.easy.{key}", lang, **params)
    return text(f"signing.{key}", lang, **params)


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
