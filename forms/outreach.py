"""An outreach contact (veldwerk) without a dossier: a round at the windows, a chat online, a
walk-in (issue 14 §4). It names no one: codes, a date and counts only, and no free text at all,
because a note is where a name or a description slips in. It is its own 'dossier' for ownership
(as a kaart entry is): the worker who wrote it owns it, and only her bundles change it."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from forms.base import PastDate, Record
from forms.participant import LanguageCode
from forms.vocab import Code

MAX_PEOPLE = 500  # a busy round of the windows, not a typo of an extra zero


class OutreachContact(Record):
    """One contact: where or how, how many people, about what, in which languages, what was
    offered or referred, and how many of them asked to start (an aanmelding to come)."""

    KIND: ClassVar[str] = "outreach"

    date: PastDate = Field(default_factory=dt.date.today)
    place: Code("outreach_places")
    people: int = Field(ge=1, le=MAX_PEOPLE)
    topics: list[Code("outreach_topics")] = Field(default_factory=list, max_length=20)
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    offered: list[Code("outreach_offers")] = Field(default_factory=list, max_length=20)
    asked_to_start: int = Field(default=0, ge=0, le=MAX_PEOPLE)

    @field_validator("place", "people", mode="before")
    @classmethod
    def _given(cls, value: object) -> object:
        """An empty choice or count is a field left open ('verplicht'), not text of the wrong type."""
        if value is None or value == "":
            raise PydanticCustomError("missing", "field required")
        return value

    @field_validator("asked_to_start")
    @classmethod
    def _no_more_than_met(cls, value: int, info: ValidationInfo) -> int:
        """Said under the field itself (people is checked first: it comes first)."""
        if info.data.get("people") is not None and value > info.data["people"]:
            raise PydanticCustomError("koers_more_than_met", "more asked to start than were met")
        return value
