"""Consent per purpose, the contact log and referrals to partner organisations."""

from __future__ import annotations

from datetime import date
from typing import ClassVar
from uuid import UUID

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from forms.base import LongText, Name, ParticipantRecord, PastDate, ShortText
from forms.vocab import Code


class Consent(ParticipantRecord):
    """AVG consent: one purpose, optionally one recipient; withdrawing ends it."""

    KIND: ClassVar[str] = "consent"

    purpose: Code("consent_purposes")
    recipient: ShortText | None = None
    given_on: PastDate | None = None
    how: Code("consent_methods") | None = None
    withdrawn_on: PastDate | None = None

    @model_validator(mode="after")
    def _withdrawn_after_given(self) -> Consent:
        if self.given_on and self.withdrawn_on and self.withdrawn_on < self.given_on:
            raise PydanticCustomError("koers_withdrawn_before_given", "withdrawn before given")
        return self

    def active_on(self, day: date) -> bool:
        started = self.given_on is None or self.given_on <= day
        return started and (self.withdrawn_on is None or day < self.withdrawn_on)


class Contact(ParticipantRecord):
    KIND: ClassVar[str] = "contact"

    date: PastDate | None = None
    kind: Code("contact_kinds") | None = None
    duration_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    note: LongText | None = None
    signals: list[Code("coercion_signals")] = Field(default_factory=list, max_length=20)


class Referral(ParticipantRecord):
    KIND: ClassVar[str] = "referral"

    partner: Name
    purpose: ShortText | None = None
    consent_id: UUID | None = None
    status: Code("referral_statuses") = "aangemeld"
    waiting_since: PastDate | None = None
    # Picked from the sociale kaart (forms.team.KaartEntry); the kind is copied for the figures.
    partner_id: UUID | None = None
    partner_kind: Code("partner_kinds") | None = None
    sent_on: PastDate | None = None
    intake_on: PastDate | None = None
    started_on: PastDate | None = None
    feedback: LongText | None = None

    def wait_days(self, today: date) -> int | None:
        """Days from sending to the intake there (so far, while she still waits)."""
        sent = self.sent_on or self.waiting_since
        if sent is None:
            return None
        return ((self.intake_on or today) - sent).days
