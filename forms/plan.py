"""The trajectplan: versions of SMART goals scored 1-10, evaluations and signatures."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar
from uuid import UUID, uuid4

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from forms.base import (
    LongText, Model, Name, ParticipantRecord, PastDate, Score10, ShortText,
    canonical_json, sha256_hex,
)
from forms.participant import LanguageCode
from forms.vocab import Code

ContentHash = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Scale(Model):
    """A 1-10 scale the Terwille way: where she is now, where she wants to be."""

    start: Score10 | None = None
    target: Score10 | None = None
    # A target below the start (e.g. less use) only when she says so explicitly.
    lower_is_better: bool = False

    @model_validator(mode="after")
    def _direction(self) -> Scale:
        if self.start and self.target and self.target < self.start and not self.lower_is_better:
            raise PydanticCustomError(
                "koers_target_below_start", "target {target} below start {start}",
                {"target": self.target, "start": self.start},
            )
        if self.start and self.target and self.target > self.start and self.lower_is_better:
            raise PydanticCustomError(
                "koers_target_above_start", "target {target} above start {start}",
                {"target": self.target, "start": self.start},
            )
        return self


class SubGoal(Scale):
    id: UUID = Field(default_factory=uuid4)
    text: LongText
    deadline: dt.date | None = None


class Action(Model):
    id: UUID = Field(default_factory=uuid4)
    who: ShortText | None = None
    what: LongText
    by_when: dt.date | None = None
    done: bool = False


class Goal(Scale):
    id: UUID = Field(default_factory=uuid4)
    life_domain: Code("life_domains") | None = None
    text: LongText  # the goal in her own words
    specific: LongText | None = None
    measurable: LongText | None = None
    agreed: bool = False  # acceptabel: she agreed to this goal
    realistic: LongText | None = None
    deadline: dt.date | None = None  # tijdgebonden
    subgoals: list[SubGoal] = Field(default_factory=list, max_length=50)
    actions: list[Action] = Field(default_factory=list, max_length=100)
    state: Code("goal_states") = "actief"


class Point(Model):
    x: float = Field(ge=0, le=1)  # relative to the pad, so any screen size renders alike
    y: float = Field(ge=0, le=1)
    pressure: float = Field(default=0.5, ge=0, le=1)


Stroke = Annotated[list[Point], Field(min_length=1, max_length=5_000)]


class Signature(Model):
    """A drawn signature; it covers the content hash of exactly one plan version."""

    role: Code("signer_roles")
    name: Name
    signed_at: dt.datetime
    strokes: list[Stroke] = Field(min_length=1, max_length=200)
    plan_hash: ContentHash


class Trajectplan(ParticipantRecord):
    """One numbered version of a plan. Signed means frozen: an edit makes a new version."""

    KIND: ClassVar[str] = "plan"

    plan_id: UUID = Field(default_factory=uuid4)  # the same for every version of a plan
    version: int = Field(default=1, ge=1)
    date: dt.date | None = None
    horizon: dt.date | None = None  # the plan's end: deadlines should fall before it
    worker: Name | None = None
    goals: list[Goal] = Field(default_factory=list, max_length=100)
    # The language her goals are written in (issue 16): her words are never translated, so her
    # plan in another language says which one. Older plans recorded none: Dutch, the worker's.
    goals_language: LanguageCode = "nl"
    signatures: list[Signature] = Field(default_factory=list, max_length=4)

    @model_validator(mode="after")
    def _signatures_cover_this_version(self) -> Trajectplan:
        own = self.plan_content_hash()
        if any(s.plan_hash != own for s in self.signatures):
            raise PydanticCustomError("koers_signature_mismatch", "signature covers other content")
        return self

    def plan_content_hash(self) -> str:
        """SHA-256 of what the signatures cover: the plan's content, no signatures or metadata."""
        covered = {"participant_id", "plan_id", "version", "date", "horizon", "worker", "goals"}
        if self.goals_language != "nl":  # covered when set, so plans signed before it keep their hash
            covered.add("goals_language")
        content = self.model_dump(mode="json", include=covered)
        return sha256_hex(canonical_json(content))

    @property
    def frozen(self) -> bool:
        return bool(self.signatures)


class Evaluation(ParticipantRecord):
    """A re-scoring of a plan's goals (and sub-goals): current score 1-10 by their id."""

    KIND: ClassVar[str] = "evaluation"

    plan_id: UUID
    date: PastDate | None = None
    scores: dict[UUID, Score10] = Field(default_factory=dict, max_length=500)
    note: LongText | None = None
    assessor: Name | None = None
