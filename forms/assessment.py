"""A zelfredzaamheidsmatrix assessment: a level 1-5 (or not scored) per domain."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from forms.base import LongText, Name, ParticipantRecord, PastDate

Level = Annotated[int, Field(ge=1, le=5)]
DomainId = Annotated[str, Field(pattern=r"^[a-z0-9_-]{1,40}$")]


class Assessment(ParticipantRecord):
    """Pins the instrument id and version it used, so later files never change it."""

    KIND: ClassVar[str] = "assessment"

    instrument_id: DomainId
    instrument_version: Annotated[str, Field(min_length=1, max_length=20)]
    date: PastDate | None = None
    scores: dict[DomainId, Level | None] = Field(default_factory=dict, max_length=60)
    note: LongText | None = None
    assessor: Name | None = None
