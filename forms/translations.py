"""Who translated each participant language and whether a native speaker reviewed it, read
from the headers of its .po files (X-Koers-Translator, X-Koers-Review), so the settings can
show a programme what it hands over (issue 16 §2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from forms.catalogue import CATALOGUE_DIR, PARTICIPANT_LANGUAGES

REVIEWED = "native"  # X-Koers-Review of a language a native speaker has reviewed
# Babel's reader keeps only the standard headers, so Koers's own are read from the header entry.
_OWN_HEADER = re.compile(r'^"(X-Koers-[A-Za-z-]+): (.*?)\\n"$', re.MULTILINE)


@dataclass(frozen=True)
class TranslationStatus:
    lang: str
    translators: tuple[str, ...]
    reviewed: bool  # every file of the language says a native speaker reviewed it


def _headers(lang: str) -> list[dict[str, str]]:
    found = []
    for path in sorted((CATALOGUE_DIR / lang).glob("*.po")):
        header = path.read_text("utf-8").split("\n\n", 1)[0]  # the entry with msgid ""
        found.append(dict(_OWN_HEADER.findall(header)))
    return found


def translation_status() -> list[TranslationStatus]:
    """One status per participant language, in the catalogue's order."""
    result = []
    for lang in PARTICIPANT_LANGUAGES:
        headers = _headers(lang)
        translators = tuple(dict.fromkeys(h["X-Koers-Translator"] for h in headers if "X-Koers-Translator" in h))
        reviewed = bool(headers) and all(h.get("X-Koers-Review") == REVIEWED for h in headers)
        result.append(TranslationStatus(lang, translators, reviewed))
    return result
