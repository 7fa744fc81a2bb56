"""What every stored record shares: identity, revision, time, a content hash."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timezone
from typing import Annotated, ClassVar, Literal
from uuid import UUID, uuid4

import orjson
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from forms.vocab import DECLINED

# Characters a name must not hold: control characters (C0, DEL, C1: a terminal obeys them, so
# a name could move the cursor and print a fake line over a real one; they also break CSV and
# PDF output), line and paragraph separators, and bidi overrides (shown in another order than
# stored). One rule for every name: records, worker names, key files.
_UNSAFE_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def check_name(text: str) -> str:
    """The name unchanged, or a PydanticCustomError('koers_unsafe_name') naming the character."""
    found = _UNSAFE_IN_NAME.search(text)
    if found:
        raise PydanticCustomError("koers_unsafe_name", "holds a control character ({code})",
                                  {"code": f"U+{ord(found.group()):04X}"})
    return text


def printable(text: str, json: bool = False) -> str:
    """Text from outside made safe to print: each character `check_name` refuses becomes
    a visible escape such as \\x1b (with `json`: \\u001b, so JSON output stays valid JSON),
    so a terminal shows it instead of obeying it."""
    if json:  # json.dumps escapes C0 itself; the C0 left are its own line breaks and indents
        return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _UNSAFE_IN_NAME.sub(lambda m: repr(m.group())[1:-1], text)


# Bounds that keep absurd input (a pasted novel, a corrupt import) out of the vault.
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120),
                 AfterValidator(check_name)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=400)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
Declined = Literal["wil_ik_niet_zeggen"]
Score10 = Annotated[int, Field(ge=1, le=10)]
# A record saved a million times is not a record: bounding rev keeps a forged huge rev from
# outranking every later genuine update (bundles use the same bound).
MAX_REV = 1_000_000

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
    rev: int = Field(default=1, ge=1, le=MAX_REV)
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
    "DECLINED", "Declined", "FIRST_YEAR", "MAX_REV", "LongText", "Model", "Name", "ParticipantRecord",
    "PastDate", "Record", "Score10", "ShortText", "canonical_json", "check_name", "printable",
    "sha256_hex", "utcnow",
]
