"""What a supervisor writes about a dossier she does not own (it stays read-only to her):
a remark, or the outcome of a conflict she resolved. Kept as her own records (origin local in
her vault) so the supervisor → worker bundle can carry them back to the dossier's owner."""

from __future__ import annotations

from typing import Any, ClassVar, Literal
from uuid import UUID

from pydantic import model_validator
from pydantic_core import PydanticCustomError

from forms.base import LongText, Name, ParticipantRecord

# How a conflict was settled: her vault's version kept, the bundle's version kept, or a mix
# of the two field by field.
OUTCOMES = ("hier", "bundel", "per_veld")


class SupervisorNote(ParticipantRecord):
    """A supervisor's remark on a dossier, or the outcome of a conflict in it."""

    KIND: ClassVar[str] = "supervisor_note"

    author: Name | None = None  # the supervisor, by her name
    text: LongText | None = None
    about_record: UUID | None = None  # the record the remark or the conflict is about
    outcome: Literal["hier", "bundel", "per_veld"] | None = None
    kept: dict[str, Any] | None = None  # the version she kept, as the record's JSON data

    @model_validator(mode="after")
    def _says_something(self) -> SupervisorNote:
        if not self.text and self.outcome is None:
            raise PydanticCustomError("koers_empty_note", "a note needs text or an outcome")
        if self.outcome is not None and (self.about_record is None or self.kept is None):
            raise PydanticCustomError("koers_outcome_without_record", "an outcome names the record kept")
        return self
