"""A record in plain words: each field's label and its value as a person reads it (vocabulary
labels, dates in her language, yes/no), without the ids and hashes Koers keeps for itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from uuid import UUID
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from exports.pdf_text import language_name, term
from forms.catalogue import FALLBACK, catalogue, date_text, text
from forms.messages import field_label
from forms.vocab import DECLINED, DECLINED_LABEL, VocabularyOf, vocabulary_of

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Koers's own bookkeeping, not something she told or that was decided about her.
HIDDEN = {"id", "rev", "updated_at", "participant_id", "plan_id", "consent_id", "strokes", "plan_hash",
          "lower_is_better", "partner_id"}
NAMED = {"instrument_id"}  # ids shown by the name `names` gives them
LANGUAGE_CODES = {"languages", "preferred_language", "goals_language"}  # shown by the language's name
Row = tuple[str, str]


def field_name(name: str, lang: str) -> str:
    """A field's label: the inzage catalogue's, else the one validation messages use."""
    code = f"inzage.field.{name}"
    if code in catalogue(lang) or code in catalogue(FALLBACK):
        return text(code, lang)
    return field_label(name, lang)


def moment_words(moment: dt.datetime, lang: str) -> str:
    local = (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).astimezone(AMSTERDAM)
    return f"{date_text(local.date(), lang)}, {local:%H:%M}"


def vocabulary_of_field(info: FieldInfo) -> str | None:
    """A field's vocabulary; pydantic keeps the marker of a required field in its metadata."""
    return vocabulary_of(info.annotation) or next(
        (m.name for m in info.metadata if isinstance(m, VocabularyOf)), None)


def value_words(value: object, vocab: str | None, lang: str, names: Mapping[str, str]) -> str:
    """`value` as words (codes of `vocab` as labels); `names` gives a readable name for ids
    (goals by their id, life domains and instruments by theirs)."""
    if value is None:
        return text("inzage.not-scored", lang)
    if isinstance(value, bool):
        return text("inzage.yes" if value else "inzage.no", lang)
    if isinstance(value, dt.datetime):
        return moment_words(value, lang)
    if isinstance(value, dt.date):
        return date_text(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(item, vocab, lang, names) for item in value)
    if isinstance(value, dict):
        return "\n".join(f"{_key_words(key, vocab, lang, names)}: {value_words(item, None, lang, names)}"
                          for key, item in value.items())
    if value == DECLINED:
        return DECLINED_LABEL["en" if lang == "en" else "nl"]
    if isinstance(value, str) and vocab:  # in her language where her plan has the term (life domains...)
        return term(vocab, value, lang)
    return str(value)


def _key_words(key: object, vocab: str | None, lang: str, names: Mapping[str, str]) -> str:
    if isinstance(key, UUID):
        return names.get(str(key), text("inzage.removed-goal", lang))
    return term(vocab, key, lang) if vocab else names.get(str(key), str(key))


def _shown(value: object) -> bool:
    return value is not None and value != [] and value != {} and value != ""


def rows(model: BaseModel, lang: str, names: Mapping[str, str] = {}) -> list[Row]:  # noqa: B006 - read only
    """(label, value) for each filled field that is not a list of parts (see `parts`)."""
    found = []
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if name in HIDDEN or not _shown(value) or _is_parts(value):
            continue
        if name in NAMED:
            value = names.get(value, value)
        elif name in LANGUAGE_CODES:
            value = [language_name(code, lang) for code in value] if isinstance(value, list) else language_name(value, lang)
        found.append((field_name(name, lang), value_words(value, vocabulary_of_field(info), lang, names)))
    return found


def parts(model: BaseModel) -> list[tuple[str, list[BaseModel]]]:
    """The fields that hold parts of their own (goals, actions, signatures), by field name."""
    return [(name, getattr(model, name)) for name in type(model).model_fields
            if name not in HIDDEN and _is_parts(getattr(model, name))]


def _is_parts(value: object) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], BaseModel)


def flat_rows(model: BaseModel, lang: str, names: Mapping[str, str] = {}) -> list[Row]:  # noqa: B006
    """`rows` with the parts' rows too, each named after its part ("Doel 2 · Deadline")."""
    found = rows(model, lang, names)
    for name, items in parts(model):
        for number, item in enumerate(items, start=1):
            prefix = f"{field_name(name + '.one', lang)} {number}"
            found += [(f"{prefix} · {key}", value) for key, value in flat_rows(item, lang, names)]
    return found


def changes(old: BaseModel, new: BaseModel, lang: str, names: Mapping[str, str] = {}) -> list[tuple[str, str, str]]:  # noqa: B006
    """(label, value before, value after) for each field a correction changed."""
    before, after = dict(flat_rows(old, lang, names)), dict(flat_rows(new, lang, names))
    empty = text("inzage.empty", lang)
    return [(key, before.get(key, empty), after.get(key, empty))
            for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
