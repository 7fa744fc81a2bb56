"""The team around her: the programme's sociale kaart (partner organisations) and a dossier
moving to a colleague (handover) or lent to one for a while (cover)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from forms.base import LongText, Name, ParticipantRecord, Record, ShortText, utcnow
from forms.participant import LanguageCode
from forms.vocab import Code

KeyId = Annotated[str, Field(pattern=r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$")]


class KaartEntry(Record):
    """A partner organisation on the sociale kaart. It is its own 'dossier' for ownership: the
    supervisor's entries stay hers (workers receive them), a worker's local entries stay hers."""

    KIND: ClassVar[str] = "kaart"

    name: Name
    kind: Code("partner_kinds")
    offers: ShortText | None = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    contact_person: Name | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    waiting_days: int | None = Field(default=None, ge=0, le=730)  # typical wait until the intake
    retired: bool = False  # no longer on the kaart; kept so referrals keep their partner


class Handover(ParticipantRecord):
    """Her dossier goes to a colleague for good (`overdracht`) or for a while (`waarneming`,
    until `until`). Written by the owner; it travels with the dossier, so the colleague and the
    supervisor learn from the owner's own signed bundle who holds her now."""

    KIND: ClassVar[str] = "handover"

    mode: Literal["overdracht", "waarneming"] = "overdracht"
    to_fingerprint: KeyId
    to_name: Name
    until: date | None = None
    # Her consent for this colleague (a consent record), or the programme's rule that the team shares.
    basis: Literal["toestemming", "team_deelt"]
    consent_id: UUID | None = None
    at: datetime = Field(default_factory=utcnow)

    @model_validator(mode="after")
    def _cover_ends(self) -> Handover:
        if (self.mode == "waarneming") != (self.until is not None):
            raise PydanticCustomError("koers_cover_end", "a cover has an end date, a handover none")
        if self.basis == "toestemming" and self.consent_id is None:
            raise PydanticCustomError("koers_handover_consent", "consent names her consent record")
        return self


class HandoverReceipt(ParticipantRecord):
    """The new owner's word that a handover arrived: the old worker's copy may go."""

    KIND: ClassVar[str] = "handover_receipt"

    handover_id: UUID
    received_at: datetime = Field(default_factory=utcnow)
    note: LongText | None = None
