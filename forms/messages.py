"""Validation errors in plain Dutch and English, naming the field."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from forms.base import Name

from forms.vocab import fold

# Field labels (nl, en). A field missing here is shown by its own name.
FIELDS: dict[str, tuple[str, str]] = {
    "roepnaam": ("Roepnaam", "Chosen name"),
    "legal_name": ("Officiële naam", "Legal name"),
    "birth_year": ("Geboortejaar", "Year of birth"),
    "gender": ("Gender", "Gender"),
    "country_of_birth": ("Geboorteland", "Country of birth"),
    "nationality": ("Nationaliteit", "Nationality"),
    "languages": ("Talen", "Languages"),
    "preferred_language": ("Voorkeurstaal", "Preferred language"),
    "contact_preferences": ("Contactvoorkeuren", "Contact preferences"),
    "preferred_worker_gender": ("Voorkeur gender begeleider", "Preferred gender of worker"),
    "contact_person": ("Vaste contactpersoon", "Fixed contact person"),
    "stopped_sex_work_on": ("Gestopt met sekswerk op", "Stopped sex work on"),
    "date": ("Datum", "Date"),
    "source": ("Aanmeldbron", "Referred by"),
    "legal_position": ("Juridische positie", "Legal position"),
    "work_settings": ("Werkvormen", "Work settings"),
    "sector": ("Sector", "Sector"),
    "years_in_sex_work": ("Jaren in sekswerk", "Years in sex work"),
    "reasons_to_stop": ("Redenen om te stoppen", "Reasons to stop"),
    "help_request": ("Hulpvraag", "Request for help"),
    "expectations": ("Verwachtingen", "Expectations"),
    "signals": ("Signalen", "Signals"),
    "signals_note": ("Toelichting signalen", "Note on signals"),
    "conditions": ("Aandachtspunten", "Conditions"),
    "profile": ("Profiel", "Profile"),
    "domain_situations": ("Situatie per leefgebied", "Situation per life domain"),
    "purpose": ("Doel", "Purpose"),
    "recipient": ("Ontvanger", "Recipient"),
    "given_on": ("Gegeven op", "Given on"),
    "how": ("Hoe gegeven", "How given"),
    "withdrawn_on": ("Ingetrokken op", "Withdrawn on"),
    "kind": ("Soort", "Kind"),
    "duration_minutes": ("Duur (minuten)", "Duration (minutes)"),
    "note": ("Notitie", "Note"),
    "partner": ("Ketenpartner", "Partner organisation"),
    "status": ("Status", "Status"),
    "waiting_since": ("Wacht sinds", "Waiting since"),
    "sent_on": ("Verstuurd op", "Sent on"),
    "intake_on": ("Intake daar op", "Intake there on"),
    "started_on": ("Gestart op", "Started on"),
    "feedback": ("Terugkoppeling van de partner", "Partner's feedback"),
    "phase": ("Fase", "Phase"),
    "outcome": ("Uitstroomreden", "Outcome"),
    "scores": ("Scores", "Scores"),
    "instrument_id": ("Instrument", "Instrument"),
    "instrument_version": ("Instrumentversie", "Instrument version"),
    "life_domain": ("Leefgebied", "Life domain"),
    "text": ("Doel in eigen woorden", "Goal in her own words"),
    "start": ("Startscore", "Start score"),
    "target": ("Doelscore", "Target score"),
    "deadline": ("Deadline", "Deadline"),
    "what": ("Actie", "Action"),
    "who": ("Wie", "Who"),
    "by_when": ("Wanneer", "By when"),
    "strokes": ("Handtekening", "Signature"),
    "name": ("Naam", "Name"),
    "role": ("Rol", "Role"),
    "version": ("Versie", "Version"),
    "goals": ("Doelen", "Goals"),
    "subgoals": ("Subdoelen", "Sub-goals"),
    "actions": ("Acties", "Actions"),
    "signatures": ("Handtekeningen", "Signatures"),
}

# Message per pydantic error type: (nl, en), formatted with the error's context.
TEMPLATES: dict[str, tuple[str, str]] = {
    "missing": ("is verplicht", "is required"),
    "string_too_short": ("mag niet leeg zijn", "must not be empty"),
    "string_too_long": ("is te lang (hoogstens {max_length} tekens)", "is too long (at most {max_length} characters)"),
    "too_long": ("heeft te veel items (hoogstens {max_length})", "has too many items (at most {max_length})"),
    "too_short": ("heeft te weinig items (minstens {min_length})", "has too few items (at least {min_length})"),
    "greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "int_parsing": ("moet een heel getal zijn", "must be a whole number"),
    "int_from_float": ("moet een heel getal zijn", "must be a whole number"),
    "int_type": ("moet een heel getal zijn", "must be a whole number"),
    "float_parsing": ("moet een getal zijn", "must be a number"),
    "bool_parsing": ("moet ja of nee zijn", "must be yes or no"),
    "date_from_datetime_parsing": ("is geen geldige datum (jjjj-mm-dd)", "is not a valid date (yyyy-mm-dd)"),
    "date_parsing": ("is geen geldige datum (jjjj-mm-dd)", "is not a valid date (yyyy-mm-dd)"),
    "date_type": ("is geen geldige datum", "is not a valid date"),
    "datetime_parsing": ("is geen geldig tijdstip", "is not a valid date and time"),
    "datetime_from_date_parsing": ("is geen geldig tijdstip", "is not a valid date and time"),
    "uuid_parsing": ("is geen geldige id", "is not a valid id"),
    "string_pattern_mismatch": ("heeft niet de juiste vorm", "is not in the right form"),
    "string_type": ("moet tekst zijn", "must be text"),
    "list_type": ("moet een lijst zijn", "must be a list"),
    "dict_type": ("moet een tabel zijn", "must be a mapping"),
    "literal_error": ("heeft een onbekende waarde", "has an unknown value"),
    "extra_forbidden": ("is geen bekend veld", "is not a known field"),
    "koers_vocab": ("kent de waarde '{value}' niet", "does not know the value '{value}'"),
    "koers_year_range": ("moet tussen {low} en {high} liggen", "must lie between {low} and {high}"),
    "koers_future_date": ("ligt in de toekomst", "lies in the future"),
    "koers_unsafe_name": ("bevat een stuurteken ({code}); gebruik alleen letters, cijfers en leestekens",
                          "holds a control character ({code}); use letters, digits and punctuation only"),
    "koers_withdrawn_before_given": ("intrekken kan niet vóór het geven", "cannot be withdrawn before it was given"),
    "koers_outcome_not_closed": ("alleen bij fase 'afgesloten'", "only with phase 'afgesloten'"),
    "koers_target_below_start": (
        "doelscore {target} ligt onder startscore {start}; vink 'lager is beter' aan als dat de bedoeling is",
        "target {target} is below start {start}; tick 'lower is better' if that is intended",
    ),
    "koers_target_above_start": (
        "bij 'lager is beter' moet de doelscore onder de startscore liggen",
        "with 'lower is better' the target must be below the start",
    ),
    "koers_signature_mismatch": (
        "een handtekening hoort bij een andere versie van het plan",
        "a signature belongs to another version of the plan",
    ),
}


def field_label(name: str, lang: str = "nl") -> str:
    labels = FIELDS.get(name)
    return labels[1 if lang == "en" else 0] if labels else name


def _location(loc: tuple, lang: str) -> str:
    """The last named field of the error's path, with list positions counted from 1."""
    names = [field_label(str(part), lang) for part in loc if isinstance(part, str) and part in FIELDS]
    positions = [str(part + 1) for part in loc if isinstance(part, int)]
    where = names[-1] if names else (field_label(str(loc[-1]), lang) if loc else "")
    if positions and len(names) > 1:
        where = f"{names[0]} {'.'.join(positions)}: {where}"
    return where


def explain(error: ValidationError, lang: str = "nl") -> list[str]:
    """One plain sentence per problem, e.g. 'Geboortejaar: moet tussen 1900 en 2026 liggen'."""
    index = 1 if lang == "en" else 0
    lines = []
    for item in error.errors(include_url=False):
        template = TEMPLATES.get(item["type"])
        text = template[index].format(**item.get("ctx", {})) if template else item["msg"]
        where = _location(tuple(item["loc"]), lang)
        lines.append(f"{where}: {text}" if where else text)
    return lines


def mentions(lines: list[str], label: str) -> bool:
    return any(fold(label) in fold(line) for line in lines)


_NAME = TypeAdapter(Name)


def name_problem(text: str) -> tuple[str, str] | None:
    """Why `text` is not a valid name (forms.base.Name: worker names, key names, roepnaam), as
    (nl, en) without a field label, or None when it is one."""
    try:
        _NAME.validate_python(text)
    except ValidationError as error:
        return explain(error, "nl")[0], explain(error, "en")[0]
    return None
