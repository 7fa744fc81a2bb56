"""The manifest inside a bundle: who made it, when, and one line (kind, id, rev, hash) per record."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from forms import RECORD_TYPES
from forms.base import MAX_REV, Name
from forms.version import VERSION

FORMAT = "koers-bundle"
FORMAT_VERSION = 1

# Every size is bounded before anything is decompressed or parsed (docs/bundle-format.md).
MAX_FILE = 256 * 1024 * 1024
MAX_MANIFEST = 32 * 1024 * 1024
MAX_RECORDS = 200_000
MAX_RECORDS_JSON = 512 * 1024 * 1024
MAX_ATTACHMENTS = 5_000
MAX_ATTACHMENT = 16 * 1024 * 1024

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
KeyId = Annotated[str, Field(pattern=r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$")]


def _known_kind(kind: str) -> str:
    if kind not in RECORD_TYPES:
        raise ValueError(f"unknown record kind {kind[:40]!r}")
    return kind


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordEntry(_Strict):
    kind: Annotated[str, Field(max_length=40), AfterValidator(_known_kind)]
    id: UUID
    rev: Annotated[int, Field(ge=1, le=MAX_REV)]
    sha256: Sha256


class AttachmentEntry(_Strict):
    """A file carried beside the records, e.g. the signed PDF of a plan version."""

    name: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,120}$")]
    record_id: UUID
    media_type: Literal["application/pdf"]
    size: Annotated[int, Field(ge=0, le=MAX_ATTACHMENT)]
    sha256: Sha256


class Party(_Strict):
    key_id: KeyId
    name: Name


class Manifest(_Strict):
    format: Literal["koers-bundle"] = FORMAT
    version: Literal[1] = FORMAT_VERSION
    exporter: Party
    recipient: Party | None = None
    # The Koers release that wrote the bundle (absent in bundles from before 0.2.0).
    made_by: Annotated[str, Field(max_length=40)] | None = f"Koers {VERSION}"
    created: dt.datetime
    since: dt.datetime | None = None  # set for a --since-last bundle: the export it follows
    counts: dict[Annotated[str, AfterValidator(_known_kind)], Annotated[int, Field(ge=0, le=MAX_RECORDS)]]
    records: list[RecordEntry] = Field(max_length=MAX_RECORDS)
    records_size: Annotated[int, Field(ge=2, le=MAX_RECORDS_JSON)]
    attachments: list[AttachmentEntry] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)
