"""Validation errors in plain words, naming the field; the sentences are in the catalogue (forms.po)."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from forms.base import Name
from forms.catalogue import Message
from forms.vocab import fold

# Fields with a label in the catalogue (forms.field.<name>); any other is shown by its own name.
FIELDS: tuple[str, ...] = (
    "roepnaam", "legal_name", "birth_year", "gender", "country_of_birth", "nationality", "languages",
    "preferred_language", "contact_preferences", "preferred_worker_gender", "contact_person",
    "stopped_sex_work_on", "date", "source", "legal_position", "work_settings", "sector",
    "years_in_sex_work", "reasons_to_stop", "help_request", "expectations", "signals", "signals_note",
    "conditions", "profile", "domain_situations", "purpose", "recipient", "given_on", "how", "withdrawn_on",
    "kind", "duration_minutes", "note", "partner", "status", "waiting_since", "sent_on", "intake_on",
    "started_on", "feedback", "phase", "outcome", "scores",
    "instrument_id", "instrument_version", "life_domain", "text", "start", "target", "deadline", "what",
    "who", "by_when", "strokes", "name", "role", "version", "goals", "subgoals", "actions", "signatures",
    # issue 13 (their labels are in the counts domain)
    "reflection_period", "police_report", "earlier_attempts", "goal", "dropout_reason", "stopped_on",
    "stop_reasons", "restarted_on", "restart_reasons",
    # issue 14 §4, outreach (their labels are in the outreach domain)
    "place", "people", "topics", "offered", "asked_to_start",
)

# Pydantic error types with a sentence in the catalogue (forms.error.<type>, '_' as '-'),
# filled in with the error's context; any other keeps pydantic's English.
TEMPLATES: tuple[str, ...] = (
    "missing", "string_too_short", "string_too_long", "too_long", "too_short", "greater_than_equal",
    "less_than_equal", "int_parsing", "int_from_float", "int_type", "float_parsing", "bool_parsing",
    "date_from_datetime_parsing", "date_parsing", "date_type", "datetime_parsing",
    "datetime_from_date_parsing", "uuid_parsing", "string_pattern_mismatch", "string_type", "list_type",
    "dict_type", "literal_error", "extra_forbidden", "koers_vocab", "koers_year_range", "koers_future_date",
    "koers_unsafe_name", "koers_withdrawn_before_given", "koers_outcome_not_closed",
    "koers_target_below_start", "koers_target_above_start", "koers_signature_mismatch",
    "koers_dropout_not_early", "koers_restart_before_stop", "koers_more_than_met",
)


def field_label(name: str, lang: str = "nl") -> str:
    label = _label(name)
    return label.render(lang) if isinstance(label, Message) else label


def _location(loc: tuple) -> Message | str:
    """The last named field of the error's path, with list positions counted from 1."""
    names = [Message(f"forms.field.{part}") for part in loc if isinstance(part, str) and part in FIELDS]
    positions = [str(part + 1) for part in loc if isinstance(part, int)]
    where: Message | str = names[-1] if names else (_label(str(loc[-1])) if loc else "")
    if positions and len(names) > 1:
        where = Message("forms.error.nested-field", outer=names[0], position=".".join(positions), field=where)
    return where


def _label(name: str) -> Message | str:
    return Message(f"forms.field.{name}") if name in FIELDS else name


def problems(error: ValidationError) -> list[Message]:
    """One Message per problem, naming the field: 'Geboortejaar: moet tussen 1900 en 2026 liggen'."""
    found = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        problem = (Message(f"forms.error.{kind.replace('_', '-')}", **item.get("ctx", {})) if kind in TEMPLATES
                   else Message("forms.error.pydantic", text=item["msg"]))
        where = _location(tuple(item["loc"]))
        found.append(Message("forms.error.at", field=where, problem=problem) if where else problem)
    return found


def explain(error: ValidationError, lang: str = "nl") -> list[str]:
    """One plain sentence per problem in `lang`, e.g. 'Geboortejaar: moet tussen 1900 en 2026 liggen'."""
    return [message.render(lang) for message in problems(error)]


def mentions(lines: list[str], label: str) -> bool:
    return any(fold(label) in fold(line) for line in lines)


_NAME = TypeAdapter(Name)


def name_problem(given: str) -> Message | None:
    """Why `given` is not a valid name (forms.base.Name: worker names, key names, roepnaam),
    without a field label, or None when it is one."""
    try:
        _NAME.validate_python(given)
    except ValidationError as error:
        return problems(error)[0]
    return None
