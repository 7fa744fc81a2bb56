"""Form fields as data: how a typed value becomes model input, and which error names which field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from forms import DECLINED, Record, explain


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form: its model field name, how it is typed in, its vocabulary."""

    name: str
    kind: str  # text | long | int | date | choice | multi | codes | domains (a text per code of `vocab`)
    vocab: str | None = None
    declinable: bool = False  # offers "wil ik niet zeggen"


def shown_value(spec: FieldSpec, value: Any) -> Any:
    """A stored model value as the form shows it (text for text fields, lists for lists)."""
    if spec.kind in ("multi", "codes"):
        return list(value or [])
    if spec.kind == "domains":
        return dict(value or {})
    if value is None:
        return ""
    if spec.kind == "date" and isinstance(value, date):
        return value.strftime("%d-%m-%Y")  # the one date format of the screens
    return value if value == DECLINED else str(value)


def model_value(spec: FieldSpec, value: Any) -> Any:
    """What the form holds, as input for the model; bad text is passed on for pydantic to name."""
    if spec.kind in ("multi", "codes"):
        if isinstance(value, str):
            value = [part for part in re.split(r"[\s,;]+", value.strip().lower()) if part]
        return list(value)
    if spec.kind == "domains":  # an emptied text leaves the dossier, not an empty entry
        return {code: text.strip() for code, text in (value or {}).items() if text and text.strip()}
    if isinstance(value, str):
        value = value.strip()
    if value in ("", None) or value == DECLINED:
        return value or None
    if spec.kind == "int" and isinstance(value, str) and value.isdigit():
        return int(value)
    if spec.kind == "date" and isinstance(value, str):
        day_first = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", value)
        if day_first:  # Dutch habit: 3-2-2026
            d, m, y = day_first.groups()
            return f"{y}-{int(m):02d}-{int(d):02d}"
    return value


def initial_values(specs: tuple[FieldSpec, ...], stored: Record | None) -> dict[str, Any]:
    return {spec.name: shown_value(spec, getattr(stored, spec.name, None)) for spec in specs}


def build_record(cls: type[Record], specs: tuple[FieldSpec, ...], values: dict[str, Any],
                 stored: Record | None, participant_id: UUID | None = None) -> Record:
    """The record with the form's values over the stored one; raises ValidationError."""
    data = {spec.name: model_value(spec, values.get(spec.name)) for spec in specs}
    base = stored.model_dump() if stored is not None else {}
    if stored is None and participant_id is not None:
        base["participant_id"] = participant_id
    return cls.model_validate(base | data)


def is_blank(specs: tuple[FieldSpec, ...], values: dict[str, Any]) -> bool:
    return all(model_value(spec, values.get(spec.name)) in (None, [], {}) for spec in specs)


def field_problems(error: ValidationError, lang: str = "nl") -> dict[str, list[str]]:
    """The forms.explain() line for each field an error names (one per field: a union field
    reports once per member, and the first says it best). Model-wide errors go under ''."""
    found: dict[str, list[str]] = {}
    for item, line in zip(error.errors(include_url=False), explain(error, lang)):
        name = str(item["loc"][0]) if item["loc"] else ""
        lines = found.setdefault(name, [])
        if not lines or name == "":
            lines.append(line)
    return found
