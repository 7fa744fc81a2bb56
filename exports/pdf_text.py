"""The words of her plan (the PDF and co-sign mode's reading view), from the message catalogue.

Codes `plan.<key>` in resources/messages/<lang>/plan.po, in every participant language; in
easy language (B1, issue 16 §3) `plan.easy.<key>` where there is one. Vocabulary terms she
reads (life domains, goal states, signer roles) are `plan.term.<vocabulary>.<code>`. Neutral on
purpose: the participant carries this paper, so it never names the kind of programme.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale, UnknownLocaleError

from forms.catalogue import FALLBACK, PARTICIPANT_LANGUAGES, catalogue, date_text
from forms.catalogue import text as catalogue_text
from forms.vocab import label

LANGUAGES = PARTICIPANT_LANGUAGES


def text(key: str, lang: str, easy: bool = False, **values: object) -> str:
    """One phrase of her plan in `lang`; the easy-language sentence when `easy` and there is one."""
    if easy and f"plan.easy.{key}" in catalogue(FALLBACK):
        return catalogue_text(f"plan.easy.{key}", lang, **values)
    return catalogue_text(f"plan.{key}", lang, **values)


def long_date(day: dt.date | None, lang: str) -> str:
    """'3 maart 2025', '3. března'... from CLDR: month names avoid the day/month order trap."""
    return date_text(day, lang) if day else text("unknown_date", lang)


def term(vocabulary: str, code: str | None, lang: str) -> str:
    """A vocabulary term in her language; a code the catalogue lacks keeps its nl/en label."""
    if code and f"plan.term.{vocabulary}.{code}" in catalogue(FALLBACK):
        return catalogue_text(f"plan.term.{vocabulary}.{code}", lang)
    return label(vocabulary, code, "en" if lang == "en" else "nl")


def language_name(code: str, lang: str) -> str:
    """The name of language `code` in language `lang` (CLDR): 'Thai', 'tajski', 'ไทย'..."""
    try:
        return Locale.parse(code).get_language_name(Locale.parse(lang)) or code
    except (UnknownLocaleError, ValueError):
        return code
