"""What every stored record shares: identity, revision, time, a content hash."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Annotated, ClassVar, Literal
from uuid import UUID, uuid4

import orjson
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from forms.vocab import DECLINED

# Bounds that keep absurd input (a pasted novel, a corrupt import) out of the vault.
# Names: no control characters (they hide text on screen and break CSV and PDF output).
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120,
                                        pattern=r"^[^\x00-\x1f\x7f]+$")]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
Declined = Literal["wil_ik_niet_zeggen"]
Score10 = Annotated[int, Field(ge=1, le=10)]

FIRST_YEAR = 1900


def _not_future(value: date) -> date:
    if value > datetime.now(timezone.utc).date():
        raise PydanticCustomError("koers_future_date", "date lies in the future")
    return value


PastDate = Annotated[date, AfterValidator(_not_future)]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)  # microseconds: the order of two saves in one second matters


def canonical_json(data: object) -> bytes:
    """One byte string per content, whatever the key order: what hashes sign.

    UTF-8 JSON with keys sorted and no spaces (orjson: the stdlib's json was a third of the
    time of importing a bundle).
    """
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Model(BaseModel):
    """Strict about unknown fields, so a typo or a forged field is an error."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Record(Model):
    """A top-level stored record: a new `rev` for every saved change."""

    id: UUID = Field(default_factory=uuid4)
    rev: int = Field(default=1, ge=1)
    updated_at: datetime = Field(default_factory=utcnow)

    KIND: ClassVar[str] = ""  # each record type names itself, for storage and exports

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON of the whole record."""
        return sha256_hex(canonical_json(self.model_dump(mode="json")))

    @property
    def dossier_id(self) -> UUID:
        """The participant whose dossier holds this record (a participant is her own)."""
        return self.id


class ParticipantRecord(Record):
    """A record that belongs to one participant's dossier."""

    participant_id: UUID

    @property
    def dossier_id(self) -> UUID:
        return self.participant_id


__all__ = [
    "DECLINED", "Declined", "FIRST_YEAR", "LongText", "Model", "Name", "ParticipantRecord",
    "PastDate", "Record", "Score10", "ShortText", "canonical_json", "sha256_hex", "utcnow",
]
