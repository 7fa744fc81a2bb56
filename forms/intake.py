"""How someone came in (aanmelding) and what the intake recorded."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from forms.base import Declined, LongText, ParticipantRecord, PastDate
from forms.vocab import Code


class Aanmelding(ParticipantRecord):
    KIND: ClassVar[str] = "aanmelding"

    date: PastDate | None = None
    source: Code("sources") | None = None


class Intake(ParticipantRecord):
    KIND: ClassVar[str] = "intake"

    date: PastDate | None = None
    legal_position: Code("legal_positions") | None = None
    reflection_period: Code("reflection_periods") | None = None  # B8/B9 bedenktijd
    police_report: Code("police_reports") | None = None
    work_settings: list[Code("work_settings")] = Field(default_factory=list, max_length=20)
    sector: Code("sectors") | None = None
    years_in_sex_work: Annotated[int, Field(ge=0, le=80)] | Declined | None = None
    reasons_to_stop: list[Code("stop_reasons")] = Field(default_factory=list, max_length=20)
    earlier_attempts: Annotated[int, Field(ge=0, le=50)] | Declined | None = None  # tries to stop before Koers
    help_request: LongText | None = None  # in her own words
    expectations: LongText | None = None
    # Signals are recorded to offer safety; help never depends on them.
    signals: list[Code("coercion_signals")] = Field(default_factory=list, max_length=20)
    signals_note: LongText | None = None
    conditions: list[Code("conditions")] = Field(default_factory=list, max_length=20)
    profile: Code("profiles") | None = None
    domain_situations: dict[Code("life_domains"), LongText] = Field(default_factory=dict)

    @property
    def easy_language(self) -> bool:
        """Plans use easy language (B1 and simpler) for a mild intellectual disability."""
        return "lvb" in self.conditions or "laaggeletterd" in self.conditions
