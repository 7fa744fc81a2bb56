"""How strong a new passphrase is: one policy for the first-run screen, the command line and
every passphrase change, enforced by the vault itself (Vault.create, change_passphrase,
recover). No Qt.

The estimate is zxcvbn's (dictionaries of common passwords, names and words, keyboard
patterns, dates, repeats, l33t), with the Dutch words that guessing lists try first and the
worker's own name added as inputs it knows about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from forms.catalogue import Message

MIN_LENGTH = 10
ACCEPTABLE_SCORE = 4  # zxcvbn's top score: over 10^10 guesses; behind Argon2id, years per vault
_MAX_ESTIMATED = 72  # zxcvbn refuses longer input; characters beyond it only add strength

# Words Dutch guessing lists try first; zxcvbn's own dictionaries are English.
DUTCH_WORDS = (
    "wachtwoord", "welkom", "geheim", "hallo", "liefde", "schatje", "prinses", "voetbal", "ajax",
    "feyenoord", "psv", "zomer", "winter", "lente", "herfst", "amsterdam", "rotterdam", "utrecht",
    "denhaag", "nederland", "holland", "oranje", "koers", "begeleider", "deelnemer", "traject",
)

LEVELS = (  # zxcvbn score 0-4
    Message("vault.passphrase.level.very-weak"),
    Message("vault.passphrase.level.weak"),
    Message("vault.passphrase.level.fair"),
    Message("vault.passphrase.level.almost-strong"),
    Message("vault.passphrase.level.strong"),
)

# What made it guessable, per kind of zxcvbn match.
_PATTERN_HINTS = {
    "dictionary": Message("vault.passphrase.hint.dictionary"),
    "spatial": Message("vault.passphrase.hint.spatial"),
    "repeat": Message("vault.passphrase.hint.repeat"),
    "sequence": Message("vault.passphrase.hint.sequence"),
    "regex": Message("vault.passphrase.hint.regex"),
    "date": Message("vault.passphrase.hint.date"),
}
_WORDS_TIP = Message("vault.passphrase.hint.words")


@dataclass(frozen=True)
class Strength:
    """The verdict on one passphrase: a level 0-4 (zxcvbn's score) and tips to improve."""

    level: int
    acceptable: bool
    hints: tuple[Message, ...]

    def label(self, lang: str = "nl") -> str:
        return LEVELS[self.level].render(lang)

    def tips(self, lang: str = "nl") -> list[str]:
        return [hint.render(lang) for hint in self.hints]

    def refusal(self) -> Message:
        """What a refused passphrase is told (the CLI and vault errors), its tips included."""
        return Message("vault.passphrase.too-weak", tips=[hint for hint in self.hints if hint != _WORDS_TIP])


def _hints(passphrase: str, matches: list[dict]) -> tuple[Message, ...]:
    hints = []
    if len(passphrase) < MIN_LENGTH:
        hints.append(Message("vault.passphrase.hint.min-length", count=MIN_LENGTH))
    for pattern in dict.fromkeys(m["pattern"] for m in matches):
        if pattern in _PATTERN_HINTS:
            hints.append(_PATTERN_HINTS[pattern])
    return (*hints, _WORDS_TIP)


def strength(passphrase: str, context: Iterable[str] = ()) -> Strength:
    """Judge a new passphrase; `context` holds words an attacker would try for this vault (the
    worker's name). Acceptable means at least MIN_LENGTH characters and zxcvbn's top score."""
    if not passphrase:
        return Strength(0, False, _hints(passphrase, []))
    inputs = [*DUTCH_WORDS, *(w.lower() for text in context for w in text.split() if w)]
    result = zxcvbn(passphrase[:_MAX_ESTIMATED], user_inputs=inputs)
    level = int(result["score"])
    acceptable = len(passphrase) >= MIN_LENGTH and level >= ACCEPTABLE_SCORE
    return Strength(level, acceptable, () if acceptable else _hints(passphrase, result["sequence"]))
