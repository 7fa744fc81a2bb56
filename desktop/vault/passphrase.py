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

MIN_LENGTH = 10
ACCEPTABLE_SCORE = 4  # zxcvbn's top score: over 10^10 guesses; behind Argon2id, years per vault
_MAX_ESTIMATED = 72  # zxcvbn refuses longer input; characters beyond it only add strength

# Words Dutch guessing lists try first; zxcvbn's own dictionaries are English.
DUTCH_WORDS = (
    "wachtwoord", "welkom", "geheim", "hallo", "liefde", "schatje", "prinses", "voetbal", "ajax",
    "feyenoord", "psv", "zomer", "winter", "lente", "herfst", "amsterdam", "rotterdam", "utrecht",
    "denhaag", "nederland", "holland", "oranje", "koers", "begeleider", "deelnemer", "traject",
)

LEVELS = (  # zxcvbn score 0-4: (nl, en)
    ("Heel zwak", "Very weak"),
    ("Zwak", "Weak"),
    ("Matig", "Fair"),
    ("Bijna sterk genoeg", "Almost strong enough"),
    ("Sterk", "Strong"),
)

# What made it guessable, per kind of zxcvbn match.
_PATTERN_HINTS = {
    "dictionary": ("Vermijd bekende wachtwoorden, woorden en namen (ook met cijfers of tekens erin)",
                   "Avoid well-known passwords, words and names (also with digits or symbols mixed in)"),
    "spatial": ("Vermijd toetsenbordreeksen als 'qwerty'", "Avoid keyboard runs like 'qwerty'"),
    "repeat": ("Vermijd herhalingen als 'aaa' of 'abcabc'", "Avoid repeats like 'aaa' or 'abcabc'"),
    "sequence": ("Vermijd reeksen als 'abc' of '123'", "Avoid sequences like 'abc' or '123'"),
    "regex": ("Vermijd jaartallen", "Avoid years"),
    "date": ("Vermijd datums, zoals een geboortedatum", "Avoid dates, such as a birthday"),
}
_WORDS_TIP = ("Tip: vier losse, willekeurige woorden zijn sterk en goed te onthouden",
              "Tip: four unrelated, random words are strong and easy to remember")


@dataclass(frozen=True)
class Strength:
    """The verdict on one passphrase: a level 0-4 (zxcvbn's score) and tips to improve."""

    level: int
    acceptable: bool
    hints: tuple[tuple[str, str], ...]  # (nl, en) pairs

    def label(self, lang: str = "nl") -> str:
        return LEVELS[self.level][1 if lang == "en" else 0]

    def tips(self, lang: str = "nl") -> list[str]:
        return [pair[1 if lang == "en" else 0] for pair in self.hints]

    def refusal(self) -> str:
        """The message a refused passphrase gets, in both languages (the CLI and vault errors)."""
        return ("wachtwoord te zwak: " + "; ".join(self.tips("nl")).lower()
                + " / passphrase too weak: " + "; ".join(self.tips("en")).lower())


def _hints(passphrase: str, matches: list[dict]) -> tuple[tuple[str, str], ...]:
    hints = []
    if len(passphrase) < MIN_LENGTH:
        hints.append((f"Gebruik minstens {MIN_LENGTH} tekens", f"Use at least {MIN_LENGTH} characters"))
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
