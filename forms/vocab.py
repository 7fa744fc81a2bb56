"""Vocabularies: the lists of answers (sources, work settings, outcomes...).

They are data in `resources/vocabularies/*.yaml` so a programme can adapt the
labels. Records store the code; screens and documents show the label.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Annotated, get_args

import yaml
from pydantic import AfterValidator, BaseModel
from pydantic_core import PydanticCustomError

from forms.resources import RESOURCES

DECLINED = "wil_ik_niet_zeggen"
DECLINED_LABEL = {"nl": "Wil ik niet zeggen", "en": "Prefer not to say"}


class Term(BaseModel):
    code: str
    nl: str
    en: str
    aliases: tuple[str, ...] = ()  # other words that mean this term (a spreadsheet's short codes)

    def label(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


@cache
def vocabulary(name: str) -> dict[str, Term]:
    """The terms of one vocabulary, by code, in file order."""
    raw = yaml.safe_load((RESOURCES / "vocabularies" / f"{name}.yaml").read_text("utf-8"))
    return {item["code"]: Term(**item) for item in raw["items"]}


def label(name: str, code: str | None, lang: str = "nl") -> str:
    """The label of a code, or the code itself if the vocabulary dropped it."""
    if code is None:
        return ""
    if code == DECLINED:
        return DECLINED_LABEL[lang]
    term = vocabulary(name).get(code)
    return term.label(lang) if term else code


def fold(text: str) -> str:
    """Lower case without accents, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _words(name: str) -> dict[str, str]:
    """Every word that names a term of `name`, folded, to its code (the first term wins)."""
    words: dict[str, str] = {}
    for term in vocabulary(name).values():
        for word in (term.code, term.code.replace("_", " "), term.nl, term.en, *term.aliases):
            words.setdefault(fold(word), term.code)
    return words


def lookup(name: str, text: str) -> str | None:
    """Find a code by its code (an '_' may be a space), its Dutch or English label or an alias
    (case and accents ignored)."""
    wanted = fold(text)
    if wanted == fold(DECLINED) or wanted == fold(DECLINED_LABEL["nl"]):
        return DECLINED
    return _words(name).get(wanted)


def _checker(name: str):
    def check(code: str) -> str:
        if code != DECLINED and code not in vocabulary(name):
            raise PydanticCustomError(
                "koers_vocab", "unknown value {value}", {"value": code, "vocabulary": name}
            )
        return code

    return check


@dataclass(frozen=True)
class VocabularyOf:
    """Marks a field's codes with their vocabulary, so a document can show the labels."""

    name: str


def Code(name: str):  # noqa: N802 - reads as a type in annotations
    """A string that must be a code of vocabulary `name` (or 'wil ik niet zeggen')."""
    return Annotated[str, AfterValidator(_checker(name)), VocabularyOf(name)]


def vocabulary_of(annotation: object) -> str | None:
    """The vocabulary of a field's codes (also in a list or an optional), or None."""
    for part in (annotation, *getattr(annotation, "__metadata__", ())):
        if isinstance(part, VocabularyOf):
            return part.name
    for inner in get_args(annotation):
        found = vocabulary_of(inner)
        if found:
            return found
    return None
