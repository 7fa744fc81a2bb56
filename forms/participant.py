"""The participant: only the name she chooses is required."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, ClassVar

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from forms.base import FIRST_YEAR, Declined, Name, PastDate, Record, ShortText
from forms.catalogue import PARTICIPANT_LANGUAGES
from forms.vocab import Code

LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]


class Participant(Record):
    KIND: ClassVar[str] = "participant"

    roepnaam: Name
    legal_name: Name | Declined | None = None
    birth_year: int | Declined | None = None
    gender: Code("genders") | None = None
    country_of_birth: ShortText | Declined | None = None
    nationality: ShortText | Declined | None = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    preferred_language: LanguageCode | None = None
    contact_preferences: list[Code("contact_preferences")] = Field(default_factory=list, max_length=10)
    preferred_worker_gender: Code("worker_genders") | None = None
    contact_person: Name | None = None
    # The day she stopped sex work is not a phase change (DOMAIN.md): it is kept on its own.
    stopped_sex_work_on: PastDate | None = None

    @field_validator("birth_year")
    @classmethod
    def _plausible_year(cls, year: int | str | None) -> int | str | None:
        if isinstance(year, int):
            this_year = datetime.now(timezone.utc).year
            if not FIRST_YEAR <= year <= this_year:
                raise PydanticCustomError(
                    "koers_year_range", "year outside {low}-{high}",
                    {"low": FIRST_YEAR, "high": this_year},
                )
        return year

    @property
    def plan_language(self) -> str:
        """The language her plan is shown in: hers if Koers has it, else Dutch."""
        return self.preferred_language if self.preferred_language in PARTICIPANT_LANGUAGES else "nl"
