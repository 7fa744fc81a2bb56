"""Every word Koers says outside the Qt screens, from one message catalogue (issue 16).

The catalogue is gettext: `resources/messages/<lang>/<domain>.po` (one file per part of Koers:
cli, vault, smart, signing...), read with Babel, so translators' tools (Poedit, Weblate, Lokalize)
open it. A msgid is a stable code ("vault.newer-schema"); its msgstr is
the sentence with named placeholders ("{name}"). Code never holds finished sentences: it makes a
`Message` (code and parameters), and whoever shows it picks the language:

    Message("cli.wrong-passphrase").render("en")
    text("smart.s.no-domain", lang)                 # a finished string, when one is needed now
    raise VaultError(Message("vault.in-vault", folder=str(folder)))

A parameter may itself be a Message; it is rendered in the same language. A list or tuple
parameter becomes one phrase by the language's own rule ("a, b en c", "a, b and c": Babel's
format_list), never by words joined in code. A language that lacks
a code falls back to Dutch: the participant languages translate only what she reads.
Dates and numbers come from Babel (CLDR): `date_text`, never month lists in code.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from forms.resources import RESOURCES

CATALOGUE_DIR = RESOURCES / "messages"
FALLBACK = "nl"
WORKER_LANGUAGES = ("nl", "en")
# What a participant reads (co-sign mode, her plan PDF, her copy of her data) comes in these.
PARTICIPANT_LANGUAGES = ("nl", "en", "ro", "bg", "hu", "pl", "es", "pt", "th")
# Koers's 'pt' is Brazilian Portuguese.
_BABEL_LOCALE = {"pt": "pt_BR"}


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """Code → sentence for one language, from all its domain files (empty when it has none)."""
    from babel.messages.pofile import read_po  # Babel loads when Koers first speaks, not at start

    found: dict[str, str] = {}
    for path in sorted((CATALOGUE_DIR / lang).glob("*.po")):
        with path.open("rb") as handle:
            parsed = read_po(handle, locale=babel_locale(lang))
        found.update({m.id: m.string for m in parsed if m.id and isinstance(m.id, str) and m.string})
    return found


def language() -> str:
    """The language of the process (KOERS_LANG; Dutch unless it says English)."""
    chosen = os.environ.get("KOERS_LANG", FALLBACK)[:2]
    return chosen if chosen in WORKER_LANGUAGES else FALLBACK


@dataclass(frozen=True)
class Message:
    """Something to say, not yet said: a catalogue code and its named parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __init__(self, code: str, /, **params: object) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", params)

    def render(self, lang: str | None = None) -> str:
        lang = lang or language()
        template = catalogue(lang).get(self.code) or catalogue(FALLBACK).get(self.code)
        if template is None:
            raise KeyError(f"message {self.code!r} is not in the catalogue")
        return template.format_map({key: _said(value, lang) for key, value in self.params.items()})

    def __str__(self) -> str:
        return self.render()


def _said(value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, list | tuple):
        from babel.lists import format_list

        return format_list([str(_said(part, lang)) for part in value], locale=babel_locale(lang))
    return value


def babel_locale(lang: str) -> str:
    """The CLDR locale of a Koers language (also what the frozen app keeps of Babel's data)."""
    return _BABEL_LOCALE.get(lang, lang)


def text(code: str, lang: str | None = None, /, **params: object) -> str:
    """The finished sentence for `code` in `lang` (the process's language when None)."""
    return Message(code, **params).render(lang)


def date_text(day: dt.date, lang: str | None = None, form: str = "long") -> str:
    """'3 maart 2025', 'March 3, 2025'... from CLDR: month names never typed in code."""
    from babel.dates import format_date

    lang = lang or language()
    return format_date(day, format=form, locale=babel_locale(lang))


class KoersError(Exception):
    """An error that carries its Message, so each place that shows it picks the language."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message

    def render(self, lang: str | None = None) -> str:
        return self.message.render(lang)

    def __str__(self) -> str:
        return self.render()
